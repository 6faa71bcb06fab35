/**
 * Onward's service worker, served as `/sw.js`. SvelteKit builds this file (its `src/service-worker`
 * entry); @vite-pwa/sveltekit then writes the precache list into `self.__WB_MANIFEST` and names the
 * result sw.js (scripts/pwa/service-worker-plugin.ts). Which request gets which answer is decided
 * in src/lib/pwa/offline-routes.ts, with unit tests; this file only wires those answers to Workbox.
 */
import { clientsClaim } from 'workbox-core';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, type RouteHandlerCallbackOptions } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { appShellPath, cacheNames, languageOfPath, notFoundPath, strategyFor, withTrailingSlash, type Strategy } from '$lib/pwa/offline-routes';

/** The parts of ServiceWorkerGlobalScope used here (the project's types are the DOM's). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  skipWaiting(): Promise<void>;
  __WB_MANIFEST: (PrecacheEntry | string)[];
}
const worker = self as unknown as WorkerScope;

// No skipWaiting at install: a new version waits until the person taps Reload, so nothing they are
// typing is lost. Reload posts this message (src/lib/pwa/update.svelte.ts).
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
// The very first visit is controlled at once, so the app works offline from then on without a reload.
clientsClaim();

// The app, the English pages, the sample directory and each language's pack list. A search lives
// in the query string (`/en/find/?c=housing`): every query of a page is that page's precached
// file. (Workbox's default ignores only utm_* and fbclid.) Written as `self.__WB_MANIFEST`: the
// build looks for exactly that text.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

/** A precached page, else one in a language's pack. */
async function cachedPage(path: string): Promise<Response | undefined> {
  return (await matchPrecache(path)) ?? (await (await caches.open(cacheNames.languagePages)).match(path));
}

/**
 * The "not found" page in the address's language (from its pack, or from the network when
 * `online`), else in English (precached), sent as a 404 at the address asked for.
 */
async function notFound(pathname: string, online = false): Promise<Response> {
  const own = notFoundPath(languageOfPath(pathname));
  const page =
    (await cachedPage(own)) ??
    (online ? await fetch(own).then((r) => (r.ok ? r : undefined), () => undefined) : undefined) ??
    (await matchPrecache(notFoundPath('en')));
  if (!page) return Response.error();
  return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

const servicePages = new NetworkFirst({
  // A service page opened once opens again offline (also after a reload).
  cacheName: cacheNames.servicePages,
  networkTimeoutSeconds: 4,
  plugins: [
    new ExpirationPlugin({ maxEntries: 200 }),
    new CacheableResponsePlugin({ statuses: [200] }),
    // Offline and never opened: the app shell (precached) renders it from the directory data.
    { handlerDidError: async () => (await caches.match(appShellPath, { ignoreSearch: true })) ?? Response.error() }
  ]
});

const languagePages = new NetworkFirst({
  // Fresh from the network (a new version never shows an old page online), else from the
  // language's pack, which src/lib/i18n/offline-language.ts writes (nothing here does).
  cacheName: cacheNames.languagePages,
  networkTimeoutSeconds: 4,
  matchOptions: { ignoreSearch: true },
  plugins: [
    { cacheWillUpdate: async () => null },
    {
      // A page the site does not have, in that language.
      fetchDidSucceed: async ({ request, response }) =>
        response.status === 404 && request.mode === 'navigate' ? notFound(new URL(request.url).pathname, true) : response,
      // Offline with no pack yet: the same page in English, which is precached.
      handlerDidError: async ({ request }) => {
        const url = new URL(request.url);
        const english = url.pathname.replace(/^\/[^/]+\//, '/en/');
        if (await matchPrecache(english)) return Response.redirect(new URL(english + url.search, url).href, 302);
        return request.mode === 'navigate' ? notFound(url.pathname) : Response.error();
      }
    }
  ]
});

// A packed language's words (message files are not precached): from its pack.
const languageWords = new CacheFirst({ cacheName: cacheNames.languagePages, plugins: [{ cacheWillUpdate: async () => null }] });

// Regional directory shards and the id lookup: names carry a content hash, so cache-first never
// serves stale data, and a phone keeps only the regions it used.
const directoryData = new CacheFirst({
  cacheName: cacheNames.directory,
  plugins: [new ExpirationPlugin({ maxEntries: 400 }), new CacheableResponsePlugin({ statuses: [200] })]
});

// Map pictures the person has looked at, so that area shows again without signal. Only tiles
// viewed are kept: OSM's tile policy forbids fetching areas in advance, and asks for at least 7
// days of caching. Tiles are requested with CORS (leaflet-map.ts): 200s of their real size.
const mapTiles = new CacheFirst({
  cacheName: cacheNames.mapTiles,
  plugins: [
    new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true }),
    new CacheableResponsePlugin({ statuses: [200] })
  ]
});

type Answer = (options: RouteHandlerCallbackOptions) => Promise<Response>;
const answers: Record<Exclude<Strategy, 'network'>, Answer> = {
  // `/en/plan` → `/en/plan/` (query kept; the browser keeps the fragment), as static hosts do.
  'add-slash': async ({ url }) => Response.redirect(new URL(withTrailingSlash(url)!, url).href, 301),
  'service-page': (options) => servicePages.handle(options),
  'language-page': (options) => languagePages.handle(options),
  'language-words': (options) => languageWords.handle(options),
  'directory-data': (options) => directoryData.handle(options),
  'map-tile': (options) => mapTiles.handle(options),
  'not-found': async ({ url }) => notFound(url.pathname)
};

// Registered after the precache's own route, so this sees only what the precache does not hold.
registerRoute(
  ({ url, request, sameOrigin }) => {
    const strategy = strategyFor({ url, mode: request.mode, destination: request.destination, sameOrigin });
    return strategy === 'network' ? false : strategy;
  },
  (options) => answers[options.params as Exclude<Strategy, 'network'>](options)
);
