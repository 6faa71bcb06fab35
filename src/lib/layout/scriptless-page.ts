/**
 * Home is plain HTML (no app JavaScript: it opens at once on a slow phone, and Find help's 50 KB
 * first-load budget could not hold the app frame plus Home's own parts). Two things it still
 * needs from the frame are done by this small inline script: registering the service worker (so
 * the first visit is enough to work offline later) and remembering a language picked from the
 * header menu (for `/` to open in it next time).
 */
function scriptlessPage(storageKey: string, win: Window): void {
  if ('serviceWorker' in win.navigator) win.navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
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

/** The inline script's text, built from the function above so it is type-checked and tested. */
export function scriptlessPageScript(storageKey: string): string {
  return `(${scriptlessPage.toString()})(${JSON.stringify(storageKey)},window);`;
}
