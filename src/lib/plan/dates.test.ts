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
  it('format in the page language, English the British way', () => {
    const ms = new Date(2026, 10, 18, 17, 0).getTime();
    expect(planDates('en').time(ms)).toBe('17:00');
    expect(planDates('fr').time(ms)).toBe('17:00');
  });
  // What an appointment card shows for Wednesday 18 November 2026, 9:30 on the phone's clock.
  it.each([
    ['en', 'Wed 18 Nov, 9:30'],
    ['fr', 'mer. 18 nov., 9:30'],
    ['de', 'Mi., 18. Nov., 9:30'],
    ['pl', 'śr., 18 lis, 9:30'],
    ['cy', 'Mer, 18 Tach, 9:30'],
    ['ar', 'الأربعاء، 18 نوفمبر، 9:30 ص'],
    ['pt-PT', 'quarta, 18/11, 9:30']
  ])('show an appointment in %s as %j', (lang, shown) => {
    expect(planDates(lang).dateTime(new Date(2026, 10, 18, 9, 30).getTime())).toBe(shown);
  });
});
