import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDir } from '../scripts/lib/build-settings';
import { waitForLanguagePack, withOwnServer } from './helpers';
import { ports } from './ports';

// Issue #17: a poster, a text message or a person typing drops the trailing slash. Every page
// opens from its address with or without it (redirected to the canonical address), before and
// after the service worker takes over, online and offline; an address the site does not have
// shows "not found" in its language, never another page.

/** Every page of a language in the build, with the heading it shows (service pages apart). */
function pagesOf(lang: string): { path: string; heading: string }[] {
  const found: { path: string; heading: string }[] = [];
  const walk = (dir: string, path: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !(path === `/${lang}/` && entry.name === 'service')) walk(join(dir, entry.name), `${path}${entry.name}/`);
      else if (entry.name === 'index.html' && !path.endsWith('/not-found/')) {
        const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(readFileSync(join(dir, entry.name), 'utf8'));
        found.push({ path, heading: decodeEntities(h1?.[1] ?? '') });
      }
    }
  };
  walk(join(buildDir, lang), `/${lang}/`);
  return found;
}
const decodeEntities = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

const english = pagesOf('en');
const french = pagesOf('fr').filter(({ path }) => path.split('/').length <= 4); // the main routes
const service = { path: '/en/service/demo-hertford-peer-mentors/', heading: 'Example Peer Mentors Hertford' };
const notFound = {
  en: { heading: 'We could not find this page', findHelp: 'Find help', overdose: 'Overdose help' },
  fr: { heading: "Nous n'avons pas trouvé cette page", findHelp: "Trouver de l'aide", overdose: 'Aide overdose' }
};

/** Opens `path` and checks the page shown is the one at `path` with its slash. */
async function opensAt(page: Page, path: string, canonical: string, heading: string, fromWorker?: boolean): Promise<void> {
  const response = await page.goto(path);
  expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash, path).toBe(canonical);
  await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
  if (fromWorker !== undefined) expect(response?.fromServiceWorker(), `${path} from the service worker`).toBe(fromWorker);
}

/** Every page, asked for with and without its trailing slash. */
async function everyPageBothWays(page: Page, pages: { path: string; heading: string }[], fromWorker?: boolean): Promise<void> {
  for (const { path, heading } of pages) {
    await opensAt(page, path, path, heading, fromWorker);
    if (path !== '/') await opensAt(page, path.slice(0, -1), path, heading, fromWorker);
  }
}

/** The address asked for stays, and says "not found" in its language with the two ways on. */
async function showsNotFound(page: Page, path: string, lang: 'en' | 'fr'): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  expect(new URL(page.url()).pathname, path).toMatch(new RegExp(`^${path}/?$`));
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFound[lang].heading);
  const main = page.locator('main');
  await expect(main.getByRole('link', { name: notFound[lang].findHelp })).toHaveAttribute('href', `/${lang}/`);
  await expect(main.getByRole('link', { name: notFound[lang].overdose })).toHaveAttribute('href', `/${lang}/overdose/`);
}

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('every page opens from its address with or without the trailing slash, query and fragment kept', async ({ page }) => {
    test.setTimeout(120_000);
    await everyPageBothWays(page, [...english, ...french]);
    await opensAt(page, '/en/find?c=housing#results', '/en/find/?c=housing#results', 'Help near you');
    await opensAt(page, service.path.slice(0, -1), service.path, service.heading);
  });

  test('an address the site does not have says "not found" in its language', async ({ page }) => {
    await showsNotFound(page, '/en/nowhere/', 'en');
    await showsNotFound(page, '/en/plan/nowhere', 'en');
    await showsNotFound(page, '/fr/nulle-part/', 'fr');
    await showsNotFound(page, '/nowhere/', 'en');
  });
});

test('with the service worker, online then offline: every page from its address both ways, and "not found"', async ({ browser }) => {
  test.setTimeout(240_000);
  await withOwnServer(browser, ports.addressesOffline, async (page, shutDown) => {
    // French is cached once used (its pack), as on a phone where someone reads it.
    await page.goto('/fr/');
    await waitForLanguagePack(page, 'fr');

    // Online, the worker answers every page (English from its precache, French from the network).
    await everyPageBothWays(page, english, true);
    await everyPageBothWays(page, french, true);
    await opensAt(page, '/en/find?c=housing#results', '/en/find/?c=housing#results', 'Help near you', true);
    await opensAt(page, service.path.slice(0, -1), service.path, service.heading, true);
    await page.goto('/?go=plan');
    await expect(page).toHaveURL(/\/(en|fr)\/plan\/$/);
    for (const [path, lang] of [['/en/nowhere/', 'en'], ['/en/plan/nowhere', 'en'], ['/fr/nulle-part/', 'fr'], ['/nowhere', 'en']] as const)
      await showsNotFound(page, path, lang);

    await shutDown();
    await everyPageBothWays(page, english, true);
    await everyPageBothWays(page, french, true);
    await opensAt(page, '/en/overdose/now?x=1#step', '/en/overdose/now/?x=1#step', 'Make sure it is safe', true);
    // A service page never opened: the app shell draws it from the saved directory.
    await opensAt(page, service.path.slice(0, -1), service.path, service.heading, true);
    for (const [path, lang] of [['/en/nowhere/', 'en'], ['/en/plan/nowhere', 'en'], ['/fr/nulle-part/', 'fr'], ['/nowhere', 'en']] as const)
      await showsNotFound(page, path, lang);
  });
});
