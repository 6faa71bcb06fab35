/**
 * When the lock forgets its key on its own: after 5 minutes in the background, and at once on
 * Quick exit. Timestamps rather than a timer alone, because a phone freezes background tabs and
 * their timers. Listens for Quick exit's `onward:quick-exit` event (dispatched synchronously just
 * before it covers the page and leaves), so the lock needs no import of Quick exit, or it of the lock.
 */

export const backgroundLockMs = 5 * 60_000;
export const quickExitEvent = 'onward:quick-exit';

/** True when a page hidden at `hiddenAt` has been away long enough to lock. */
export const awayTooLong = (hiddenAt: number | null, now: number): boolean => hiddenAt !== null && now - hiddenAt >= backgroundLockMs;

/**
 * Calls `lock` after 5 minutes hidden (checked on return, on a back/forward restore, and by a
 * timer in case the tab keeps running) and on Quick exit. Returns a function that stops watching.
 */
export function watchAway(win: Window, lock: () => void): () => void {
  const doc = win.document;
  let hiddenAt: number | null = doc.visibilityState === 'hidden' ? Date.now() : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (awayTooLong(hiddenAt, Date.now())) lock();
  };
  const onVisibility = () => {
    clearTimeout(timer);
    if (doc.visibilityState === 'hidden') {
      hiddenAt ??= Date.now();
      timer = setTimeout(check, backgroundLockMs);
    } else {
      check();
      hiddenAt = null;
    }
  };
  const onPageHide = () => (hiddenAt ??= Date.now());
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) check();
    if (doc.visibilityState === 'visible') hiddenAt = null;
  };
  const listeners: [string, EventListener][] = [
    ['pagehide', onPageHide as EventListener],
    ['pageshow', onPageShow as EventListener],
    [quickExitEvent, lock]
  ];
  doc.addEventListener('visibilitychange', onVisibility);
  for (const [type, listener] of listeners) win.addEventListener(type, listener);
  return () => {
    clearTimeout(timer);
    doc.removeEventListener('visibilitychange', onVisibility);
    for (const [type, listener] of listeners) win.removeEventListener(type, listener);
  };
}
