/**
 * What the service worker (src/service-worker.ts) does with each request the precache does not
 * hold, as plain data and one pure function, so the rules are read and tested in one place. The
 * worker, the language packs (scripts/pwa/language-packs.ts, src/lib/i18n/offline-language.ts) and
 * the tests take the cache names (cache-names.ts) and paths from here.
 */
import status from '../../../messages/status.json';

export { cacheNames } from './cache-names';

/** Every language but English is a pack, cached once a person uses it (docs/decisions/languages-offline.md). */
export const packedLanguages: readonly string[] = Object.keys(status).filter((code) => code !== 'en');

const languageCodes = Object.keys(status);
const codePattern = (codes: readonly string[]) => codes.map((code) => code.replace(/[^a-zA-Z-]/g, '')).join('|');

/** `/en/service/…`: a service's page (the language part as the page routes allow it). */
export const servicePagePath = /^\/[a-z]{2,3}(?:-[A-Z]{2})?\/service\//;
/** `/pl/…`, `/pt-PT/…`: a page of a packed language. */
export const packedPagePath = new RegExp(`^/(?:${codePattern(packedLanguages)})/`);
/** Regional directory data: content-hashed names, so cache-first never serves stale data. */
export const directoryDataPath = /^\/directory\/(?:shards|details|lookup)\//;
/** Build files with a content hash in their name (a packed language's words among them). */
export const immutablePath = '/_app/immutable/';
/** The app shell (adapter-static's fallback): renders a service page from the directory data. */
export const appShellPath = '/200.html';

/** The "not found" page in a language: prerendered for each (src/routes/[lang=lang]/not-found). */
export function notFoundPath(lang: string): string {
  return `/${lang}/not-found/`;
}

/** The language an address is in (its first segment), or English for an address outside them. */
export function languageOfPath(pathname: string): string {
  const first = pathname.split('/')[1] ?? '';
  return languageCodes.includes(first) ? first : 'en';
}

/**
 * The canonical address of a page asked for without its trailing slash (`/en/plan?x#y` →
 * `/en/plan/?x#y`), as static hosts redirect; undefined when the path already ends in `/` or
 * names a file (its last segment has a dot: `/sw.js`, `/200.html`).
 */
export function withTrailingSlash(url: URL): string | undefined {
  const path = url.pathname;
  if (path.endsWith('/') || /\.[^/]*$/.test(path)) return undefined;
  return `${path}/${url.search}${url.hash}`;
}

/** What the worker knows about a request when it picks a strategy. */
export interface RequestFacts {
  url: URL;
  /** `navigate` for a page the browser opens. */
  mode: RequestMode;
  destination: RequestDestination;
  sameOrigin: boolean;
}

/**
 * How the worker answers a request its precache does not hold:
 * - `add-slash`: redirect to the page's canonical address (ending in `/`).
 * - `service-page`: network first, then the copy from when it was opened, then the app shell.
 * - `language-page`: network first, then the language's pack; offline with no pack, English.
 * - `language-words`: a packed language's message files, from its pack (cache first).
 * - `directory-data`: cache first, kept once fetched.
 * - `map-tile`: another site's image (only map tiles are ever asked for): cache first, kept 30 days.
 * - `not-found`: a page the site does not have: the "not found" page in the address's language.
 * - `network`: not the worker's business.
 */
export type Strategy = 'add-slash' | 'service-page' | 'language-page' | 'language-words' | 'directory-data' | 'map-tile' | 'not-found' | 'network';

/** Picks the strategy for a request the precache did not answer (see {@link Strategy}). */
export function strategyFor({ url, mode, destination, sameOrigin }: RequestFacts): Strategy {
  if (!sameOrigin) return destination === 'image' ? 'map-tile' : 'network';
  const path = url.pathname;
  const page = mode === 'navigate';
  if (page && !path.endsWith('/')) return withTrailingSlash(url) ? 'add-slash' : 'network';
  if (page && servicePagePath.test(path)) return 'service-page';
  if (packedPagePath.test(path)) return 'language-page';
  // English pages and `/` are all precached: any other page is one the site does not have.
  if (page) return 'not-found';
  if (path.startsWith(immutablePath)) return 'language-words';
  if (directoryDataPath.test(path)) return 'directory-data';
  return 'network';
}
