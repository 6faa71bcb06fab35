import { describe, expect, it } from 'vitest';
import { shiftPresses, type KeyPress } from './shift-presses';

const down = (key: string, repeat = false): KeyPress => ({ type: 'keydown', key, repeat });
const up = (key: string): KeyPress => ({ type: 'keyup', key });
const shift = [down('Shift'), up('Shift')];

/** Feeds timed key events to a fresh counter; the times each event said "exit". */
function exitsAt(events: [number, KeyPress[]][]): number[] {
  const press = shiftPresses();
  return events.flatMap(([at, keys]) => keys.filter((k) => press(k, at)).map(() => at));
}

describe('shiftPresses', () => {
  it('exits on the third Shift within 5 seconds', () => {
    expect(exitsAt([[0, shift], [1000, shift], [2000, shift]])).toEqual([2000]);
  });

  it('allows up to 5 seconds between presses', () => {
    expect(exitsAt([[0, shift], [5000, shift], [10_000, shift]])).toEqual([10_000]);
  });

  it('does not exit on two presses', () => {
    expect(exitsAt([[0, shift], [100, shift]])).toEqual([]);
  });

  it('starts again after a gap of more than 5 seconds', () => {
    expect(exitsAt([[0, shift], [1000, shift], [7000, shift]])).toEqual([]);
    expect(exitsAt([[0, shift], [1000, shift], [7000, shift], [7500, shift], [8000, shift]])).toEqual([8000]);
  });

  it('does not count Shift used as a modifier (Shift+A)', () => {
    const shiftA = [down('Shift'), down('A'), up('A'), up('Shift')];
    expect(exitsAt([[0, shiftA], [100, shiftA], [200, shiftA]])).toEqual([]);
    // Released in the other order, Shift+A still does not count.
    const shiftAOverlap = [down('Shift'), down('A'), up('Shift'), up('A')];
    expect(exitsAt([[0, shift], [100, shift], [200, shiftAOverlap]])).toEqual([]);
  });

  it('starts again after any other key', () => {
    expect(exitsAt([[0, shift], [100, shift], [200, [down('a'), up('a')]], [300, shift]])).toEqual([]);
    expect(exitsAt([[0, shift], [100, shift], [200, [down('Enter'), up('Enter')]], [300, shift], [400, shift], [500, shift]])).toEqual([500]);
  });

  it('counts Shift held down (repeated keydowns) as one press', () => {
    const held = [down('Shift'), down('Shift', true), down('Shift', true), down('Shift', true), up('Shift')];
    expect(exitsAt([[0, held]])).toEqual([]);
    expect(exitsAt([[0, held], [1000, held]])).toEqual([]);
    expect(exitsAt([[0, held], [1000, held], [2000, held]])).toEqual([2000]);
  });

  it('starts again after exiting', () => {
    expect(exitsAt([[0, shift], [100, shift], [200, shift], [300, shift], [400, shift]])).toEqual([200]);
  });
});
