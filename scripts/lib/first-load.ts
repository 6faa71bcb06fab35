import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Bytes = { raw: number; gzip: number; brotli: number };
export type FileSet = Bytes & { files: string[] };
export type FirstLoad = { js: FileSet; css: FileSet; html: Bytes; requests: number; redirectedTo: string | null };
export type PrecacheTotal = { entries: number; raw: number; gzip: number };
export type LanguagePackTotal = { files: number; gzip: number };

/**
 * Sizes of one file as a host would send it: raw, gzip -9 and brotli q11. Each file is compressed
 * on its own, because that is how it travels (one response each).
 */
export function compressedSizes(buf: Buffer): Bytes {
  const brotli = brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length }
  });
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotli.length };
}

/**
 * The built file a URL path is served from, as the static server maps it (`/en/` → en/index.html).
 */
export function fileForPath(buildDir: string, pathname: string): string {
  const rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  return join(buildDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
}

/** @param paths URL paths, e.g. /_app/immutable/chunks/x.js */
function sumFiles(buildDir: string, paths: string[]): FileSet {
  const total = { files: paths, raw: 0, gzip: 0, brotli: 0 };
  for (const path of paths) {
    const size = compressedSizes(readFileSync(fileForPath(buildDir, path)));
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return total;
}

/**
 * What a route makes a first-time visitor download: every same-origin script and stylesheet the
 * document asks for until the network goes quiet, including chunks imported in onMount (the
 * service-worker registration, say), because those still cross the wire on the first visit.
 * Bytes come from the files in buildDir, not from the wire, so the numbers do not depend on
 * how (or whether) the test server compresses.
 *
 * We count *requests*, not responses: `/` redirects from its script, and the browser has
 * already asked for the root document's modulepreloads by then. The redirect aborts most of them,
 * so they never produce a response, yet they were on the wire. Anything requested after the
 * document navigates elsewhere belongs to the next page and is left out (see `redirectedTo`).
 *
 * The page's context must be created with `serviceWorkers: 'block'`: otherwise a service worker
 * could answer requests (or precache everything) and blur what the page itself loads.
 * @param page a fresh page, so nothing is in the HTTP cache
 * @param url absolute, or relative to the context's baseURL
 * @param buildDir the directory the server serves
 */
export async function measureFirstLoad(page: Page, url: string, buildDir: string): Promise<FirstLoad> {
  let doc: URL | null = null;
  let redirectedTo: string | null = null;
  const js = new Set<string>();
  const css = new Set<string>();

  const onRequest = (req: Request) => {
    const at = new URL(req.url());
    if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
      // An HTTP redirect is the same navigation; any other new document is the page leaving.
      if (!doc || req.redirectedFrom()) doc = at;
      else redirectedTo ??= at.pathname;
      return;
    }
    if (!doc || redirectedTo || at.origin !== doc.origin) return;
    // The app's words are JSON files fetched at start (scripts/lib/messages-assets.ts): counted
    // with the scripts, as they were when they were script chunks, since a page needs them to draw.
    if (req.resourceType() === 'script' || at.pathname.startsWith('/_app/immutable/messages/')) js.add(at.pathname);
    else if (req.resourceType() === 'stylesheet') css.add(at.pathname);
  };

  // Guard for the caller's side of the contract: a worker fetching or controlling the page.
  let workerTraffic = false;
  const onContextRequest = (req: Request) => {
    if (req.serviceWorker()) workerTraffic = true;
  };
  // A page not in English caches its language's offline pack once it is idle (~185 KB gzip, once
  // per language; src/lib/i18n/offline-language.ts): a download of its own, reported apart by
  // `npm run size` (languagePackTotals), not part of what the page needs to open. Its list is
  // refused here, so the pack does not start.
  await page.route('**/language-packs/*.json', (route) => route.abort());
  const network = networkActivity(page);
  page.on('request', onRequest);
  page.context().on('request', onContextRequest);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // "Network idle" is 500 ms without requests, and a slow or busy machine can spend longer
    // than that in one task before the page asks for its next chunk (Find help's place lookup,
    // once the directory is in). So: wait for the page's main thread to be idle, then for the
    // network to be quiet, until a round brings no new request.
    for (let round = 0; round < 5; round++) {
      const before = network.requests;
      await page
        .evaluate(() => new Promise((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve(null), { timeout: 5000 })))
        .catch(() => undefined); // the page left (a redirect): what it asked for is counted already
      await network.quiet();
      if (network.requests === before) break;
    }
  } finally {
    network.stop();
    page.off('request', onRequest);
    page.context().off('request', onContextRequest);
  }
  if (workerTraffic || (await page.evaluate(() => !!navigator.serviceWorker?.controller)))
    throw new Error("A service worker took part; create the context with serviceWorkers: 'block'");
  if (!doc) throw new Error(`No document was requested for ${url}`);

  const html = compressedSizes(readFileSync(fileForPath(buildDir, (doc as URL).pathname)));
  return {
    js: sumFiles(buildDir, [...js].sort()),
    css: sumFiles(buildDir, [...css].sort()),
    html,
    requests: 1 + js.size + css.size,
    redirectedTo
  };
}

/** Counts a page's requests, and says when none is in flight and none started for 500 ms. */
function networkActivity(page: Page) {
  let requests = 0;
  let inFlight = 0;
  let last = Date.now();
  const started = () => {
    requests++;
    inFlight++;
    last = Date.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    last = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    get requests() {
      return requests;
    },
    quiet: () =>
      new Promise<void>((resolve) => {
        const check = () => (inFlight === 0 && Date.now() - last >= 500 ? resolve() : setTimeout(check, 100));
        check();
      }),
    stop() {
      page.off('request', started);
      page.off('requestfinished', ended);
      page.off('requestfailed', ended);
    }
  };
}

/**
 * The app shell the service worker downloads on install: every entry of the precache list in
 * sw.js (the list Workbox writes into src/service-worker.ts's build), summed raw and gzip.
 */
export function precacheTotal(buildDir: string): PrecacheTotal {
  const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
  // Workbox writes each entry as JSON: {"revision":"…","url":"…"} (revision null for hashed names).
  const urls = [...sw.matchAll(/\{"revision":(?:"[^"]*"|null),"url":"([^"]+)"\}/g)].map((m) => m[1] as string);
  if (!urls.length) throw new Error(`No precache entries found in ${join(buildDir, 'sw.js')}`);
  const total = { entries: urls.length, raw: 0, gzip: 0 };
  for (const url of urls) {
    const size = compressedSizes(readFileSync(fileForPath(buildDir, `/${url}`)));
    total.raw += size.raw;
    total.gzip += size.gzip;
  }
  return total;
}

/**
 * Each language pack as a phone downloads it (scripts/pwa/language-packs.ts): files, gzip bytes.
 */
export function languagePackTotals(buildDir: string): Record<string, LanguagePackTotal> {
  const totals: Record<string, LanguagePackTotal> = {};
  const dir = join(buildDir, 'language-packs');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const pack: { lang: string; urls: string[] } = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    totals[pack.lang] = { files: pack.urls.length, gzip: pack.urls.reduce((sum, url) => sum + gzipOfPath(buildDir, url), 0) };
  }
  return totals;
}

/**
 * Gzip -9 bytes of the built file a same-origin path is served from (0 for a path with no file,
 * such as a request the page aborted or a route that is not a file).
 */
export function gzipOfPath(buildDir: string, pathname: string): number {
  try {
    return gzipSync(readFileSync(fileForPath(buildDir, pathname)), { level: 9 }).length;
  } catch {
    return 0;
  }
}
