import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { measureFirstLoad } from '../scripts/lib/first-load';
import { chooseLanguage } from './helpers';

// `npm test` fails here when a route's first-load JavaScript grows past its budget in
// perf/budgets.json. Bytes are gzip -9 of the built files each route requests (see first-load.ts).
const buildDir = fileURLToPath(new URL('../build', import.meta.url));
const budgets: { firstLoadJsGzipBytes: Record<string, number> } = JSON.parse(
  readFileSync(new URL('../perf/budgets.json', import.meta.url), 'utf8')
);

// Blocked, so the page's own requests are all there is (no precache, no worker answering).
test.use({ serviceWorkers: 'block' });

for (const [route, budget] of Object.entries(budgets.firstLoadJsGzipBytes)) {
  test(`first-load JS budget: ${route} ships at most ${budget} bytes of gzip JS`, async ({ page }) => {
    const { js } = await measureFirstLoad(page, route, buildDir);
    // A measurement that found no scripts would pass any budget: make sure it saw the real app
    // (a budget of 0 would say the route must load no JavaScript at all).
    if (budget === 0) expect(js.files, 'scripts requested').toEqual([]);
    else expect(js.files.length, 'scripts requested').toBeGreaterThan(0);
    expect(js.gzip, `JS gzip on ${route}; files:\n${js.files.join('\n')}`).toBeLessThanOrEqual(budget);
  });
}

// Issue #8: "first-load JS of each route unchanged within 2 KB of the English build" and
// "switching language loads ≤ 25 KB gzip".
const status = JSON.parse(readFileSync(new URL('../messages/status.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const otherLanguages = Object.keys(status).filter((code) => code !== 'en');
const languageRoutes = Object.keys(budgets.firstLoadJsGzipBytes).filter((route) => route.startsWith('/en/'));

/**
 * The app's code is the same in every language; only the message files differ. So the check in a
 * browser runs for the two languages with the most words (Welsh and Arabic, ~30 s each), and
 * every language is checked by its message files' sizes above.
 */
const measuredInBrowser = ['cy', 'ar'];

test('every language: its message files are within 2 KB (gzip) of English, per set a route loads', () => {
  const folder = readdirSync(`${buildDir}/_app/immutable/messages`);
  expect(folder, 'one messages folder in the build').toHaveLength(1);
  const gzipOf = (lang: string, bundle: string) =>
    gzipSync(readFileSync(`${buildDir}/_app/immutable/messages/${folder[0]}/${lang}/${bundle}.json`), { level: 9 }).length;
  // What the app routes load at first (their +page.ts withMessages); Home, overdose and Staying safe load none.
  const heaviest = [['core', 'directory', 'find'], ['core', 'directory', 'service'], ['core', 'plan'], ['core', 'more', 'backup']];
  for (const code of otherLanguages)
    for (const set of heaviest) {
      const diff = set.reduce((sum, bundle) => sum + gzipOf(code, bundle) - gzipOf('en', bundle), 0);
      expect(Math.abs(diff), `${code}: ${set.join('+')}`).toBeLessThanOrEqual(2048);
    }
});

test.describe('every language loads about what English does', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const code of measuredInBrowser) {
    test(`${code}: each route's first-load JS is within 2 KB (gzip) of English`, async ({ browser }) => {
      for (const route of languageRoutes) {
        const measure = async (path: string) => {
          const context = await browser.newContext({ serviceWorkers: 'block' });
          try {
            return (await measureFirstLoad(await context.newPage(), path, buildDir)).js.gzip;
          } finally {
            await context.close();
          }
        };
        const english = await measure(route);
        const translated = await measure(route.replace('/en/', `/${code}/`));
        expect(Math.abs(translated - english), `${route} in ${code}: ${translated} B vs English ${english} B`).toBeLessThanOrEqual(2048);
      }
    });
  }
});

test('switching language loads at most 25 KB gzip (the offline pack, fetched later when idle, apart)', async ({ page }) => {
  const { gzipOfPath } = await import('../scripts/lib/first-load');
  await page.goto('/en/find/?c=housing');
  await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
  await page.waitForLoadState('networkidle');
  // The pack (scripts/pwa/language-packs.ts) is its own, later download: kept out of this count.
  await page.route('**/language-packs/**', (route) => route.abort());
  const paths = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(page.url()).origin && !url.pathname.startsWith('/language-packs/')) paths.add(url.pathname);
  });
  const sizes: Record<string, number> = {};
  for (const code of otherLanguages) {
    paths.clear();
    await chooseLanguage(page, code);
    await expect(page).toHaveURL(new RegExp(`/${code}/find/`));
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await page.waitForLoadState('networkidle');
    sizes[code] = [...paths].reduce((sum, path) => sum + gzipOfPath(buildDir, path), 0);
  }
  test.info().annotations.push({ type: 'switch bytes (gzip)', description: JSON.stringify(sizes) });
  console.log('switching language, gzip bytes:', sizes);
  for (const [code, bytes] of Object.entries(sizes)) {
    expect(bytes, code).toBeGreaterThan(0);
    expect(bytes, code).toBeLessThanOrEqual(25 * 1024);
  }
});
