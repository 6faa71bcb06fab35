import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations, gotoHydrated, sidewaysOverflow, textAt200Percent, tilePng, withOwnServer } from './helpers';
import { ports } from './ports';

// The map on Find help. There is no internet here, and no test should use a real tile server:
// every request to another site gets a 1×1 PNG and is written down.
const demoServices = 193; // data/demo.json: every one has a map position

/** Answers (and lists) every request the page or its service worker makes to another site. */
async function fakeTileServer(context: BrowserContext): Promise<string[]> {
  const requested: string[] = [];
  await context.route(
    (url) => url.hostname !== 'localhost' && url.hostname !== '127.0.0.1',
    (route) => {
      requested.push(route.request().url());
      return route.fulfill({ body: tilePng, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' } });
    }
  );
  return requested;
}

async function openMap(page: Page): Promise<void> {
  await gotoHydrated(page, '/en/find/');
  await expect(page.getByRole('link', { name: /^Example / }).first()).toBeVisible(); // the results have loaded
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Map', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: /^Map of the places/ })).toBeVisible();
  await expect(clusters(page).first()).toBeVisible();
  await settled(page);
}

/** Waits until the markers stop moving (Leaflet animates zooms), so they are where they will stay. */
async function settled(page: Page): Promise<void> {
  // Leaflet puts .leaflet-zoom-anim on the map while a zoom animates.
  const snapshot = () =>
    page.evaluate(() =>
      document.querySelector('.leaflet-zoom-anim') ? null : [...document.querySelectorAll<HTMLElement>('.leaflet-marker-icon')].map((m) => m.style.transform).join()
    );
  let last: string | null = null;
  await expect
    .poll(
      async () => {
        const now = await snapshot();
        const still = now !== null && now === last;
        last = now;
        return still;
      },
      { intervals: [150] }
    )
    .toBe(true);
}

/** Taps (or presses Enter on) the first cluster until single places show. */
async function zoomToPlaces(page: Page, press: 'tap' | 'Enter'): Promise<void> {
  for (let taps = 0; (await places(page).count()) === 0; taps++) {
    expect(taps, 'taps to reach a single place').toBeLessThan(12);
    if (press === 'tap') await clusters(page).first().click();
    else {
      await clusters(page).first().focus();
      await page.keyboard.press('Enter');
    }
    await settled(page);
  }
}

const clusters = (page: Page) => page.getByRole('button', { name: /^\d+ places here$/ });
const places = (page: Page) => page.locator('.onward-map-place');

/** How many results the markers stand for: a cluster's count, or one per single place. */
async function servicesOnMap(page: Page): Promise<number> {
  const counts = await clusters(page).evaluateAll((els) => els.map((el) => Number(el.textContent)));
  return counts.reduce((a, b) => a + b, 0) + (await places(page).count());
}

async function turnSaveData(page: Page, on: boolean): Promise<void> {
  await gotoHydrated(page, '/en/more/');
  const setting = page.getByRole('switch', { name: 'No map pictures' });
  await expect(setting).toBeEnabled();
  if ((await setting.getAttribute('aria-checked')) !== String(on)) await setting.click();
  await expect(setting).toHaveAttribute('aria-checked', String(on));
  await page.reload(); // kept on this phone
  await expect(page.getByRole('switch', { name: 'No map pictures' })).toHaveAttribute('aria-checked', String(on));
}

test('with "save data" on, the map shows every result in clusters and asks no other site for anything', async ({ page, context }) => {
  const elsewhere = await fakeTileServer(context);
  const origins = new Set<string>();
  context.on('request', (request) => void origins.add(new URL(request.url()).origin));

  await turnSaveData(page, true);
  await openMap(page);
  await expect(page.getByText('Map pictures are off to save data.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Change this in More.' })).toHaveAttribute('href', '/en/more/#low-data');
  await expect.poll(() => servicesOnMap(page)).toBe(demoServices);
  expect(await clusters(page).count()).toBeLessThan(30); // clustered: far fewer markers than services
  await expect(page.locator('.leaflet-tile')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /OpenStreetMap/ })).toHaveCount(0); // no pictures, so nobody to credit

  await page.waitForLoadState('networkidle');
  expect(elsewhere).toEqual([]);
  expect([...origins]).toEqual([new URL(page.url()).origin]);
});

