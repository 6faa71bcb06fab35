import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from '../scripts/lib/headers-file';
import { recordCspViolations } from './csp-violations';
import { everyScreen, gotoHydrated, tilePng, waitForServiceWorker, withOwnServer } from './helpers';
import { ports } from './ports';

// Every browser test runs against scripts/lib/static-server.ts, which sends the headers of
// build/_headers as Netlify or Cloudflare Pages would. Here: that it does, and that no page,
// nor the service worker, breaks the Content-Security-Policy they carry.

const rules = parseHeadersFile(readFileSync(new URL('../build/_headers', import.meta.url), 'utf8'));

test('the test server sends the headers of build/_headers', async ({ request }) => {
  for (const path of ['/en/', '/sw.js', '/manifest.webmanifest']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    for (const [name, value] of headersFor(rules, path)) expect(response.headers()[name], `${name} on ${path}`).toBe(value);
  }
  expect((await request.get('/en/')).headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/_headers')).status()).toBe(404); // as on the real hosts
});

/** A tiny PNG for every request to another site (the map tiles), so no test reaches the internet. */

/** Waits until the page shown has run its page script (no app JavaScript) or hydrated. */
async function settled(page: Page): Promise<void> {
  const { pathname } = new URL(page.url());
  if (/^\/(\w+\/)?$|\/overdose\//.test(pathname)) await page.waitForLoadState('load');
  else await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
}

/** The map tile hosts this build allows (img-src, besides the site itself and data: URLs). */
const tileOrigins = new Set(
  (/img-src ([^;]*)/.exec(headersFor(rules, '/').get('content-security-policy') ?? '')?.[1] ?? '').split(' ').filter((s) => s.startsWith('https://'))
);

const pages = [
  '/', // forwards to /en/ from its script
  ...everyScreen,
  '/en/overdose/now/breathing/',
  '/fr/'
];

test('a page connects to its own site only, and the service worker to the tile host too', async ({ page, context }) => {
  const violations = await recordCspViolations(context);
  await gotoHydrated(page, '/en/more/');
  await waitForServiceWorker(page);
  const tile = `${[...tileOrigins][0]}/0/0/0.png`;
  // The page enforces its <meta> policy too, whose connect-src is 'self' alone.
  expect(await page.evaluate((url) => fetch(url).then(() => 'fetched', () => 'blocked'), tile)).toBe('blocked');
  // The worker may fetch tiles, and nothing else of another site (this also shows the recorder
  // hears the worker).
  const [worker] = context.serviceWorkers();
  expect(await worker!.evaluate(() => fetch('https://elsewhere.invalid/x.js').then(() => 'fetched', () => 'blocked'))).toBe('blocked');
  const found = (await violations.list()).join('\n');
  expect(found).toContain(`/en/more/: connect-src blocked ${tile}`);
  expect(found).toContain('service worker: connect-src blocked https://elsewhere.invalid/x.js');
});

test.describe('no Content-Security-Policy violation', () => {
  for (const path of pages) {
    test(`${path}, first visit and again from the service worker`, async ({ page, context }) => {
      const violations = await recordCspViolations(context);
      await page.goto(path);
      if (path === '/') await expect(page).toHaveURL('/en/'); // its script ran
      await settled(page);
      await waitForServiceWorker(page);
      await page.reload();
      await settled(page);
      expect(await violations.list()).toEqual([]);
    });
  }

  test('Find help with the map open: tiles come from the tile host, through the service worker', async ({ page, context }) => {
    const violations = await recordCspViolations(context);
    const fromWorker: string[] = [];
    await context.route(
      (url) => url.hostname !== 'localhost' && url.hostname !== '127.0.0.1',
      (route) => {
        if (route.request().serviceWorker()) fromWorker.push(route.request().url());
        return route.fulfill({ body: tilePng, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' } });
      }
    );
    await gotoHydrated(page, '/en/find/?c=housing&near=Leeds');
    await waitForServiceWorker(page); // from now on the worker fetches the tiles, under sw.js's own policy
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(page.getByRole('region', { name: /^Map of the places/ })).toBeVisible();
    await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
    expect(fromWorker.length, 'tile requests made by the service worker').toBeGreaterThan(0);
    expect(tileOrigins.size).toBeGreaterThan(0);
    expect(new Set(fromWorker.map((u) => new URL(u).origin))).toEqual(tileOrigins);
    expect(await violations.list()).toEqual([]);
  });

  test('a service page never opened, offline: the 200.html app shell', async ({ browser }) => {
    await withOwnServer(browser, ports.cspOffline, async (page, shutDown) => {
      const violations = await recordCspViolations(page.context());
      await shutDown();
      await page.goto('/en/service/demo-hertford-peer-mentors/');
      await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Peer Mentors Hertford');
      expect(await violations.list()).toEqual([]);
    });
  });
});
