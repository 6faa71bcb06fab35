import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { districtsFromFile } from '../scripts/geo/onspd';
import type { GeoIndex } from '../src/lib/geo/tables';
import { expectNoAxeViolations, gotoHydrated, sidewaysOverflow, textAt200Percent, withOwnServer } from './helpers';
import { ports } from './ports';

// "Where are you?" (src/lib/geo/LocationChooser.svelte), mounted on Home until Find help places it.
const fixtureCsv = fileURLToPath(new URL('../scripts/geo/fixtures/onspd-sample.csv', import.meta.url));
const builtIndex = (): GeoIndex => JSON.parse(readFileSync(new URL('../build/geo/index.json', import.meta.url), 'utf8'));

const chooser = (page: Page) => page.getByTestId('location-chooser');
const status = (page: Page) => chooser(page).getByRole('status');
const whereBox = (page: Page) => page.getByLabel('Where are you?');

async function lookUp(page: Page, text: string) {
  await whereBox(page).fill(text);
  await whereBox(page).press('Enter');
}


test.describe('Near me', () => {
  test('when the person says no: says so in plain words and puts the cursor in the town box', async ({ browser }) => {
    const context = await browser.newContext({ permissions: [] });
    await context.clearPermissions();
    const page = await context.newPage();
    await gotoHydrated(page, '/en/find/');
    await page.getByRole('button', { name: 'Near me' }).click();
    await expect(status(page)).toHaveText('You did not let Onward see where you are. Type your town or postcode.');
    await expect(whereBox(page)).toBeFocused();
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('with a position: shows the place it is in, and hands on a position rounded to about 1 km', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['geolocation'], geolocation: { latitude: 53.79712, longitude: -1.54853 } });
    const page = await context.newPage();
    await gotoHydrated(page, '/en/find/');
    expect(page.url(), 'nothing chosen yet').not.toContain('near=');
    await page.getByRole('button', { name: 'Near me' }).click();
    await expect(status(page)).toHaveText('Near you, around Leeds, England');
    // Find help puts the chosen place in the address.
    await expect(page).toHaveURL(/\?near=53\.80,-1\.55$/);
    await expect(page.getByRole('button', { name: 'Change place' })).toBeFocused();
    // Remembered on this phone (the save finishes after the choice), rounded there too.
    const saved = () =>
      page.evaluate(
        () =>
          new Promise((resolve) => {
            const open = indexedDB.open('onward');
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains('settings')) {
                db.close(); // an open connection would block the app's own upgrade
                return resolve(undefined);
              }
              const get = db.transaction('settings').objectStore('settings').get('place');
              get.onsuccess = () => resolve(get.result?.value);
              get.transaction?.addEventListener('complete', () => db.close());
            };
            open.onerror = () => resolve(undefined);
          })
      );
    await expect.poll(saved).toEqual({ label: 'Leeds, England', latitude: 53.8, longitude: -1.55, kind: 'gps', query: '53.80,-1.55' });
    await expectNoAxeViolations(page);
    await context.close();
  });
});

