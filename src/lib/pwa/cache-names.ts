/**
 * The service worker's caches besides Workbox's precache (src/service-worker.ts). A module of its
 * own, with no imports: the app's language-pack code and the browser tests read it too.
 */
export const cacheNames = {
  /** Service pages a person opened (one page per service and language is too many to precache). */
  servicePages: 'onward-service-pages',
  /** A language's pack, written by src/lib/i18n/offline-language.ts and only read by the worker. */
  languagePages: 'onward-language-pages',
  /** Regional directory shards and the id lookup, cached the first time a phone uses them. */
  directory: 'onward-directory',
  /** Map pictures the person has looked at. */
  mapTiles: 'onward-map-tiles'
} as const;
