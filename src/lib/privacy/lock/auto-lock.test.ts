import { describe, expect, it, vi } from 'vitest';
import { awayTooLong, backgroundLockMs, quickExitEvent, watchAway } from './auto-lock';

/** A window and document that can be hidden and shown: real EventTargets, a settable visibility. */
function fakeWindow() {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const win = Object.assign(new EventTarget(), { document: doc });
  const show = (state: DocumentVisibilityState) => {
    doc.visibilityState = state;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { win: win as unknown as Window, show };
}

describe('auto-lock', () => {
  it('locks after 5 minutes away, counted from timestamps, and not before', () => {
    expect(awayTooLong(null, 10 ** 12)).toBe(false);
    expect(awayTooLong(0, backgroundLockMs - 1)).toBe(false);
    expect(awayTooLong(0, backgroundLockMs)).toBe(true);
  });

  it('watches the page: 4 minutes hidden keeps it open, 5 locks on return, Quick exit locks at once', () => {
    vi.useFakeTimers({ toFake: ['Date'] }); // timers stay real: a frozen tab never runs them
    try {
      const { win, show } = fakeWindow();
      const lock = vi.fn();
      const stop = watchAway(win, lock);
      show('hidden');
      vi.setSystemTime(Date.now() + 4 * 60_000);
      show('visible');
      expect(lock).not.toHaveBeenCalled();
      show('hidden');
      vi.setSystemTime(Date.now() + 5 * 60_000);
      show('visible');
      expect(lock).toHaveBeenCalledTimes(1);

      win.dispatchEvent(new Event(quickExitEvent));
      expect(lock).toHaveBeenCalledTimes(2);

      // Back/forward restore after a long time away.
      win.dispatchEvent(new Event('pagehide'));
      vi.setSystemTime(Date.now() + 6 * 60_000);
      win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
      expect(lock).toHaveBeenCalledTimes(3);

      stop();
      win.dispatchEvent(new Event(quickExitEvent));
      expect(lock).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('also locks by a timer while the tab keeps running in the background', () => {
    vi.useFakeTimers();
    try {
      const { win, show } = fakeWindow();
      const lock = vi.fn();
      watchAway(win, lock);
      show('hidden');
      vi.advanceTimersByTime(backgroundLockMs);
      expect(lock).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
