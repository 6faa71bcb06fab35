import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { startStaticServer } from '../scripts/lib/static-server';
import { fuzzSeed } from '../src/lib/directory/import/fixtures/hostile-feed';
import type { DirectoryService } from '../src/lib/directory/model';
import { servicePath } from '../src/lib/directory/service/service-path';
import { answerTileRequests, followLink, scan, watch, type Watch } from './fuzz-checks';
import { buildHostileDirectory, fuzzBuild, fuzzPlaces } from './fuzz-build';
import { gotoHydrated } from './helpers';
import { ports } from './ports';

// Issue #7, "Untrusted data stays text", in the real page. Seeded: ONWARD_FUZZ_SEED=<n> replays
// a failure (every failure message names the seed).
const seed = fuzzSeed();
const records = 10_000;
const servicePageSample = 200;
const savedSample = 10;
/** Fails with every problem seen, and the seed that replays them. */
function expectClean(seen: Watch): void {
  const replay = `(replay: ONWARD_FUZZ_SEED=${seed})`;
  expect(seen.dialogs, `dialogs ${replay}`).toEqual([]);
  expect(seen.errors, `uncaught errors ${replay}`).toEqual([]);
  expect(seen.problems.slice(0, 20), `unsafe things in the DOM, first 20 of ${seen.problems.length} ${replay}`).toEqual([]);
}

/** Taps Show more until every result is listed, then returns the ids on the cards. */
async function listEverything(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const more = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Show more');
    // Taps come faster than the list draws (each adds ten): the same handler a person's tap
    // runs, without waiting for hundreds of draws of a growing list.
    for (let button = more(); button; button = more()) {
      for (let i = 0; i < 1000; i++) button.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return [...document.querySelectorAll('[data-testid="results"] [data-service-id]')].map((card) => card.getAttribute('data-service-id') ?? '');
  });
}

/** Waits until Leaflet has finished a zoom animation. */
async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
  await page.waitForTimeout(300);
}

/**
 * What this covers, for one seed:
 * - all 10,000 records, through the real import (`data:import`) and `data:build`, drawn as
 *   result cards on Find help: four searches (one per town the records sit around), each listed
 *   to the end with Show more; the records without a usable position are in every list;
 * - the map of the last town (its 500 nearest results as markers, their names as labels), and
 *   the cards of a few markers tapped after zooming in through clusters;
 * - the service pages of 200 records picked with the seed, opened as a tap on a result opens
 *   them (in-app navigation; the page is drawn from the directory data), with their heading read
 *   back as text;
 * - the first 10 of those saved, and the Saved list on More.
 * After each view: no dialog, no uncaught error, window.__pwned unset, and no link, source or
 * form target off the allow-list, no inline handler, no iframe/object/embed/base in the DOM.
 */
test('10,000 hostile directory records stay text: lists, map, service pages and the Saved list', async ({ browser }) => {
  test.setTimeout(180_000);
  const started = Date.now();
  const dataset = buildHostileDirectory(seed, records);
  expect(dataset.services, 'every hostile record survives the import (its bad values are dropped, not the record)').toHaveLength(records);
  const prepared = Date.now();
  const server = await startStaticServer({ root: fuzzBuild, port: ports.fuzz });
  const context = await browser.newContext({ baseURL: server.url });
  // No service worker (its precache names the sample directory's files, not these): the page
  // runs as in a browser without one. Playwright's serviceWorkers: 'block' is not that: its
  // register() resolves to undefined, which no browser does.
  await context.addInitScript(() => delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker);
  await answerTileRequests(context);
  const page = await context.newPage();
  const seen = watch(page);
  try {
    const listed = new Set<string>();
    for (const place of fuzzPlaces) {
      await gotoHydrated(page, `/en/find/?at=${place.latitude},${place.longitude}`);
      await expect(page.getByTestId('results')).toBeVisible({ timeout: 20_000 });
      for (const id of await listEverything(page)) listed.add(id);
      await scan(page, seen, `list near ${place.name}`);
    }
    expect(listed.size, 'records drawn as result cards').toBe(records);

    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(page.locator('.onward-map-cluster, .onward-map-place').first()).toBeVisible({ timeout: 20_000 });
    await mapSettled(page);
    await scan(page, seen, 'map');
    const chosen = page.getByRole('region', { name: 'Chosen on the map' });
    // A place shows its card; a cluster zooms in, or shows all its cards when it cannot split.
    let cards = 0;
    for (let taps = 0; cards < 3 && taps < 15; taps++) {
      const place = page.locator('.onward-map-place').first();
      await ((await place.count()) ? place : page.locator('.onward-map-cluster').first()).click();
      await mapSettled(page);
      if (!(await chosen.isVisible())) continue;
      await expect(chosen.locator('[data-service-id]').first()).toBeVisible();
      await scan(page, seen, `map cards ${cards}`);
      await chosen.getByRole('button', { name: 'Close' }).click();
      cards++;
    }
    expect(cards, 'map cards opened').toBeGreaterThan(0);

    const byId = new Map(dataset.services.map((s) => [s.id, s]));
    const [sample] = fc.sample(fc.shuffledSubarray([...byId.keys()], { minLength: servicePageSample, maxLength: servicePageSample }), { seed, numRuns: 1 });
    for (const [i, id] of (sample ?? []).entries()) {
      const service = byId.get(id) as DirectoryService;
      // From one service page straight to the next, Svelte keeps the page and swaps its data; the
      // Save button reads its state once, so the ones saved are opened from More (as in the app).
      if (i < savedSample) {
        await followLink(page, '/en/more/');
        await expect(page.getByTestId('saved-list').getByRole('listitem')).toHaveCount(i);
      }
      await followLink(page, servicePath('en', id));
      // The name comes back as the same text: nothing in it was read as markup.
      await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, service.name, { polling: 'raf', timeout: 10_000 });
      if (i < savedSample) {
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
      }
      await scan(page, seen, `service page ${id}`);
    }

    await followLink(page, '/en/more/');
    const saved = page.getByTestId('saved-list').getByRole('listitem');
    await expect(saved).toHaveCount(savedSample);
    const names = await saved.locator('.name').evaluateAll((spans) => spans.map((span) => span.textContent));
    expect(names.sort()).toEqual((sample ?? []).slice(0, savedSample).map((id) => byId.get(id)?.name).sort());
    await scan(page, seen, 'Saved list');
    expectClean(seen);
  } finally {
    await context.close();
    await server.close();
    console.log(`fuzz, seed ${seed}: ${records} records prepared in ${prepared - started} ms, checked in the browser in ${Date.now() - prepared} ms`);
  }
});
