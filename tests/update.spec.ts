import { ports } from './ports';
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer } from '../scripts/lib/static-server';
import { gotoHydrated, waitForServiceWorker } from './helpers';

const versionB = 'update-test-b';

// Build B: the same code with another version string, as a new deployment would be.
test.beforeAll(() => {
  execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
    env: { ...process.env, ONWARD_VERSION: versionB, ONWARD_OUT: 'build-b' },
    stdio: 'inherit'
  });
});
test.setTimeout(120_000);

/** Puts a mark on the page that a reload would wipe out. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { marked?: boolean }).marked === true);

test('a new version waits for the person to tap Reload, and never reloads other tabs by itself', async ({
  browser
}) => {
  const server = await startStaticServer({ root: 'build', port: ports.update });
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await gotoHydrated(page, '/en/more/');
    await waitForServiceWorker(page);
    const versionA = await page.getByTestId('version').textContent();
    expect(versionA).not.toContain(versionB);
    const banner = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(banner).toHaveCount(0);

    // A second tab, where someone is in the middle of something.
    const other = await context.newPage();
    await gotoHydrated(other, '/en/plan/');
    await markPage(other);

    server.setRoot('build-b');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await expect(banner).toBeVisible({ timeout: 15_000 });
    await expect(other.getByRole('status').filter({ hasText: 'A new version is ready' })).toBeVisible();
    await markPage(page);
    await page.waitForTimeout(1500);
    expect(await stillMarked(page), 'no reload before the tap').toBe(true);

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByTestId('version')).toHaveText(`Version ${versionB}`, { timeout: 15_000 });
    expect(await stillMarked(page)).toBe(false);

    // The other tab is now run by the new worker but keeps its page until its person says so.
    await other.waitForTimeout(1500);
    expect(await stillMarked(other), 'the other tab did not reload by itself').toBe(true);
    await Promise.all([other.waitForEvent('load'), other.getByRole('button', { name: 'Reload' }).click()]);
    expect(await stillMarked(other)).toBe(false);
    await other.goto('/en/more/');
    await expect(other.getByTestId('version')).toHaveText(`Version ${versionB}`);
  } finally {
    await context.close();
    await server.close();
  }
});
