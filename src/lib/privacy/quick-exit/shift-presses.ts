/** The parts of a keyboard event that count towards Quick exit. */
export interface KeyPress {
  type: string;
  key?: string;
  repeat?: boolean;
}

/**
 * Counts Shift pressed on its own, as GOV.UK's "Exit this page" does: 3 presses with no more than
 * 5 seconds between one and the next exit. A press counts when Shift is released, and only if no
 * other key went down while it was held, so Shift used as a modifier (Shift+A) never counts; any
 * other key starts the count again. Holding Shift repeats its keydown but releases it once: one
 * press.
 *
 * Returns the function to feed every keydown and keyup to, with the time in ms; it returns true
 * on the press that exits. In every page's first load, where bytes are short: keep it tiny.
 */
export function shiftPresses(): (event: KeyPress, now: number) => boolean {
  let count = 0;
  let last = 0;
  // Shift is down, and no other key has gone down since.
  let alone = false;
  return ({ type, key, repeat }, now) => {
    if (type == 'keydown') {
      if (repeat) return false;
      alone = key == 'Shift';
      if (!alone) count = 0;
    } else if (alone && key == 'Shift') {
      alone = false;
      count = now - last > 5000 ? 1 : count + 1;
      last = now;
      if (count > 2) {
        count = 0;
        return true;
      }
    }
    return false;
  };
}
