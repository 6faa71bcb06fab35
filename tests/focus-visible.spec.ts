import { expect, test, type Page } from '@playwright/test';
import { everyScreen, gotoHydrated } from './helpers';

// WCAG 2.2, 2.4.11 Focus Not Obscured: on a small phone, every control Tab reaches is wholly on
// screen and not under the sticky bottom bar (src/app.css gives the page scroll-padding for it).
test.use({ viewport: { width: 320, height: 640 } });

const pages = everyScreen;

/** More Tab stops than any of these pages has: the walk ends when focus comes round again. */
const maxStops = 400;

interface Stop {
  name: string;
  box: { top: number; bottom: number; left: number; right: number };
  inBar: boolean;
  barTop: number | null;
  viewport: { width: number; height: number };
}

/** The focused element, its box, and where the bottom bar starts while it is pinned. */
function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const bar = document.querySelector('.bottom-nav');
    const pinned = bar && getComputedStyle(bar).position === 'sticky';
    const { top, bottom, left, right } = element.getBoundingClientRect();
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      name: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${text}"`,
      box: { top, bottom, left, right },
      inBar: !!bar?.contains(element),
      barTop: pinned ? bar.getBoundingClientRect().top : null,
      viewport: { width: document.documentElement.clientWidth, height: window.innerHeight }
    };
  });
}

for (const path of pages) {
  test(`every focused control is in view and clear of the bottom bar: ${path}`, async ({ page }) => {
    test.info().setTimeout(90_000);
    await gotoHydrated(page, path);
    if (path.includes('/find/')) await expect(page.locator('.summary')).toHaveText(/\d+ place/);
    await page.waitForLoadState('networkidle');

    const hidden: string[] = [];
    const seen = new Set<string>();
    let stops = 0;
    for (; stops < maxStops; stops++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (!stop) break;
      // Round again: the first control after the address bar is the skip link, seen first.
      const key = `${stop.name} ${Math.round(stop.box.top + (await page.evaluate(() => window.scrollY)))}`;
      if (seen.has(key)) break;
      seen.add(key);
      const { box, viewport } = stop;
      // Half a pixel: boxes are fractional at this device scale.
      const onScreen = box.top >= -0.5 && box.left >= -0.5 && box.bottom <= viewport.height + 0.5 && box.right <= viewport.width + 0.5;
      const clearOfBar = stop.inBar || stop.barTop === null || box.bottom <= stop.barTop + 0.5;
      if (!onScreen || !clearOfBar) hidden.push(`${stop.name}: top ${box.top.toFixed(1)}, bottom ${box.bottom.toFixed(1)}, bar at ${stop.barTop?.toFixed(1)}`);
    }
    expect(stops, 'Tab reached some controls').toBeGreaterThan(4);
    expect(stops, 'the walk came round before the limit').toBeLessThan(maxStops);
    expect(hidden).toEqual([]);
  });
}
