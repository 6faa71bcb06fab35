/**
 * Work that waits until the page has painted and gone quiet, so it never competes with what the
 * person opened: the offline language pack, parsing opening hours ahead of an "Open now" tap.
 * In every page's core chunk (vite.config.ts), since the app frame uses it.
 */

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

/** Runs a piece of work in an idle slice; the work may ask for more by scheduling itself again. */
export type IdleScheduler = (work: (deadline: IdleDeadlineLike) => void) => void;

/** The browser's idle callback (at most `timeoutMs` late), or nothing where there is none (Node, Safari). */
export function browserIdle(timeoutMs = 2000): IdleScheduler | undefined {
  const idle = globalThis.requestIdleCallback;
  return typeof idle === 'function' ? (work) => void idle(work, { timeout: timeoutMs }) : undefined;
}

/** Runs `work` once the page is idle; where there is no idle callback, after 2 s. */
export function whenIdle(work: () => void): void {
  const idle = globalThis.requestIdleCallback;
  if (typeof idle === 'function') idle(work, { timeout: 5000 });
  else setTimeout(work, 2000);
}
