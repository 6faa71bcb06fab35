/**
 * Every page lives under its language: `/en/`, `/fr/plan/`. Shared links therefore keep their
 * language, and each page is prerendered once per language (readable without JavaScript).
 * Paths end in a slash (kit trailingSlash 'always') so any static host serves `x/index.html`.
 */

/** The path of a page in a language; `page` is '' for Find help, or e.g. 'plan'. */
export function localePath(lang: string, page = ''): string {
  const rest = page.replace(/^\/+|\/+$/g, '');
  return rest ? `/${lang}/${rest}/` : `/${lang}/`;
}

/** The same page in another language: swaps the first path segment. */
export function switchLanguage(pathname: string, lang: string): string {
  const segments = pathname.split('/').filter(Boolean);
  return localePath(lang, segments.slice(1).join('/'));
}
