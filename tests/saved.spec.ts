import { expect, test, type Page } from '@playwright/test';
import { announced, expectNoAxeViolations, gotoHydrated, sidewaysOverflow, textAt200Percent, withOwnServer } from './helpers';
import { ports } from './ports';
import { cacheNames } from '../src/lib/pwa/cache-names';

const mentors = '/en/service/demo-hertford-peer-mentors/';
const hub = '/en/service/demo-stevenage-recovery-hub/';

async function save(page: Page, path: string) {
  await gotoHydrated(page, path);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();
}

test('save, reload: still saved; the Saved list in More links to it', async ({ page }) => {
  await gotoHydrated(page, mentors);
  await expect(page.getByText('Saved on this phone.')).toHaveCount(0);
  await save(page, mentors);
  await expect(page.locator('main').getByText('Saved on this phone.')).toBeVisible();
  await expect(announced(page)).toHaveText('Saved on this phone.');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();

  await page.getByRole('link', { name: 'See your saved services' }).click();
  await expect(page).toHaveURL(/\/en\/more\/$/);
  const list = page.getByTestId('saved-list');
  const link = list.getByRole('link', { name: /Example Peer Mentors Hertford/ });
  await expect(link).toHaveAttribute('href', mentors);
  await expect(link).toContainText('Hertford');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Peer Mentors Hertford');
});

test('the Saved list shows the newest first; Remove can be undone', async ({ page }) => {
  await save(page, hub);
  await save(page, mentors);
  await gotoHydrated(page, '/en/more/');
  const list = page.getByTestId('saved-list');
  await expect(list.getByRole('listitem')).toHaveText([/Example Peer Mentors Hertford/, /Example Recovery Hub Stevenage/]);
  await expectNoAxeViolations(page);

  await list.getByRole('button', { name: 'Remove from saved: Example Peer Mentors Hertford' }).click();
  await expect(list.getByRole('listitem')).toHaveText([/Example Recovery Hub Stevenage/]);
  await expect(list.locator('.removed')).toContainText('Removed Example Peer Mentors Hertford.');
  await expect(announced(page)).toHaveText('Removed Example Peer Mentors Hertford.');
  // Focus moves to Undo, so the next tap or key press can bring it back.
  await expect(list.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expectNoAxeViolations(page);

  await list.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveText([/Example Peer Mentors Hertford/, /Example Recovery Hub Stevenage/]);

  for (const name of ['Example Peer Mentors Hertford', 'Example Recovery Hub Stevenage']) {
    await list.getByRole('button', { name: `Remove from saved: ${name}` }).click();
    await expect(list.locator('.removed')).toContainText(`Removed ${name}.`);
  }
  await page.reload();
  await expect(page.getByTestId('saved-list')).toContainText('You have not saved any services yet.');
  await expectNoAxeViolations(page);
});

test('a saved service the directory no longer has says so, from the Saved list', async ({ page }) => {
  await save(page, hub);
  // As a service dropped from a later dataset would be: saved, then gone from the directory.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('onward');
        open.onsuccess = () => {
          const tx = open.result.transaction('saved', 'readwrite');
          tx.objectStore('saved').put({ id: 'demo-closed-long-ago', name: 'Example Closed Service', categories: ['food'], savedAt: Date.now() });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      })
  );
  await gotoHydrated(page, '/en/more/');
  await page.getByRole('link', { name: /Example Closed Service/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find this service');
});

test('at 320 px with text at 200 %, the Saved list has no sideways scrolling', async ({ page, context }) => {
  await save(page, mentors);
  await page.setViewportSize({ width: 320, height: 640 });
  await textAt200Percent(page, context);
  await gotoHydrated(page, '/fr/more/');
  await expect(page.getByTestId('saved-list').getByRole('listitem')).toHaveCount(1);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  const remove = page.getByRole('button', { name: /^Retirer des enregistrés/ });
  const box = (await remove.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
});

test('the Saved list, and a saved service, work offline', async ({ browser }) => {
  await withOwnServer(browser, ports.savedOffline, async (page, shutDown) => {
    await save(page, mentors);
    await expect
      .poll(() => page.evaluate(async ({ path, cache }) => !!(await (await caches.open(cache)).match(path)), { path: mentors, cache: cacheNames.servicePages }))
      .toBe(true);

    await shutDown();
    await page.goto('/en/more/');
    const link = page.getByTestId('saved-list').getByRole('link', { name: /Example Peer Mentors Hertford/ });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Peer Mentors Hertford');
    await expect(page.getByRole('button', { name: 'Remove from saved' })).toBeVisible();

    // Removing works offline too.
    await page.goto('/en/more/');
    await page.getByRole('button', { name: 'Remove from saved: Example Peer Mentors Hertford' }).click();
    await expect(page.locator('main').getByText('Removed Example Peer Mentors Hertford.')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('saved-list')).toContainText('You have not saved any services yet.');
  });
});
