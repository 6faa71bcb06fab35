import { expect, test } from '@playwright/test';
import { withOwnServer } from './helpers';
import { ports } from './ports';

test('after the first visit to Home, the whole Find help flow works with no network', async ({ browser }) => {
  await withOwnServer(browser, ports.findOffline, async (page, shutDown) => {
    // The first visit was Home only: the sample directory is precached with the app.
    await shutDown();

    await page.goto('/en/');
    await page.getByRole('link', { name: 'Food' }).click();
    await expect(page).toHaveURL(/\/en\/find\/\?c=food$/);
    const first = page.getByTestId('results').locator('article h3 a').first();
    await expect(first).toBeVisible();
    const name = (await first.textContent())!.trim();

    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

    await page.goto('/en/find/?near=Stevenage');
    await page.getByLabel('What do you need?').fill('nigth shelter');
    await expect(page.getByTestId('results')).toContainText('Example Night Shelter');

    // A service page never opened before, loaded in full while offline.
    await page.goto('/en/service/demo-leeds-alcohol-drug-advice/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Example');
  });
});
