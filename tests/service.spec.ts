import { expect, test, type Page } from '@playwright/test';
import { announced, expectNoAxeViolations, gotoHydrated, withOwnServer } from './helpers';
import { ports } from './ports';
import { cacheNames } from '../src/lib/pwa/cache-names';

// Demo records (data/demo.json): a mentor line with a mobile and a text number, a recovery hub
// with only a landline, and a clinic last checked over a year before the test's clock.
const mentors = '/en/service/demo-hertford-peer-mentors/';
const hub = '/en/service/demo-stevenage-recovery-hub/';
const stale = '/en/service/demo-manchester-script-continuity/';

/** Thursday 26 Nov 2026, 12:00 in London: fixed, so "today" and "a year ago" do not drift. */
async function thursdayNoon(page: Page) {
  await page.clock.setFixedTime(new Date('2026-11-26T12:00:00Z'));
}


test('the prerendered page previews in a messaging app, with no JavaScript', async ({ request }) => {
  const html = await (await request.get(hub)).text();
  const meta = (attribute: string, name: string) => new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1];
  expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe('Example Recovery Hub Stevenage: Onward');
  expect(meta('name', 'description')).toBe('Drugs and alcohol · Prescriptions and scripts · Needles and naloxone · Stevenage');
  expect(meta('property', 'og:title')).toBe('Example Recovery Hub Stevenage: Onward');
  expect(meta('property', 'og:description')).toContain('Stevenage');
  expect(meta('property', 'og:type')).toBe('website');
  expect(meta('property', 'og:locale')).toBe('en_GB');
  const url = meta('property', 'og:url');
  expect(url).toMatch(/^https?:\/\/[^/]+\/en\/service\/demo-stevenage-recovery-hub\/$/);
  expect(/<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]).toBe(url);
  // The details are in the HTML itself, not fetched by a script.
  expect(html).toContain('<h1 dir="auto">Example Recovery Hub Stevenage</h1>');
  expect(html).toContain('href="tel:01632960723"');
  // The directory files are fetched by the app, not copied into every page.
  expect(html).not.toContain('data-sveltekit-fetched');

  const french = await (await request.get('/fr/service/demo-stevenage-recovery-hub/')).text();
  expect(french).toContain('<meta property="og:locale" content="fr_FR"');
  expect(french).toContain('Drogues et alcool');
});

test('buttons have the right tel:, sms:, geo: and mailto: targets', async ({ page }) => {
  await gotoHydrated(page, mentors);
  const actions = page.getByRole('group', { name: 'What you can do' });
  await expect(actions.getByRole('link', { name: 'Call 07700 900309' })).toHaveAttribute('href', 'tel:07700900309');
  await expect(actions.getByRole('link', { name: 'Text' })).toHaveAttribute('href', 'sms:07700900493');
  await expect(actions.getByRole('link', { name: 'Directions' })).toHaveAttribute(
    'href',
    'geo:51.7997,-0.07534?q=51.7997,-0.07534(Example%20Peer%20Mentors%20Hertford)'
  );
  const report = page.getByRole('link', { name: 'Report wrong information' });
  const href = (await report.getAttribute('href'))!;
  expect(href.startsWith('mailto:demo-data@example.org?subject=')).toBe(true);
  expect(decodeURIComponent(new URL(href).searchParams.get('subject')!)).toBe(
    'Wrong information: Example Peer Mentors Hertford (demo-hertford-peer-mentors)'
  );

  // National helplines have no report address until a deployer adds one: say who to tell instead.
  await gotoHydrated(page, '/en/service/national-samaritans/');
  await expect(page.getByRole('link', { name: 'Report wrong information' })).toHaveCount(0);
  await expect(page.getByText('please tell the service when you contact them')).toBeVisible();
  await expect(page.getByText('Mental health · For all of the UK')).toBeVisible();

  // A landline cannot take texts: no Text button.
  await gotoHydrated(page, hub);
  await expect(page.getByRole('link', { name: /^Call/ })).toHaveAttribute('href', 'tel:01632960723');
  await expect(page.getByRole('link', { name: 'Text', exact: true })).toHaveCount(0);
});

