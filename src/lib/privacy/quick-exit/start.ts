import { shiftPresses } from './shift-presses';

/**
 * Quick exit on one page (GOV.UK "Exit this page"): a tap on the header's Quick exit link, or
 * Shift pressed 3 times (./shift-presses.ts), blanks the page at once, then replaces it in
 * history with `url`, so Back does not come straight back to it. Nothing is sent on the way out,
 * and src/app.html's `<meta name="referrer" content="no-referrer">` keeps the next site from
 * seeing where the person came from.
 *
 * Blank: `display: none` on `<html>` leaves only the browser's plain white canvas. It does what
 * GOV.UK's overlay plus hidden body do (nothing shows, screen readers and Tab reach nothing), in
 * one line, and no element of the page can be drawn above it.
 *
 * Called once per page load, by the app's header (Svelte pages) and by the small scripts of the
 * pages with no app JavaScript (Home, overdose help, Staying safe). It is in every page's first
 * load, where bytes are short: keep it tiny.
 */
export function startQuickExit(win: Window, url: string): void {
  const page = win.document.documentElement.style;
  const press = shiftPresses();
  const exit = (): void => {
    // First, and synchronously: the lock (lock/auto-lock.ts) forgets its key, so the app is locked on return.
    win.dispatchEvent(new Event('onward:quick-exit'));
    page.display = 'none';
    win.location.replace(url);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (press(event, Date.now())) exit();
  };
  // Capture: seen before any handler of the page, and before SvelteKit's router sees the click.
  win.addEventListener('keydown', onKey, true);
  win.addEventListener('keyup', onKey, true);
  win.addEventListener(
    'click',
    (event) => {
      if (!(event.target as Element).closest?.('.quick-exit')) return;
      event.preventDefault();
      exit();
    },
    true
  );
  // Back/forward cache: the page comes back as it was left, blank. Show it again.
  win.addEventListener('pageshow', () => (page.display = ''));
}
