import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations, chooseLanguage, gotoHydrated, sidewaysOverflow, waitForLanguagePack, withOwnServer } from './helpers';
import { ports } from './ports';

// Issue #8: every language in messages/status.json, read from the file the app is built from.
const status = JSON.parse(readFileSync(new URL('../messages/status.json', import.meta.url), 'utf8')) as Record<
  string,
  { name: string; dir: 'ltr' | 'rtl'; reviewed: boolean }
>;
const codes = Object.keys(status);
const others = codes.filter((code) => code !== 'en');

/** The main routes, as paths after the language; '' is Home. */
const mainRoutes = ['', 'find/', 'plan/', 'overdose/', 'overdose/now/', 'more/', 'more/staying-safe/'];

async function headingOf(page: Page, path: string): Promise<string> {
  await page.goto(path);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  return (await heading.innerText()).trim();
}

test('the header menu lists every language by its own name, and each choice opens the same page in it', async ({ page }) => {
  await gotoHydrated(page, '/en/plan/');
  const english = await page.getByRole('heading', { level: 1 }).innerText();
  for (const code of others) {
    await chooseLanguage(page, code);
    await expect(page).toHaveURL(new RegExp(`/${code}/plan/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', status[code]!.dir);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(english);
    await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
  }
});

for (const code of others) {
  test(`${code}: every main route has its own heading, <html lang="${code}"> and dir="${status[code]!.dir}"`, async ({ page }) => {
    for (const route of mainRoutes) {
      const english = await headingOf(page, `/en/${route}`);
      const translated = await headingOf(page, `/${code}/${route}`);
      expect(translated, `/${code}/${route}`).not.toBe(english);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('html')).toHaveAttribute('dir', status[code]!.dir);
    }
  });
}

test('the unreviewed-translation notice shows on emergency steps in every unreviewed language, and not in English', async ({ page }) => {
  for (const code of codes) {
    await page.goto(`/${code}/overdose/now/`);
    const notice = page.getByTestId('unreviewed-notice');
    if (status[code]!.reviewed) {
      await expect(notice, code).toHaveCount(0);
      continue;
    }
    await expect(notice, code).toBeVisible();
    // Its link opens the same step in English, the source text.
    await expect(notice.getByRole('link')).toHaveAttribute('href', '/en/overdose/now/');
  }
});

test.describe('Arabic at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const route of ['', 'find/', 'overdose/now/']) {
    test(`/ar/${route} is right-to-left, with nothing wider than the screen`, async ({ page }, info) => {
      await page.goto(`/ar/${route}`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (route === 'find/') await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
      const overflow = await sidewaysOverflow(page);
      expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
      // Right-to-left: the first heading starts at the right edge of the page.
      const box = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(box.x + box.width).toBeGreaterThan(320 - 40);
      await info.attach(`ar-${route.replace(/\W+/g, '-') || 'home'}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    });
  }
});

for (const code of ['ar', 'cy']) {
  test(`axe: no WCAG 2.2 AA violations on the main routes in ${code}`, async ({ page }) => {
    for (const route of mainRoutes) {
      await page.goto(`/${code}/${route}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle'); // Find help's results arrive after hydration
      expect(await axeViolations(page), `/${code}/${route}`).toEqual([]);
    }
  });
}

test('offline: a language used once works with no network; one never used falls back to English', async ({ browser }) => {
  await withOwnServer(
    browser,
    ports.languagesOffline,
    async (page, shutDown) => {
      // The pack is cached once the page is idle; wait for its last write (the list itself).
      await waitForLanguagePack(page, 'pl');
      await shutDown();
      for (const route of mainRoutes) {
        const response = await page.goto(`/pl/${route}`);
        expect(response?.fromServiceWorker(), `/pl/${route} from the service worker`).toBe(true);
        await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      }
      // An app page must also start its JavaScript offline (its Polish words come from the pack).
      await gotoHydrated(page, '/pl/find/?c=housing');
      const polishFind = JSON.parse(readFileSync(new URL('../messages/find/pl.json', import.meta.url), 'utf8')) as { find: { results: { heading: string } } };
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(polishFind.find.results.heading);
      await expect(page.getByRole('article').first()).toBeVisible();

      // German was never opened on this phone: offline, the English page instead of an error.
      await page.goto('/de/plan/');
      await expect(page).toHaveURL(/\/en\/plan\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('My plan');
    },
    '/pl/'
  );
});