test('a helpline says where it works and where its number was found, with how it was checked', async ({ page }) => {
  await thursdayNoon(page);
  await gotoHydrated(page, '/en/service/national-shelter-england/');
  await expect(page.getByText('Housing and a bed tonight · For England only')).toBeVisible();
  const source = page.getByTestId('number-source');
  await expect(source).toHaveText(
    'Source of this number: prisonreformtrust.org.uk. Checked November 2026 using saved copies of the web pages, not yet the live pages.'
  );
  const link = source.getByRole('link', { name: 'prisonreformtrust.org.uk' });
  await expect(link).toHaveAttribute('href', 'http://www.prisonreformtrust.org.uk/ForPrisonersFamilies/PrisonerInformationPages/Resettlement');
  expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expectNoAxeViolations(page);

  // Where FRANK works is not confirmed: no nations, and never "UK-wide".
  await gotoHydrated(page, '/en/service/national-frank/');
  await expect(page.getByText('Drugs and alcohol', { exact: true })).toBeVisible();
  await expect(page.getByText(/For all of the UK|UK-wide/)).toHaveCount(0);

  // A demo record is made up: it names no source.
  await gotoHydrated(page, hub);
  await expect(page.getByTestId('number-source')).toHaveCount(0);
});

test('a helpline page in French names the nations in French', async ({ page }) => {
  await gotoHydrated(page, '/fr/service/national-nhs-111/');
  await expect(page.getByText("Pour l'Angleterre et le pays de Galles")).toBeVisible();
  await expect(page.getByTestId('number-source')).toContainText('novembre 2026');
});

test('shows what the service is, its hours with today marked, and when it was checked', async ({ page }) => {
  await thursdayNoon(page);
  await gotoHydrated(page, hub);
  await expect(page.getByTestId('demo-notice')).toHaveText('This is a demo record, not a real service. Do not go there or phone it.');
  await expect(page.getByRole('heading', { name: 'What they offer' })).toBeVisible();
  await expect(page.getByText('Open now · closes 20:00')).toBeVisible();
  const today = page.locator('tr[aria-current="date"]');
  await expect(today).toHaveCount(1);
  await expect(today).toContainText('Thursday');
  await expect(today).toContainText('Today');
  await expect(today).toContainText('09:00 to 20:00');
  await expect(page.getByTestId('last-checked')).toHaveText('Last checked: 18 Mar 2026');
  await expect(page.getByTestId('stale-warning')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('warns when the details were checked over a year ago', async ({ page }) => {
  await thursdayNoon(page);
  await gotoHydrated(page, stale);
  await expect(page.getByTestId('last-checked')).toHaveText('Last checked: 4 Apr 2025');
  await expect(page.getByTestId('stale-warning')).toContainText('checked more than a year ago');
  await expectNoAxeViolations(page);
});

test.describe('share', () => {
  test('uses the phone’s share sheet where there is one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data)
      });
    });
    await gotoHydrated(page, mentors);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url)).toBe(page.url());
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.title)).toBe('Example Peer Mentors Hertford: Onward');
    await expect(page.getByText('Link copied')).toHaveCount(0);
  });

  test('closing the share sheet is not an error', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: async () => Promise.reject(new DOMException('closed', 'AbortError')) });
    });
    await gotoHydrated(page, mentors);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(announced(page)).toHaveText('');
    await expect(page.locator('main .status')).toHaveText('');
    await expect(page.getByLabel('Copy this link to share it')).toHaveCount(0);
  });

  test('without a share sheet, copies the link and says so', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.addInitScript(() => {
      // Linux Chromium has none already; make sure, whatever the test browser.
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await gotoHydrated(page, mentors);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.locator('main .status')).toHaveText('Link copied. You can paste it into a message.');
    await expect(announced(page)).toHaveText('Link copied. You can paste it into a message.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('when copying fails too, shows the link to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
    });
    await gotoHydrated(page, mentors);
    await page.getByRole('button', { name: 'Share' }).click();
    const field = page.getByLabel('Copy this link to share it');
    await expect(field).toHaveValue(page.url());
    await expect(field).toHaveAttribute('readonly', '');
    await expectNoAxeViolations(page);
  });
});

