import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, gotoHydrated, languages, routes, sidewaysOverflow, textAt200Percent } from './helpers';

const pages = [
  ...languages.flatMap((lang) => routes.map((r) => `/${lang}/${r.page}`)),
  // Find help's results, with a place, a filter and a notice for a garbled parameter.
  '/en/find/?c=housing&open=0&at=53.80,-1.55&view=3d',
  '/fr/find/?q=abri',
  // One service page (a demo record; its other states are checked in service.spec.ts).
  '/en/service/demo-stevenage-recovery-hub/',
  // Staying safe (from More): plain HTML, like the overdose pages.
  ...languages.map((lang) => `/${lang}/more/staying-safe/`)
];

test.describe('axe finds nothing', () => {
  for (const path of pages) {
    test(path, async ({ page }) => {
      await gotoHydrated(page, path);
      await page.waitForLoadState('networkidle'); // Find help's results arrive after hydration
      await expectNoAxeViolations(page);
    });
  }

  test('/ (the language list people see when the redirect cannot run)', async ({ page }) => {
    // `/` forwards at once; axe needs the page to stay, so serve it without its redirect script.
    await page.route('/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script id="language-redirect"[^>]*><\/script>/, '');
      await route.fulfill({ response, body: html });
    });
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Français' })).toBeVisible();
    expect(page.url()).toMatch(/\/$/);
    await expectNoAxeViolations(page);
  });

  test('Find help with the filters open', async ({ page }) => {
    await gotoHydrated(page, '/en/find/?c=food&a=free');
    await page.locator('summary', { hasText: 'Filters' }).click();
    await expect(page.getByRole('checkbox', { name: 'Free' })).toBeChecked();
    // The first list is drawn a few cards a task: check the page once it has stopped moving.
    await expect(page.locator('[data-testid="results"]:not([aria-busy])')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('with the language menu open', async ({ page }) => {
    await gotoHydrated(page, '/en/');
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('link', { name: 'Français' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('at 320 px with text at 200 %', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of pages) {
    test(`${path} has no sideways scrolling`, async ({ page, context }) => {
      await textAt200Percent(page, context);
      await gotoHydrated(page, path);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await sidewaysOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('every control in the frame is at least 44 × 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await gotoHydrated(page, '/fr/more/'); // the longest labels
  const controls = page.locator('header a, header summary, nav a, main button, main a.call');
  const count = await controls.count();
  expect(count).toBeGreaterThanOrEqual(7);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    const box = await control.boundingBox();
    const name = (await control.textContent())?.trim();
    expect(box?.height, `${name} height`).toBeGreaterThanOrEqual(44);
    expect(box?.width, `${name} width`).toBeGreaterThanOrEqual(44);
  }
});
