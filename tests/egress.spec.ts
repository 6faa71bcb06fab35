import { expect, test, type ConsoleMessage } from '@playwright/test';
import type { IncomingMessage } from 'node:http';
import { readFile } from 'node:fs/promises';
import { startStaticServer } from '../scripts/lib/static-server';
import { recordCspViolations } from './csp-violations';
import { startEgressRecorder } from './egress-recorder';
import { gotoHydrated, waitForServiceWorker } from './helpers';
import { makePlan, newMarker, turnOnLock } from './personal-data';
import { ports } from './ports';

// The egress audit (issue #7): a whole journey with a unique marker in every personal field,
// watched from outside the page. Our own host writes down every request it gets (the page's and
// the service worker's); a recording proxy gets every request for any other host, worker's
// included, and refuses it. Allowed outside: map tiles once the map is opened, and the neutral
// page Quick exit opens. Nothing may carry a marker: no URL, header or body, in or out.

const tileHost = 'tile.openstreetmap.org';
const exitHost = 'www.bbc.co.uk';

test('a whole journey sends nothing personal anywhere, and nothing at all to another host until the map or Quick exit', async ({ browser }) => {
  test.setTimeout(180_000);
  const m = newMarker();
  const pin = '4826';
  const own: { line: string; headers: IncomingMessage['headers'] }[] = [];
  const server = await startStaticServer({
    root: 'build',
    port: ports.egress,
    onRequest: (req) => void own.push({ line: `${req.method} ${req.url}`, headers: req.headers })
  });
  const outside = await startEgressRecorder(ports.egressProxy);
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow', proxy: outside.proxy });
  const csp = await recordCspViolations(context);
  const console: string[] = [];
  const onConsole = (message: ConsoleMessage) => void console.push(message.text());
  context.on('page', (p) => p.on('console', onConsole));
  // A phone with a share sheet: Share hands the link to it (and must not send it anywhere).
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { configurable: true, value: async () => undefined });
  });
  const page = await context.newPage();
  page.on('console', onConsole);
  // Chromium connects to www.google.com once as a context with a proxy starts, before any page
  // is opened (flags do not stop it; checked with no page at all). That is the browser, not
  // Onward: let it pass, then start counting.
  await page.waitForTimeout(1500);
  const browserOwn = outside.seen.splice(0).map((r) => r.line);
  expect(browserOwn.every((line) => line === 'CONNECT www.google.com:443'), `the browser's own start-up requests: ${browserOwn}`).toBe(true);

  try {
    await gotoHydrated(page, '/en/');
    await waitForServiceWorker(page);

    // My plan, a marker in every field; then a search, a service, Save and Share.
    await makePlan(page, m);
    await gotoHydrated(page, '/en/find/?c=housing&near=Leeds');
    await page.locator('#find-text').fill('hostel');
    const first = page.getByTestId('results').getByRole('link').first();
    await expect(first).toBeVisible();
    await first.click();
    await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
    await page.getByRole('button', { name: 'Share' }).click();

    // Export with a passphrase; then the lock, a fresh load, and unlocking.
    await gotoHydrated(page, '/en/more/');
    await page.getByLabel('Passphrase (optional)').fill(`${m} passphrase`);
    await page.getByLabel('Type the passphrase again').fill(`${m} passphrase`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my data' }).click();
    const exported = await readFile((await (await download).path())!, 'utf8');
    expect(exported, 'the encrypted export').not.toContain(m);

    await turnOnLock(page, 'pin', pin);
    await gotoHydrated(page, '/en/plan/');
    await page.getByLabel('PIN', { exact: true }).fill(pin);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByTestId('contact').filter({ hasText: `${m} Sam` })).toBeVisible({ timeout: 20_000 });

    const beforeMap = outside.seen.length;
    expect(outside.seen.map((r) => r.line), 'requests to other hosts before the map was opened').toEqual([]);

    // The map: tiles may be fetched now, from the tile host only.
    await gotoHydrated(page, '/en/find/?c=housing&near=Leeds');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await expect.poll(() => outside.seen.length, { message: 'the map asks for tiles' }).toBeGreaterThan(beforeMap);

    // Quick exit: the neutral page is the only other host.
    const beforeExit = outside.seen.length;
    await page.getByRole('link', { name: 'Quick exit' }).first().click();
    await expect.poll(() => outside.seen.slice(beforeExit).some((r) => r.host === exitHost), { message: 'Quick exit opens the neutral page' }).toBe(true);

    const hosts = new Set(outside.seen.map((r) => r.host));
    hosts.delete(tileHost);
    hosts.delete(exitHost);
    expect([...hosts], 'other hosts asked').toEqual([]);
    expect(outside.seen.slice(beforeMap, beforeExit).every((r) => r.host === tileHost), 'between map and exit: tiles only').toBe(true);

    const carrying = [
      ...own.filter((r) => JSON.stringify(r).includes(m)).map((r) => `own host: ${r.line}`),
      ...outside.seen.filter((r) => JSON.stringify(r).includes(m)).map((r) => `outside: ${r.line}`)
    ];
    expect(carrying, 'requests carrying the marker').toEqual([]);
    expect(own.length, 'our own host saw the journey').toBeGreaterThan(10);
    expect(console.filter((text) => text.includes(m)), 'console messages with the marker').toEqual([]);
    expect(await csp.list(), 'Content-Security-Policy violations').toEqual([]);
  } finally {
    await context.close();
    await outside.close();
    await server.close();
  }
});
