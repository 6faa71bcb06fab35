import { ports } from './ports';
import { expect, test } from '@playwright/test';
import { gotoHydrated, routes, waitForLanguagePack, withOwnServer } from './helpers';

test('after one visit, every page opens with no network', async ({ browser }) => {
  await withOwnServer(browser, ports.offline, async (page, shutDown) => {
    // English is precached; French, like every other language, once it has been used (its pack).
    await gotoHydrated(page, '/fr/plan/');
    await waitForLanguagePack(page, 'fr');
    await shutDown();

    for (const lang of ['en', 'fr'] as const)
      for (const route of routes) {
        const response = await page.goto(`/${lang}/${route.page}`);
        expect(response?.fromServiceWorker(), `${lang}/${route.page} from the service worker`).toBe(true);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading[lang]);
        await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
      }

    // Staying safe ships no app JavaScript (no hydration to wait for), but must open offline too.
    for (const [lang, heading] of [['en', 'Staying safe'], ['fr', 'Rester en sécurité']] as const) {
      const response = await page.goto(`/${lang}/more/staying-safe/`);
      expect(response?.fromServiceWorker(), `${lang}/more/staying-safe/ from the service worker`).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    }

    // The installed app starts at `/`, which must also work offline and still pick the language.
    await page.goto('/');
    await expect(page).toHaveURL(/\/(en|fr)\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('control', () => {
  test.use({ serviceWorkers: 'block' });
  test('without the service worker, going offline really fails', async ({ page, context }) => {
    await page.goto('/en/');
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});
