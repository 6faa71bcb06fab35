/*
 * `/` runs these from its own small script file (src/lib/page-scripts/language-redirect.ts),
 * before anything paints.
 */

/**
 * The language to show: the one the person chose on this phone, else the first of the browser's
 * preferred languages that Onward has (exact tag first, then the main language: fr-BE → fr, pt-BR → pt-PT),
 * else the first available language.
 */
export function pickLanguage(
  stored: string | null,
  preferred: readonly string[],
  available: readonly string[]
): string {
  const lower = available.map((code) => code.toLowerCase());
  const find = (tag: string): string | undefined => {
    const i = lower.indexOf(tag.toLowerCase());
    return i >= 0 ? available[i] : undefined;
  };
  if (stored) {
    const chosen = find(stored);
    if (chosen) return chosen;
  }
  // Onward's Portuguese is pt-PT: a phone set to pt or pt-BR gets it, as the nearest there is.
  const primary = (tag: string): string => (tag.split('-')[0] ?? '').toLowerCase();
  for (const tag of preferred) {
    const exact = find(tag) ?? find(primary(tag)) ?? available.find((code) => primary(code) === primary(tag));
    if (exact) return exact;
  }
  return available[0] ?? 'en';
}

/** The parts of `window` the redirect reads, so tests can hand it a plain object. */
export interface RedirectWindow {
  localStorage: { getItem(key: string): string | null };
  navigator: { languages?: readonly string[]; language?: string };
  location: { search: string; replace(url: string): void };
}

/**
 * Sends `/` (the installed app's start page and shortcuts) to the page in the person's language.
 * `?go=` comes from the manifest shortcuts; it is untrusted, so only known pages are accepted.
 */
export function redirectToLanguage(
  available: readonly string[],
  storageKey: string,
  win: RedirectWindow
): string {
  let stored: string | null = null;
  try {
    stored = win.localStorage.getItem(storageKey);
  } catch {
    // Storage can be blocked (private mode, settings); the browser's languages still work.
  }
  const nav = win.navigator;
  const preferred = nav.languages && nav.languages.length ? nav.languages : nav.language ? [nav.language] : [];
  const lang = pickLanguage(stored, preferred, available);
  const pages: Record<string, string> = { find: '', plan: 'plan/', overdose: 'overdose/', more: 'more/' };
  const go = /[?&]go=([a-z]+)/.exec(win.location.search);
  const page = go && go[1] && Object.prototype.hasOwnProperty.call(pages, go[1]) ? pages[go[1]] : '';
  const target = '/' + lang + '/' + page;
  win.location.replace(target);
  return target;
}
