import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, gotoHydrated, recordAnnouncements } from './helpers';

interface DemoService {
  id: string;
  name: string;
  categories: string[];
  locations: { latitude?: number; longitude?: number }[];
}
const demo = (JSON.parse(readFileSync('data/demo.json', 'utf8')) as { services: DemoService[] }).services;

/** Great-circle km, written out again here so the test does not trust the app's own maths. */
function km(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function nearestByBruteForce(from: { latitude: number; longitude: number }, category?: string): DemoService {
  const ranked = demo
    .filter((s) => !category || s.categories.includes(category))
    .map((s) => ({
      s,
      d: Math.min(...s.locations.filter((l) => l.latitude !== undefined).map((l) => km(from, l as { latitude: number; longitude: number })))
    }))
    .sort((a, b) => a.d - b.d);
  return ranked[0]!.s;
}

const resultNames = (page: Page) => page.getByTestId('results').locator('article h3');

test('a typo still finds the service', async ({ page }) => {
  await gotoHydrated(page, '/en/find/');
  await expect(resultNames(page).first()).toBeVisible();
  await page.getByLabel('What do you need?').fill('nigth sheltr');
  await expect(resultNames(page).filter({ hasText: 'Example Night Shelter' }).first()).toBeVisible();
});

test('results are sorted by distance from a shared position', async ({ page }) => {
  const leeds = { latitude: 53.8, longitude: -1.55 };
  await gotoHydrated(page, '/en/find/?at=53.80,-1.55');
  await expect(resultNames(page).first()).toHaveText(nearestByBruteForce(leeds).name);
  await expect(page.getByTestId('results').locator('article').first()).toContainText(/km|m ·/);
});

test('filters go into the address, and a pasted address brings them back', async ({ page, context }) => {
  await gotoHydrated(page, '/en/find/?at=53.80,-1.55');
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Housing and a bed tonight' }).check();
  await page.getByRole('checkbox', { name: 'Open now only' }).check();
  await expect(page).toHaveURL(/\?c=housing&open=1&at=53\.8,-1\.55$/);
  const shared = page.url();

  const other = await context.newPage();
  await gotoHydrated(other, shared);
  await expect(other.getByRole('checkbox', { name: 'Open now only' })).toBeChecked();
  await other.locator('summary', { hasText: 'Filters' }).click();
  await expect(other.getByRole('checkbox', { name: 'Housing and a bed tonight' })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Food' })).not.toBeChecked();
});

test('a garbled link shows a notice and still searches', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const announcements = await recordAnnouncements(page);
  await gotoHydrated(page, '/en/find/?c=housing,rockets&open=maybe&at=999,abc&%3Cscript%3E=1&q=' + 'x'.repeat(300));
  await expect(page.locator('main .notice').filter({ hasText: 'were not understood' })).toContainText('c, open, at, <script>, q');
  await expect.poll(announcements).toContainEqual(expect.stringContaining('were not understood'));
  await expect(resultNames(page).first()).toBeVisible();
  await page.locator('summary', { hasText: 'Filters' }).click();
  await expect(page.getByRole('checkbox', { name: 'Housing and a bed tonight' })).toBeChecked();
  expect(errors).toEqual([]);
});

test('open now follows the UK clock, overnight shelters included', async ({ page }) => {
  // Tuesday 6 January 2026, 23:00 in London: the night shelter (20:00–08:00) is open, the
  // housing advice centre (Mon–Fri 09:00–17:00) is not.
  await page.clock.setFixedTime(new Date('2026-01-06T23:00:00Z'));
  await gotoHydrated(page, '/en/find/?c=housing&at=51.90,-0.20');
  const shelter = page.locator('article', { hasText: 'Example Night Shelter Stevenage' });
  const advice = page.locator('article', { hasText: 'Example Housing Advice Centre Hertford' });
  await expect(shelter).toContainText('Open now · closes 08:00');
  await expect(advice).toContainText('Closed · opens tomorrow 09:00');

  await page.getByRole('checkbox', { name: 'Open now only' }).check();
  await expect(shelter).toBeVisible();
  await expect(advice).toHaveCount(0);
});

test('a need tile on Home lists places for that need', async ({ page }) => {
  await gotoHydrated(page, '/en/');
  await page.getByRole('link', { name: 'A bed tonight' }).click();
  await expect(page).toHaveURL(/\/en\/find\/\?c=housing$/);
  await expect(resultNames(page).first()).toBeVisible();
  const kinds = await page.getByTestId('results').locator('article .kinds').allTextContents();
  expect(kinds.length).toBeGreaterThan(0);
  for (const k of kinds) expect(k).toContain('Housing and a bed tonight');
});

test('Home works with no app JavaScript: search, helplines and language', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/en/');
  // Only Home's own small page script (service worker, remembered language), no app chunk.
  expect(scripts.map((s) => s.replace(/\.\w+\.js$/, '.js'))).toEqual(['/_app/immutable/home/page.js']);
  await expect(page.getByRole('link', { name: /Samaritans\s+116 123/ })).toHaveAttribute('href', 'tel:116123');
  await page.getByLabel('What do you need?').fill('night shelter');
  await page.getByLabel('Where are you?').fill('Stevenage');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/en\/find\/\?q=night\+shelter&near=Stevenage/);
});

