import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { startStaticServer } from '../scripts/lib/static-server';
import { cacheNames } from '../src/lib/pwa/cache-names';

/** The four destinations, with the heading each shows, per language. */
export const routes = [
  { page: '', heading: { en: 'Find help', fr: "Trouver de l'aide" } },
  { page: 'plan/', heading: { en: 'My plan', fr: 'Mon plan' } },
  { page: 'overdose/', heading: { en: 'Overdose help', fr: 'Aide overdose' } },
  { page: 'more/', heading: { en: 'More', fr: 'Plus' } }
] as const;

export const languages = ['en', 'fr'] as const;

/**
 * One of each screen a person moves through, in English: Home, Find help with results, a service
 * page, My plan, More, Overdose help and the emergency steps (the same list `npm run size` measures).
 */
export const everyScreen = [
  '/en/',
  '/en/find/?c=housing&near=Leeds',
  '/en/service/demo-leeds-alcohol-drug-advice/',
  '/en/plan/',
  '/en/more/',
  '/en/overdose/',
  '/en/overdose/now/'
];

/** Opens a page and waits until Svelte has attached its handlers (a tap before that is lost). */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
}

/**
 * Waits until the service worker controls the page, so what follows is served from its cache.
 * (Not page.waitForFunction: it does not wait for an async predicate, whose Promise is truthy.)
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const reg = await navigator.serviceWorker.ready;
          return !!reg.active && !!navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js');
        }),
      { timeout: 15_000 }
    )
    .toBe(true);
}

/** Picks a language from the header's language menu, as a person would. */
export async function chooseLanguage(page: Page, code: string): Promise<void> {
  await page.locator('summary', { hasText: /^\s*[A-Z-]+/ }).first().click();
  await page.locator(`a[hreflang="${code}"]`).click();
}

/** Waits until a language's offline pack is cached whole (src/lib/i18n/offline-language.ts writes its list last). */
export async function waitForLanguagePack(page: Page, lang: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(async ({ code, cache }) => !!(await (await caches.open(cache)).match(`/language-packs/${code}.json`)), { code: lang, cache: cacheNames.languagePages }), {
      timeout: 30_000
    })
    .toBe(true);
}

/**
 * Runs an offline check on a server of its own: opens `firstPath` (`/en/` unless given) there,
 * waits for the service worker, then hands over the page and a `shutDown` that stops the server
 * and takes the page offline.
 * context.setOffline() alone does not stop the worker's own fetches (microsoft/playwright#2311),
 * so after `shutDown` only the worker's caches can answer.
 */
export async function withOwnServer(
  browser: Browser,
  port: number,
  check: (page: Page, shutDown: () => Promise<void>) => Promise<void>,
  firstPath = '/en/'
): Promise<void> {
  // The first visit installs the service worker, which saves the app, the sample directory and
  // the towns table: on a busy 2-core CI machine that alone can take most of the default 30 s.
  test.info().setTimeout(test.info().timeout + 30_000);
  const server = await startStaticServer({ root: 'build', port });
  const context = await browser.newContext({ baseURL: server.url, serviceWorkers: 'allow' });
  const page = await context.newPage();
  try {
    await gotoHydrated(page, firstPath);
    await waitForServiceWorker(page);
    await check(page, async () => {
      await server.close();
      await context.setOffline(true);
    });
  } finally {
    await context.close();
    await server.close().catch(() => undefined);
  }
}

/**
 * The browser's own text-size setting at 200 % (32 px instead of 16), as a person with large text
 * has it: it drives em-based media queries, like the one that unpins the bottom bar, which
 * page.setViewportSize or CSS zoom would not.
 */
export async function textAt200Percent(page: Page, context: BrowserContext): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** How far the page scrolls sideways (0 or less: it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A 1 × 1 PNG, the answer of the fake map tile servers. */
export const tilePng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** WCAG 2.2 A and AA; every tag must be listed, or axe skips rules such as colour contrast. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's violations on the page as it is, checked from the end of the page: there the sticky
 * bottom bar sits below the content. Mid-page it covers whatever scrolls under it, which axe's
 * target-size rule counts as a too-small target although one scroll uncovers it.
 */
export async function axeViolations(page: Page): Promise<unknown[]> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  return (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations;
}

/** No axe violations on the page as it is (see axeViolations). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * What the app's one polite live region (src/lib/components/announce.ts) last said; `assertive`:
 * the one that interrupts. Visible words are checked where they are shown, in main.
 */
export function announced(page: Page, assertive = false): Locator {
  return page.locator(assertive ? '#announce-assertive' : '#announce-polite');
}

/**
 * Records every text the live regions are given from now on (call before the page loads): a
 * message followed within moments by another is still told to a screen reader, though the
 * region then holds only the later one.
 */
export async function recordAnnouncements(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { onwardAnnounced: string[] }).onwardAnnounced = said;
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('#announce-polite, #announce-assertive')) {
        const text = region.textContent?.trim();
        if (text && said.at(-1) !== text) said.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { onwardAnnounced: string[] }).onwardAnnounced);
}

/** The message lines components show after an action (`.message`, My plan's status line), as sighted people read them. */
export function shownMessage(page: Page): Locator {
  return page.locator('main :is(.message, .plan-status)');
}
