/**
 * Home is plain HTML (no app JavaScript: it opens at once on a slow phone, and Home's 50 KiB
 * first-load ceiling, issue #2, could not hold the app frame plus Home's own parts). What it still
 * needs from the frame is done by this function, run from Home's page script (home.ts):
 * registering the service worker (so the first visit is enough to work offline later),
 * remembering a language picked from the header menu (for `/` to open in it next time), and, on a
 * phone with a plan, loading the small same-origin script that fills in the next-appointment card (next-appointment.ts). The overdose pages and Staying safe,
 * also without app JavaScript, run the same function from their own page scripts (overdose.ts,
 * staying-safe.ts), without the plan card.
 */
export function startScriptlessPage(storageKey: string, win: Window, planKey?: string, planScript?: string): void {
  try {
    // Only a phone with a plan loads the next-appointment card's script: a first visit loads none.
    if (planKey && planScript && win.localStorage.getItem(planKey) === '1') {
      const script = win.document.createElement('script');
      script.src = planScript;
      win.document.head.append(script);
    }
  } catch {
    // Blocked storage: no card, Home still works.
  }
  if ('serviceWorker' in win.navigator) win.navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  // Not English (which the service worker always has): cache this language's pages for offline use
  // (language-pack.ts).
  const packScript = win.document.querySelector('script[data-language-pack]')?.getAttribute('data-language-pack');
  if (packScript && win.document.documentElement.lang !== 'en') {
    const script = win.document.createElement('script');
    script.src = packScript;
    script.defer = true;
    win.document.head.append(script);
  }
  win.document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[hreflang]');
    if (!link) return;
    try {
      win.localStorage.setItem(storageKey, link.getAttribute('hreflang') ?? '');
    } catch {
      // Blocked storage only means the choice is not remembered.
    }
  });
}