test('tapping clusters zooms in until single places; tapping a place shows its service card', async ({ page, context }) => {
  await fakeTileServer(context);
  await openMap(page);
  await zoomToPlaces(page, 'tap');
  const place = places(page).first();
  const name = await place.getAttribute('aria-label');
  expect(name).toMatch(/^Example /);
  await place.click();

  const chosen = page.getByRole('region', { name: 'Chosen on the map' });
  await expect(chosen).toBeFocused();
  const link = chosen.getByRole('link', { name: name!, exact: true });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', /^\/en\/service\/[^/]+\/$/);

  await chosen.getByRole('button', { name: 'Close' }).click();
  await expect(chosen).toBeHidden();
  await expect(page.getByRole('region', { name: /^Map of the places/ })).toBeFocused();
});

test('a keyboard opens a cluster and a place with Enter', async ({ page, context }) => {
  await fakeTileServer(context);
  await openMap(page);
  await zoomToPlaces(page, 'Enter');
  await places(page).first().focus();
  await page.keyboard.press(' ');
  await expect(page.getByRole('region', { name: 'Chosen on the map' }).getByRole('link').first()).toBeVisible();
});

test('map pictures are requested only after Map is tapped, and the map credits their source', async ({ page, context }) => {
  await turnSaveData(page, false);
  const elsewhere = await fakeTileServer(context);
  await gotoHydrated(page, '/en/find/');
  await expect(page.getByRole('link', { name: /^Example / }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(elsewhere, 'requests to other sites before the map is opened').toEqual([]);

  await openMap(page);
  await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
  expect(elsewhere.length).toBeGreaterThan(0);
  expect(elsewhere.every((url) => /\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true); // tiles, nothing else
  await expect(page.getByRole('link', { name: '© OpenStreetMap contributors' })).toBeVisible();
  await expect(page.getByText('Map pictures are off to save data.')).toBeHidden();
});

test.describe('first load', () => {
  // Blocked, so the page's own requests are all there is (the worker would precache every chunk).
  test.use({ serviceWorkers: 'block' });

  test('Find help loads no Leaflet until Map is tapped', async ({ page, context }) => {
    await fakeTileServer(context);
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.endsWith('.js')) scripts.push(response.text());
    });
    const hasLeaflet = async () => (await Promise.all(scripts)).some((code) => code.includes('leaflet-pane'));

    await gotoHydrated(page, '/en/find/');
    await expect(page.getByRole('link', { name: /^Example / }).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(await hasLeaflet()).toBe(false);

    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(clusters(page).first()).toBeVisible();
    expect(await hasLeaflet()).toBe(true);
  });
});

test('offline after a first visit, the map still shows the places, on a plain background', async ({ browser }) => {
  await withOwnServer(browser, ports.mapOffline, async (page, shutDown) => {
    await gotoHydrated(page, '/en/find/');
    await expect(page.getByRole('link', { name: /^Example / }).first()).toBeVisible(); // the shards are now saved
    await shutDown();

    await page.reload();
    await openMap(page);
    await expect.poll(() => servicesOnMap(page)).toBe(demoServices);
    await expect(page.locator('main').getByText('Map pictures did not load.')).toBeVisible();
    // Failed pictures stay hidden: no broken-image icons over the plain background.
    await expect(page.locator('img.leaflet-tile-loaded')).toHaveCount(0);
    expect(await page.locator('img.leaflet-tile').evaluateAll((imgs) => imgs.filter((img) => getComputedStyle(img).visibility !== 'hidden').length)).toBe(0);
  });
});

test.describe('accessibility with the map open', () => {
  test('axe finds nothing, with pictures and with a card open', async ({ page, context }) => {
    await fakeTileServer(context);
    await openMap(page);
    await expect(page.locator('img.leaflet-tile-loaded').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await zoomToPlaces(page, 'tap');
    await places(page).first().click();
    await expect(page.getByRole('region', { name: 'Chosen on the map' })).toBeVisible();
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds nothing with "save data" on', async ({ page }) => {
    await turnSaveData(page, true);
    await openMap(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('at 320 px with text at 200 %, the map fits without sideways scrolling and its controls are 44 px', async ({ page, context }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await fakeTileServer(context);
    await textAt200Percent(page, context);
    await openMap(page);
    const overflow = await sidewaysOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect.poll(() => servicesOnMap(page), 'every result has a whole marker on the opened map').toBe(demoServices);
    for (const control of [page.getByRole('button', { name: 'Zoom in' }), clusters(page).first(), page.getByRole('button', { name: 'List', exact: true })]) {
      const box = await control.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(44);
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
  });
});