test('shows a big QR code of the page’s link only when asked', async ({ page }) => {
  await gotoHydrated(page, mentors);
  await expect(page.getByRole('img', { name: 'QR code of the link to this page' })).toHaveCount(0);
  const button = page.getByRole('button', { name: 'QR code' });
  await button.click();
  const code = page.getByRole('img', { name: 'QR code of the link to this page' });
  await expect(code).toBeVisible();
  expect((await code.boundingBox())!.width).toBeGreaterThanOrEqual(250);
  await expect(page.getByTestId('qr-link')).toHaveText(page.url());
  await expect(page.getByRole('button', { name: 'Hide QR code' })).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);
});

test('an unknown service says so and leads back to Find help', async ({ page }) => {
  await gotoHydrated(page, hub);
  // A link to a service the directory no longer has, followed inside the app.
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: '/en/service/no-such-service/', textContent: 'old link' });
    document.querySelector('main')!.append(link);
  });
  await page.getByRole('link', { name: 'old link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find this service');
  await expect(page).toHaveTitle('Service not found: Onward');
  await expect(page.getByRole('link', { name: 'Back to Find help' })).toHaveAttribute('href', '/en/');
  await expectNoAxeViolations(page);
});

test.describe('offline before its part of the directory was saved', () => {
  test.use({ serviceWorkers: 'block' });
  test('says the service is not on the phone yet, never a blank page', async ({ page }) => {
    await page.route('**/directory/{shards,lookup}/**', (route) => route.abort('internetdisconnected'));
    await gotoHydrated(page, hub);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This service is not on your phone yet');
    await expect(page.getByRole('link', { name: 'Back to Find help' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('offline with its area on the phone but not its details', () => {
  test.use({ serviceWorkers: 'block' });
  test('shows what the list knows (name, call, hours) and says the rest needs a signal', async ({ page }) => {
    // A region shard carries what a list needs; the description, website and who runs it come in
    // the shard's details file, fetched when a page is opened (Directory.getService).
    let detailsAsked = 0;
    await page.route('**/directory/details/**', (route) => {
      detailsAsked++;
      return route.abort('internetdisconnected');
    });
    await gotoHydrated(page, mentors);
    await expect(page.getByTestId('partial-notice')).toHaveText(
      'Some details of this service are not on your phone yet: what they offer, who it is for, their website. Open this page again when you have signal.'
    );
    expect(detailsAsked).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Peer Mentors Hertford');
    await expect(page.getByRole('link', { name: 'Call 07700 900309' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Opening hours' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What they offer' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});

test('a service opened once opens again offline, after a reload', async ({ browser }) => {
  await withOwnServer(browser, ports.serviceOffline, async (page, shutDown) => {
    await gotoHydrated(page, mentors);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Peer Mentors Hertford');
    // The worker caches the page after answering; wait until it is there.
    await expect
      .poll(() => page.evaluate(async ({ path, cache }) => !!(await (await caches.open(cache)).match(path)), { path: mentors, cache: cacheNames.servicePages }))
      .toBe(true);

    await shutDown();
    await page.reload();
    await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Example Peer Mentors Hertford');
    await expect(page.getByRole('link', { name: 'Call 07700 900309' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to Find help' })).toHaveCount(0);
  });
});

test('every link and button on a service page is at least 44 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await gotoHydrated(page, '/fr/service/demo-hertford-peer-mentors/'); // the longest labels
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('link', { name: 'Voir vos services enregistrés' })).toBeVisible();
  const controls = page.locator('main a, main button');
  expect(await controls.count()).toBeGreaterThanOrEqual(12);
  for (const control of await controls.all()) {
    const box = (await control.boundingBox())!;
    const name = (await control.textContent())?.trim();
    expect(box.height, `${name} height`).toBeGreaterThanOrEqual(44);
    expect(box.width, `${name} width`).toBeGreaterThanOrEqual(44);
  }
});
