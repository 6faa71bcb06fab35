import { expect, type Page } from '@playwright/test';

/** The four destinations, with the heading each shows, per language. */
export const routes = [
  { page: '', heading: { en: 'Find help', fr: "Trouver de l'aide" } },
  { page: 'plan/', heading: { en: 'My plan', fr: 'Mon plan' } },
  { page: 'overdose/', heading: { en: 'Overdose help', fr: 'Aide overdose' } },
  { page: 'more/', heading: { en: 'More', fr: 'Plus' } }
] as const;

export const languages = ['en', 'fr'] as const;

/** Opens a page and waits until Svelte has attached its handlers (a tap before that is lost). */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('main[data-hydrated="true"]')).toBeAttached();
}

/** Waits until the service worker controls the page, so what follows is served from its cache. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const reg = await navigator.serviceWorker.ready;
      return !!reg.active && navigator.serviceWorker.controller?.scriptURL.endsWith('/sw.js');
    },
    undefined,
    { timeout: 15_000 }
  );
}