/** data/national.json, where each helpline's number and the nations it is for come from. */
const national = (JSON.parse(readFileSync('data/national.json', 'utf8')) as { services: { id: string; source_url: string }[] }).services;
const shelterSource = national.find((s) => s.id === 'national-shelter-england')!.source_url;
const savedCopies = 'Source of this number: prisonreformtrust.org.uk. Checked November 2026 using saved copies of the web pages, not yet the live pages.';

test('Home says where each helpline works and where its number was found', async ({ page }) => {
  await page.goto('/en/');
  const list = page.getByRole('region', { name: 'Helplines' });
  await expect(list.getByRole('heading', { name: 'Helplines' })).toBeVisible();
  const shelter = list.getByRole('listitem').filter({ hasText: 'Shelter (England)' });
  await expect(shelter.getByTestId('nations')).toHaveText('For England only');
  await expect(shelter.getByTestId('number-source')).toHaveText(savedCopies);
  const source = shelter.getByRole('link', { name: 'prisonreformtrust.org.uk' });
  await expect(source).toHaveAttribute('href', shelterSource);
  expect((await source.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  const samaritans = list.getByRole('listitem').filter({ hasText: 'Samaritans' });
  await expect(samaritans.getByTestId('nations')).toHaveText('For all of the UK');
  await expect(list.getByRole('listitem').filter({ hasText: 'NHS 111' }).getByTestId('nations')).toHaveText('For England and Wales');
  // FRANK's coverage is not confirmed: no words about where it works, but still its source.
  const frank = list.getByRole('listitem').filter({ hasText: 'FRANK' });
  await expect(frank.getByTestId('nations')).toHaveCount(0);
  await expect(frank.getByTestId('number-source')).toContainText('talktofrank.com');
  expect(await axeViolations(page)).toEqual([]);
});

test('Find help lists "Helplines" with where each one works', async ({ page }) => {
  await gotoHydrated(page, '/en/find/?c=housing&near=Leeds');
  const helplines = page.getByRole('region', { name: 'Helplines' });
  await expect(helplines.getByRole('heading', { name: 'Helplines', exact: true })).toBeVisible();
  await expect(page.getByText('for anywhere in the UK')).toHaveCount(0);
  await expect(helplines.locator('[data-service-id="national-shelter-england"] .facts')).toHaveText('For England only');
  // Nacro's data says nothing about where it works: no words about it.
  await expect(helplines.locator('[data-service-id="national-nacro-resettlement"] .facts')).toHaveText('');
  // The number a reader dials from the list says where it was found and how it was checked.
  const shelter = helplines.locator('[data-service-id="national-shelter-england"]');
  await expect(shelter.getByTestId('number-source')).toHaveText(savedCopies);
  await expect(shelter.getByRole('link', { name: 'prisonreformtrust.org.uk' })).toHaveAttribute('href', shelterSource);
  await expect(page.getByTestId('results').getByTestId('number-source')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await gotoHydrated(page, '/en/find/?c=money&near=Leeds');
  await expect(helplines.locator('[data-service-id="national-universal-credit"] .facts')).toHaveText('For England, Scotland and Wales');
});

test('Find help loads word matching only when words are typed', async ({ page }) => {
  // MiniSearch's own error messages name it: a script holding one is the word-matching chunk.
  const wordScripts: string[] = [];
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'script' && (await r.text().catch(() => '')).includes('MiniSearch:')) wordScripts.push(r.url());
  });
  await gotoHydrated(page, '/en/find/?c=housing&near=Leeds');
  await expect(page.getByTestId('results').getByRole('listitem').first()).toBeVisible();
  expect(wordScripts).toEqual([]);
  // The cards are drawn a few a task; helplines come last.
  await expect(page.getByRole('region', { name: 'Helplines' })).toBeVisible();
  const shown = await page.getByTestId('results').getByRole('listitem').count();
  await page.getByLabel('What do you need?').fill('zzqx');
  await expect(page.getByText('Nothing matches.', { exact: false })).toBeVisible();
  // The response handler reads the script's text after the request ends: wait for it.
  await expect.poll(() => wordScripts.length).toBe(1);
  await page.getByLabel('What do you need?').fill('');
  await expect(page.getByTestId('results').getByRole('listitem')).toHaveCount(shown);
});

test.describe('Near me', () => {
  // Central Stevenage: its demo services are well apart, so the nearest is clear.
  const here = { latitude: 51.9026, longitude: -0.2018 };
  test.use({ geolocation: here, permissions: ['geolocation'] });

  test('Near me on Home asks for the position on the results page and sorts by distance', async ({ page }) => {
    await gotoHydrated(page, '/en/');
    await page.getByRole('button', { name: 'Near me' }).click();
    await expect(page).toHaveURL(/\/en\/find\/\?near=51\.90,-0\.20$/);
    await expect(page.getByTestId('location-chooser')).toContainText('Near you, around Stevenage');
    await expect(resultNames(page).first()).toHaveText(nearestByBruteForce(here).name);
  });
});

test('a town in the address is looked up and results sorted from it', async ({ page }) => {
  await gotoHydrated(page, '/en/find/?near=Leeds&c=food');
  await expect(page.getByTestId('location-chooser')).toContainText('Near Leeds');
  const leeds = await page.evaluate(async () => {
    const index = await (await fetch('/geo/index.json')).json();
    const towns = await (await fetch(`/geo/${index.towns.byLetter.l}`)).json();
    const row = towns.towns.find((t: unknown[]) => t[0] === 'Leeds');
    return { latitude: row[2] as number, longitude: row[3] as number };
  });
  await expect(resultNames(page).first()).toHaveText(nearestByBruteForce(leeds, 'food').name);
});
