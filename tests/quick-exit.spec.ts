import { expect, test, type Page, type Route } from '@playwright/test';
import { axeViolations, gotoHydrated, textAt200Percent } from './helpers';
import { makePlan, newMarker, turnOnLock } from './personal-data';

// Quick exit (GOV.UK "Exit this page"): the header link, or Shift pressed 3 times, blanks the page
// at once, then replaces it with a neutral site. The test build sets no VITE_QUICK_EXIT_URL, so
// that site is the default; it is never really fetched: page.route answers for it.
const neutral = 'https://www.bbc.co.uk/weather';

/** Every kind of page: plain HTML with a small script (Home, an emergency step, Staying safe) and the app's own. */
const pages = [
  '/en/',
  '/en/find/',
  '/en/service/demo-leeds-alcohol-drug-advice/',
  '/en/plan/',
  '/en/overdose/now/',
  '/en/more/staying-safe/'
];

const quickExitLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Quick exit' });

/**
 * Answers for the neutral site, and records each request for it. `hold` keeps the answer back
 * until `release()`, so a test can look at the page while it is being left.
 */
async function neutralSite(page: Page, { hold = false } = {}) {
  const requests: { referer: string | undefined }[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrived = () => {};
  const requested = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(`${neutral}**`, async (route: Route) => {
    requests.push({ referer: route.request().headers()['referer'] });
    arrived();
    if (hold) await released;
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' });
  });
  return { requests, requested, release };
}

/** Opens a page and waits until Quick exit is listening (after hydration, or after the page's own script). */
async function open(page: Page, path: string): Promise<void> {
  await gotoHydrated(page, path);
  await expect(quickExitLink(page)).toBeVisible();
}

async function pressShift(page: Page, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press('Shift');
}

/**
 * A picture of what the person sees. While the neutral site has not answered, the old page is
 * still on screen, but Playwright (and the protocol's Runtime.evaluate) wait for the navigation
 * before they look at it; the protocol's screenshot does not.
 */
async function screen(page: Page): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page);
  // Not detached: that too waits for the navigation. The page's context closes it.
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  return Buffer.from(data, 'base64');
}

/** A picture of a plain white screen in this page, for comparison. Take it before opening the page to test. */
async function whiteScreen(page: Page): Promise<Buffer> {
  await page.setContent('<!doctype html><html style="background:#fff"></html>');
  return screen(page);
}

/**
 * Makes `leave` happen, and checks that before it the page shows itself, and after it (still
 * there, being left) a plain white screen, the same as `white` (from whiteScreen).
 */
async function expectBlankWhileLeaving(page: Page, white: Buffer, site: { requested: Promise<void> }, leave: () => Promise<void>): Promise<void> {
  expect((await screen(page)).equals(white), 'the page shows itself before').toBe(false);
  await leave();
  await site.requested;
  expect((await screen(page)).equals(white), 'a plain white screen while leaving').toBe(true);
}

