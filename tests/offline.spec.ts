import { expect, test } from '@playwright/test';
import { startStaticServer } from '../scripts/lib/static-server.js';
import { gotoHydrated, routes, waitForServiceWorker } from './helpers';

// context.setOffline() does not stop the service worker's own fetches (microsoft/playwright#2311),
// so a page the worker failed to cache could still come from the network. This test therefore
// also shuts its own server down: after that, only the worker's cache can answer.
test('after one visit, every page opens with no network', async ({ browser }) => {
  const server = await startStaticServer({ root: 'build', port: 4176 });
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
  const page = await context.newPage();
  try {
    await gotoHydrated(page, '/en/');
    await waitForServiceWorker(page);
    await server.close();
    await context.setOffline(true);

    for (const lang of ['en', 'fr'] as const)
      for (const route of routes) {
        const response = await page.goto(`/${lang}/${route.page}`);
        expect(response?.fromServiceWorker(), `${lang}/${route.page} from the service worker`).toBe(true);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading[lang]);
        await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
      }

    // The installed app starts at `/`, which must also work offline and still pick the language.
    await page.goto('/');
    await expect(page).toHaveURL(/\/(en|fr)\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    await context.close();
    await server.close().catch(() => undefined);
  }
});

test.describe('control', () => {
  test.use({ serviceWorkers: 'block' });
  test('without the service worker, going offline really fails', async ({ page, context }) => {
    await page.goto('/en/');
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});
