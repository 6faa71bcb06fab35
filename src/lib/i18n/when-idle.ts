/**
 * Runs work after the page has painted and gone quiet, so background work (the offline language
 * pack) never competes with what the person opened. Kept out of offline-language.ts, which a page
 * then loads only when it is idle.
 */
export function whenIdle(work: () => void): void {
  const idle = globalThis.requestIdleCallback;
  if (typeof idle === 'function') idle(work, { timeout: 5000 });
  else setTimeout(work, 2000);
}