for (const path of pages) {
  test.describe(path, () => {
    test('Shift 3 times blanks the page before leaving, without a referrer, and Back skips the page', async ({ page }) => {
      const white = await whiteScreen(page);
      await page.goto('/en/more/'); // the page Back should return to
      const site = await neutralSite(page, { hold: true });
      await open(page, path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

      // The neutral site has not answered yet: the page is still this one, and already blank.
      await expectBlankWhileLeaving(page, white, site, () => pressShift(page, 3));
      expect(page.url()).toContain(path);

      site.release();
      await expect(page).toHaveURL(neutral);
      await expect(page.getByText('Weather')).toBeVisible();
      expect(site.requests).toEqual([{ referer: undefined }]);

      // location.replace: the exited page is gone from history; Back goes to the page before it.
      await page.goBack();
      await expect(page).toHaveURL('/en/more/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('More');
    });

    test('tapping Quick exit blanks the page before leaving, without a referrer', async ({ page }) => {
      const white = await whiteScreen(page);
      const site = await neutralSite(page, { hold: true });
      await open(page, path);
      await expectBlankWhileLeaving(page, white, site, () => quickExitLink(page).tap());
      expect(page.url()).toContain(path);
      site.release();
      await expect(page).toHaveURL(neutral);
      expect(site.requests).toEqual([{ referer: undefined }]);
    });

    test('Shift used with another key (Shift+A) does not count', async ({ page }) => {
      const site = await neutralSite(page);
      await open(page, path);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+A');
      await page.waitForTimeout(300);
      expect(site.requests).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Still listening: 3 presses of Shift alone do exit.
      await pressShift(page, 3);
      await expect(page).toHaveURL(neutral);
    });

    test('another key, or more than 5 seconds, starts the count again', async ({ page }) => {
      await page.clock.install();
      const site = await neutralSite(page);
      await open(page, path);
      await pressShift(page, 2);
      await page.keyboard.press('Tab');
      await pressShift(page, 1);
      await pressShift(page, 1);
      await page.clock.fastForward(6000);
      await pressShift(page, 1);
      await page.waitForTimeout(300);
      expect(site.requests).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Two more within 5 seconds of that one make 3.
      await page.clock.fastForward(4000);
      await pressShift(page, 2);
      await expect(page).toHaveURL(neutral);
    });

    test('coming back from the back/forward cache shows the page again', async ({ page }) => {
      // Chromium does not keep a page that location.replace() left in its back/forward cache, so
      // a real Back never brings the blank page back here. Instead: a 204 answer cancels the
      // navigation and leaves the blank page in place, then a `pageshow` like the cache's is sent.
      await page.route(`${neutral}**`, (route) => route.fulfill({ status: 204 }));
      await open(page, path);
      await pressShift(page, 3);
      await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).display)).toBe('none');
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(quickExitLink(page)).toBeVisible();
    });

    test('tells the lock, before the page goes', async ({ page }) => {
      await page.route(`${neutral}**`, (route) => route.fulfill({ status: 204 }));
      await open(page, path);
      // What the lock will do: listen, and look at the page as the event arrives.
      await page.evaluate(() => {
        window.addEventListener('onward:quick-exit', () => {
          document.body.dataset.exitSeenWhile = getComputedStyle(document.documentElement).display;
        });
      });
      await pressShift(page, 3);
      await expect(page.locator('body')).toHaveAttribute('data-exit-seen-while', 'block');
    });
  });
}

test('with a lock set, coming back after Quick exit shows the lock, not the plan', async ({ page }) => {
  const m = newMarker();
  await makePlan(page, m);
  await turnOnLock(page, 'pin', '1470');
  await page.getByRole('link', { name: 'My plan' }).click(); // the same page: the key is held
  await expect(page.getByTestId('contact').filter({ hasText: `${m} Sam` })).toBeVisible({ timeout: 15_000 });
  // As in the back/forward cache test above: the exit stays on this page, which then comes back.
  await page.route(`${neutral}**`, (route) => route.fulfill({ status: 204 }));
  await pressShift(page, 3);
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).display)).toBe('none');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain(m);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of pages) {
    test(`${path}: Quick exit is a plain link to the neutral site, sent without a referrer`, async ({ page }) => {
      const site = await neutralSite(page);
      await page.goto(path);
      await expect(quickExitLink(page)).toHaveAttribute('href', neutral);
      await quickExitLink(page).click();
      await expect(page).toHaveURL(neutral);
      expect(site.requests).toEqual([{ referer: undefined }]);
    });
  }
});

test.describe('at 320 px with text at 200 %', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of pages) {
    test(`${path}: Quick exit is on screen and at least 44 × 44 px`, async ({ page, context }) => {
      await textAt200Percent(page, context);
      await open(page, path);
      await expect(quickExitLink(page)).toBeInViewport();
      const box = await quickExitLink(page).boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    });
  }
});

test.describe('the Staying safe page', () => {
  for (const lang of ['en', 'fr'] as const) {
    test(`${lang}: is reached from More, and axe finds nothing`, async ({ page }) => {
      const names = {
        en: { link: 'Staying safe: quick exit, private tabs and your history', heading: 'Staying safe' },
        fr: { link: 'Rester en sécurité : sortie rapide, onglets privés et historique', heading: 'Rester en sécurité' }
      }[lang];
      await gotoHydrated(page, `/${lang}/more/`);
      await page.getByRole('link', { name: names.link }).click();
      await expect(page).toHaveURL(`/${lang}/more/staying-safe/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(names.heading);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('says honestly what Quick exit does not do', async ({ page }) => {
    await page.goto('/en/more/staying-safe/');
    await expect(page.getByRole('heading', { level: 2, name: 'Quick exit' })).toBeVisible();
    await expect(page.getByText('Quick exit does not delete your browser history.')).toBeVisible();
    await expect(page.getByText('If you also delete cookies and site data, your Onward plan is deleted too.')).toBeVisible();
  });
});
