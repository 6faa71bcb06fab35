/**
 * What the fuzz specs watch on every page: dialogs, uncaught errors, `window.__pwned` (set
 * by any payload that runs), and in the DOM every link, source and form target (only http,
 * https, tel, mailto, sms, geo or our own paths), inline event handlers, and elements that load
 * or run other content (iframe, object, embed, base, a script inside main).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { tilePng } from './helpers';

export interface Watch {
  dialogs: string[];
  errors: string[];
  /** Problems found in the DOM, each with the view it was found in. */
  problems: string[];
}

export function watch(page: Page): Watch {
  const seen: Watch = { dialogs: [], errors: [], problems: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => seen.errors.push(`${page.url()}: ${error.message}`));
  return seen;
}

/** Scans the page as it is now; what is wrong goes into `seen.problems`, named after `view`. */
export async function scan(page: Page, seen: Watch, view: string): Promise<void> {
  const found = await page.evaluate(() => {
    const allowed = ['http:', 'https:', 'tel:', 'mailto:', 'sms:', 'geo:'];
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc'];
    const problems: string[] = [];
    if ((window as { __pwned?: unknown }).__pwned !== undefined) problems.push('a payload ran: window.__pwned is set');
    for (const el of document.querySelectorAll('*')) {
      const tag = el.localName;
      if (['iframe', 'frame', 'object', 'embed', 'base'].includes(tag) || (tag === 'script' && el.closest('main'))) problems.push(`<${tag}> in the page`);
      for (const { name, value } of el.attributes) {
        if (name.startsWith('on')) problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
        if (!urlAttributes.includes(name)) continue;
        let scheme = 'unreadable';
        try {
          scheme = new URL(value, document.baseURI).protocol;
        } catch {
          // An href the browser cannot read: the app never makes one, so it is reported.
        }
        if (name === 'srcdoc' || !allowed.includes(scheme)) problems.push(`<${tag} ${name}="${value.slice(0, 80)}"> (${scheme})`);
      }
    }
    return problems;
  });
  seen.problems.push(...found.map((problem) => `${view}: ${problem}`));
}

/** Client-side navigation, as a tap on one of the app's own links does (no page load). */
export async function followLink(page: Page, href: string): Promise<void> {
  await page.evaluate((to) => {
    const link = document.createElement('a');
    link.href = to;
    document.body.append(link);
    link.click();
    link.remove();
  }, href);
}


/** Map pictures (the only other site the app asks) get a 1×1 PNG: no test asks a real tile server. */
export async function answerTileRequests(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.hostname !== 'localhost',
    (route) => route.fulfill({ body: tilePng, contentType: 'image/png', headers: { 'access-control-allow-origin': '*' } })
  );
}