test.describe('a typed place', () => {
  test('the tables are fetched only when someone looks a place up, and then only the towns of its first letter', async ({ page }) => {
    const geoRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/geo/')) geoRequests.push(new URL(request.url()).pathname);
    });
    await gotoHydrated(page, '/en/find/');
    await page.waitForLoadState('networkidle');
    expect(geoRequests).toEqual([]);
    await lookUp(page, 'leeds');
    await expect(status(page)).toHaveText('Near Leeds, England');
    expect(geoRequests).toEqual(['/geo/index.json', `/geo/${builtIndex().towns.byLetter.l}`]);
  });

  test('a shared name offers each place with its county; picking one chooses it', async ({ page }) => {
    await gotoHydrated(page, '/en/find/');
    await lookUp(page, 'Newport');
    await expect(status(page)).toHaveText('Which place do you mean?');
    const choices = chooser(page).getByRole('list', { name: 'Which place do you mean?' }).getByRole('button');
    await expect(choices.first()).toHaveText('Newport, Wales');
    await expect(choices.filter({ hasText: 'Newport, Isle of Wight' })).toHaveCount(1);
    await expectNoAxeViolations(page);
    await choices.filter({ hasText: 'Newport, Isle of Wight' }).click();
    await expect(status(page)).toHaveText('Near Newport, Isle of Wight');
    await expect(page).toHaveURL(/\?near=Newport,\+Isle\+of\+Wight$/);
    await expectNoAxeViolations(page);
  });

  test('a name that is nowhere: says so and keeps the cursor in the box', async ({ page }) => {
    await gotoHydrated(page, '/en/find/');
    await lookUp(page, 'Atlantis');
    await expect(status(page)).toHaveText('We could not find “Atlantis”. Check the spelling, or try a bigger town near you.');
    await expect(whereBox(page)).toBeFocused();
  });

  test("a postcode, however it is typed, finds its district with Great Britain's built-in table", async ({ page }) => {
    const postcodeFiles: string[] = [];
    page.on('request', (r) => r.url().includes('/geo/postcode-districts-') && postcodeFiles.push(new URL(r.url()).pathname));
    await gotoHydrated(page, '/en/find/');
    for (const typed of ['SG1 2AB', 'sg12ab', 'SG1']) {
      await lookUp(page, typed);
      await expect(status(page)).toHaveText('Near SG1');
      await expect(page).toHaveURL(/\?near=SG1$/);
      await page.getByRole('button', { name: 'Change place' }).click();
      await expect(whereBox(page)).toBeFocused();
    }
    // Only Stevenage's postcode area was fetched, once: a few hundred bytes, not the whole country.
    expect(postcodeFiles).toEqual([`/geo/${builtIndex().postcodeDistricts!.areas.SG}`]);
    expect(postcodeFiles[0]).toMatch(/^\/geo\/postcode-districts-sg\.[0-9a-f]{10}\.json$/);
    // Northern Ireland is not in the built-in table: say so, and ask for the town.
    await lookUp(page, 'BT1 1AA');
    await expect(status(page)).toHaveText('We could not find the postcode area BT1. Type your town instead.');
    await expect(whereBox(page)).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('at 320 px with text at 200 %: the choices fit, and every control is at least 44 px', async ({ page, context }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await textAt200Percent(page, context);
    await gotoHydrated(page, '/fr/find/');
    await page.getByLabel('Où êtes-vous ?').fill('Newport');
    await chooser(page).getByRole('button', { name: 'Chercher' }).click();
    await expect(chooser(page).getByRole('listitem')).not.toHaveCount(0);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    const controls = chooser(page).locator('button, input');
    for (let i = 0; i < (await controls.count()); i++) {
      const box = await controls.nth(i).boundingBox();
      expect(box?.height, `control ${i} height`).toBeGreaterThanOrEqual(44);
      expect(box?.width, `control ${i} width`).toBeGreaterThanOrEqual(44);
    }
  });
});

test("with a deployer's postcode table (the ONSPD fixture, served to this page only): finds the district of a typed postcode", async ({ browser }) => {
  // The shipped build must never carry the fixture's made-up rows: the page gets them from
  // page.route, with the service worker blocked so the route sees every request.
  const { table } = await districtsFromFile(fixtureCsv, { year: 2025 });
  const index: GeoIndex = { ...builtIndex(), postcodeDistricts: { areas: { LS: 'postcode-districts-ls.fixture.json' }, count: table.districts.length, attribution: table.attribution } };
  const leeds = { ...table, attribution: [], districts: table.districts.filter(([outcode]) => outcode.startsWith('LS')) };

  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route('**/geo/index.json', (route) => route.fulfill({ json: index }));
  await context.route('**/geo/postcode-districts-ls.fixture.json', (route) => route.fulfill({ json: leeds }));
  const page = await context.newPage();
  await gotoHydrated(page, '/en/find/');
  await lookUp(page, 'LS1 4DY');
  await expect(status(page)).toHaveText('Near LS1');
  await expect(page).toHaveURL(/\?near=LS1$/);

  // More credits ONS, Ordnance Survey and Royal Mail as the table says.
  await gotoHydrated(page, '/en/more/');
  await expect(page.getByTestId('postcode-credits').getByRole('listitem')).toHaveText(table.attribution);
  await context.close();
});

test('More credits GeoNames, and ONS, Ordnance Survey and Royal Mail for the built-in postcodes', async ({ page }) => {
  await gotoHydrated(page, '/en/more/');
  const credits = page.getByRole('region', { name: 'Places and postcodes' });
  await expect(credits).toContainText('Place names: GeoNames (CC BY 4.0).');
  await expect(credits.getByRole('link', { name: 'GeoNames' })).toHaveAttribute('href', 'https://www.geonames.org/');
  await expect(credits.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expect(page.getByTestId('postcode-credits').getByRole('listitem')).toHaveText([
    'Contains OS data © Crown copyright and database right',
    'Contains Royal Mail data © Royal Mail copyright and database right',
    'Source: Office for National Statistics licensed under the Open Government Licence v.3.0'
  ]);
});

test('town and postcode lookup work offline, even for someone who never looked a place up online', async ({ browser }) => {
  await withOwnServer(browser, ports.placeOffline, async (page, shutDown) => {
    await shutDown();
    await page.goto('/en/find/');
    await lookUp(page, 'Saint Albans');
    await expect(status(page)).toHaveText('Near St Albans, Hertfordshire');
    await page.getByRole('button', { name: 'Change place' }).click();
    await lookUp(page, 'SG1 2AB');
    await expect(status(page)).toHaveText('Near SG1');
  });
});
