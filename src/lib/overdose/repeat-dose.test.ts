import { describe, expect, it } from 'vitest';
import { addDose, formatDoseTime, formatElapsed, isMoreUrgent, logLifetimeMs, readDoseLog, timerMessage, timerPhase, timerState } from './repeat-dose';

const t0 = Date.UTC(2026, 10, 20, 14, 1, 0);
const min = 60_000;

describe('repeat-dose timer', () => {
  it('says wait before 2 minutes, may give from 2, give now from 3', () => {
    expect(timerPhase(0)).toBe('watching');
    expect(timerPhase(2 * min - 1)).toBe('watching');
    expect(timerPhase(2 * min)).toBe('may-give');
    expect(timerPhase(3 * min - 1)).toBe('may-give');
    expect(timerPhase(3 * min)).toBe('give-now');
    expect(timerPhase(40 * min)).toBe('give-now');
  });

  it('counts from the last dose, however long the page was asleep', () => {
    expect(timerState([], t0)).toBeUndefined();
    // One read after 5 minutes with no tick in between (locked screen) is as right as any.
    expect(timerState([t0], t0 + 5 * min)).toEqual({ elapsedMs: 5 * min, phase: 'give-now' });
    expect(timerState([t0, t0 + 3 * min], t0 + 4 * min)).toEqual({ elapsedMs: min, phase: 'watching' });
  });

  it('never shows negative time when the clock is set back', () => {
    expect(timerState([t0], t0 - 10_000)).toEqual({ elapsedMs: 0, phase: 'watching' });
  });

  it('alerts only on the way up, once per phase', () => {
    expect(isMoreUrgent(undefined, 'watching')).toBe(false);
    expect(isMoreUrgent('watching', 'may-give')).toBe(true);
    expect(isMoreUrgent('may-give', 'may-give')).toBe(false);
    expect(isMoreUrgent('may-give', 'give-now')).toBe(true);
    expect(isMoreUrgent(undefined, 'give-now')).toBe(true); // opened late: still alert
    expect(isMoreUrgent('give-now', 'watching')).toBe(false); // a new dose resets quietly
  });

  it('shows minutes and seconds', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3 * min)).toBe('3:00');
    expect(formatElapsed(-5)).toBe('0:00');
  });

  it('writes dose times on a 24-hour clock, in Western digits in every language', () => {
    expect(formatDoseTime(t0 + 2 * min, 'en', 'UTC')).toBe('14:03');
    expect(formatDoseTime(t0 + 2 * min, 'fr', 'UTC')).toBe('14:03');
    expect(formatDoseTime(t0 + 2 * min, 'ar', 'UTC')).toBe('14:03');
  });
});

describe('the timer\'s status line', () => {
  const at = (elapsedMs: number) => timerState([0], elapsedMs);
  it('says the phase until the pack is used up', () => {
    expect(timerMessage(undefined, 0, 2)).toBe('none');
    expect(timerMessage(at(60_000), 1, 2)).toBe('watching');
    expect(timerMessage(at(120_000), 1, 2)).toBe('may-give');
    expect(timerMessage(at(180_000), 1, 2)).toBe('give-now');
  });
  it('after the last dose in the pack, says what to do with none left instead of "give the next dose"', () => {
    expect(timerMessage(at(60_000), 2, 2)).toBe('watching');
    expect(timerMessage(at(120_000), 2, 2)).toBe('kit-empty');
    expect(timerMessage(at(180_000), 2, 2)).toBe('kit-empty');
    expect(timerMessage(at(180_000), 4, 5)).toBe('give-now');
    expect(timerMessage(at(180_000), 5, 5)).toBe('kit-empty');
  });
});

describe('dose log', () => {
  it('adds doses in order and reads back what it stored', () => {
    const log = addDose(addDose([], t0), t0 + 3 * min);
    expect(readDoseLog(JSON.stringify(log), t0 + 4 * min)).toEqual([t0, t0 + 3 * min]);
  });

  it('reads anything malformed as an empty log', () => {
    for (const raw of [null, '', 'nope', '{}', '["14:03"]', '[1, null]', 'null']) expect(readDoseLog(raw, t0)).toEqual([]);
  });

  it('forgets a log from an earlier emergency', () => {
    expect(readDoseLog(JSON.stringify([t0]), t0 + logLifetimeMs)).toEqual([t0]);
    expect(readDoseLog(JSON.stringify([t0]), t0 + logLifetimeMs + 1)).toEqual([]);
  });
});
