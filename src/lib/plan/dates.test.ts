import { describe, expect, it } from 'vitest';
import { fromLocalInput, planDates, toLocalInput } from './dates';

describe('date boxes', () => {
  it('round trip a local time to the minute', () => {
    const ms = new Date(2026, 10, 18, 9, 5).getTime();
    expect(toLocalInput(ms)).toBe('2026-11-18T09:05');
    expect(fromLocalInput('2026-11-18T09:05')).toBe(ms);
  });
  it.each(['', 'tomorrow', '2026-02-31T09:00', '2026-11-18', '99999-01-01T00:00'])('refuse %j', (value) => {
    expect(fromLocalInput(value)).toBeUndefined();
  });
  it('format in the page language', () => {
    const ms = new Date(2026, 10, 18, 17, 0).getTime();
    expect(planDates('en').time(ms)).toMatch(/5:00\s?PM/i);
    expect(planDates('fr').time(ms)).toBe('17:00');
  });
});
