/**
 * Finds the places in the app's source where text becomes markup, a link, a navigation or code
 * (issue #7, "Untrusted data stays text"). `untrusted-sinks.test.ts` runs it over src/ and fails
 * on any sink that is neither built by a known-safe builder nor on its short reviewed list.
 * A text scan, not a parser: it looks for the patterns the app's code uses, which keeps it small
 * and easy to read; the browser fuzz (tests/fuzz-directory.spec.ts, tests/fuzz-address.spec.ts) checks the rendered result.
 */

export type SinkKind = 'html' | 'navigation' | 'link' | 'attribute' | 'leaflet' | 'code';

export interface Sink {
  file: string;
  line: number;
  kind: SinkKind;
  /** The sink as written (the attribute with its value, or the trimmed line). */
  code: string;
}

/**
 * Calls whose result is always a safe link: same-origin paths (localePath, servicePath,
 * switchLanguage) or hrefs checked by the one allow-list in src/lib/safe-values.ts
 * (safeHref and the builders that end in it).
 */
export const safeBuilders = ['localePath', 'servicePath', 'switchLanguage', 'safeHref', 'telHref', 'smsHref', 'telLink', 'smsLink', 'webLink', 'directionsLink'];

/** Patterns found line by line in script code (and in .svelte files, whose scripts hold them). */
const linePatterns: { kind: SinkKind; pattern: RegExp }[] = [
  { kind: 'html', pattern: /\{@html\b/ },
  { kind: 'html', pattern: /\.(?:inner|outer)HTML\s*\+?=(?!=)|\binsertAdjacentHTML\s*\(|\bdocument\.write(?:ln)?\s*\(|\bcreateContextualFragment\s*\(|\bsrcdoc\b/ },
  { kind: 'navigation', pattern: /\blocation\.(?:replace|assign)\s*\(|(?<!(?:const|let|var)\s+)\blocation(?:\.href)?\s*=(?!=)|\bwindow\.open\s*\(/ },
  { kind: 'attribute', pattern: /\.setAttribute(?:NS)?\s*\(\s*(?:[^,]*,\s*)?['"`](?:href|src|action|formaction|xlink:href|srcdoc|on\w+)['"`]/i },
  { kind: 'attribute', pattern: /(?<!location)\.(?:href|src|action|formAction)\s*=(?!=)/ },
  { kind: 'leaflet', pattern: /\.bind(?:Popup|Tooltip)\s*\(|\bdivIcon\s*\(|\.set(?:Popup|Tooltip)?Content\s*\(/ },
  { kind: 'code', pattern: /\bnew\s+Function\s*\(|(?<![.\w])eval\s*\(|\bset(?:Timeout|Interval)\s*\(\s*['"`]/ }
];

/** Svelte attributes that take a URL; their values are read whole (quoted or braced, over lines). */
const urlAttribute = /(?<![\w-])(href|src|action|formaction|xlink:href)=("[^"]*"|'[^']*'|\{)/g;

/** Lists every sink in one source file. `file` is only used to name them. */
export function findSinks(file: string, text: string): Sink[] {
  const code = withoutComments(text);
  const sinks: Sink[] = [];
  const lines = code.split('\n');
  lines.forEach((line, i) => {
    for (const { kind, pattern } of linePatterns) {
      if (pattern.test(line)) sinks.push({ file, line: i + 1, kind, code: line.trim() });
    }
  });
  if (file.endsWith('.svelte')) {
    for (const match of code.matchAll(urlAttribute)) {
      const start = match.index;
      const value = match[2] === '{' ? braced(code, start + match[0].length - 1) : match[2];
      if (value === undefined) continue;
      const attribute = `${match[1]}=${value}`;
      if (!isSafeUrlValue(value)) sinks.push({ file, line: code.slice(0, start).split('\n').length, kind: 'link', code: attribute.replace(/\s+/g, ' ') });
    }
  }
  return sinks;
}

/**
 * A URL attribute value that cannot carry a dangerous scheme: a literal, a known-safe builder's
 * result, or a template whose fixed start settles the scheme (`/icons.svg#{name}`, `tel:{n}`) or
 * starts with a known-safe builder (`{localePath(lang, 'more')}#low-data`).
 */
export function isSafeUrlValue(value: string): boolean {
  if (value.startsWith('{')) return isSafeCall(value.slice(1, -1).trim());
  const inner = value.slice(1, -1);
  if (!inner.includes('{')) return true;
  if (inner.startsWith('{')) {
    const first = braced(inner, 0);
    return first !== undefined && isSafeCall(first.slice(1, -1).trim());
  }
  const fixed = inner.slice(0, inner.indexOf('{'));
  // `/x…` is a same-origin path and `#…` stays on the page, but `/{…}` could become `//evil.example`.
  return /^\/[^/{]/.test(fixed) || fixed.startsWith('#') || /^(?:https?|tel|mailto|sms|geo):/i.test(fixed);
}

/** One call of a known-safe builder, nothing around it: `servicePath(lang, id)`. */
function isSafeCall(expression: string): boolean {
  const name = /^([\w$]+)\s*\(/.exec(expression)?.[1];
  if (!name || !safeBuilders.includes(name)) return false;
  const open = expression.indexOf('(');
  return closing(expression, open, '(', ')') === expression.length - 1;
}

/** `{…}` starting at `at`, braces balanced; undefined when it never closes. */
function braced(text: string, at: number): string | undefined {
  const end = closing(text, at, '{', '}');
  return end === -1 ? undefined : text.slice(at, end + 1);
}

/** Index of the bracket closing the one at `at`, skipping quoted strings; -1 if none. */
function closing(text: string, at: number, open: string, close: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}

/** Blanks out comments (keeping line breaks, so line numbers stay right): a sink named in a comment is not a sink. */
function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:])\/\/.*$/gm, (m, before: string) => before + blank(m.slice(before.length)));
}
