import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Schedule } from './model';
import { isOpenAt, openState, scheduleProblems } from './schedule';

const london = 'Europe/London';
const row = (fields: Partial<Schedule>): Schedule => ({ timezone_name: london, ...fields });
const weekly = (byday: string, opens_at: string, closes_at: string, more: Partial<Schedule> = {}): Schedule =>
  row({ freq: 'WEEKLY', byday, opens_at, closes_at, ...more });
/** Instants in January 2026, when London is on GMT (local = UTC). 2026-01-05 is a Monday. */
const gmt = (local: string) => new Date(`${local}Z`);

const weekdays9to5 = weekly('MO,TU,WE,TH,FR', '09:00', '17:00');
const fridayShelter = weekly('FR', '20:00', '08:00');

describe('openState: weekly hours', () => {
  it('is open during weekday hours and says when it closes', () => {
    expect(openState([weekdays9to5], gmt('2026-01-05T10:15'))).toEqual({ state: 'open', closesAt: '17:00' });
    expect(openState([weekdays9to5], gmt('2026-01-05T09:00'))).toEqual({ state: 'open', closesAt: '17:00' });
  });

  it('is closed outside hours, with the next opening', () => {
    expect(openState([weekdays9to5], gmt('2026-01-05T08:59'))).toEqual({
      state: 'closed',
      next: { weekday: 'MO', date: '2026-01-05', opensAt: '09:00' }
    });
    expect(openState([weekdays9to5], gmt('2026-01-05T17:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'TU', date: '2026-01-06', opensAt: '09:00' }
    });
  });

  it('is closed at the weekend and next opens on Monday', () => {
    expect(openState([weekdays9to5], gmt('2026-01-11T12:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'MO', date: '2026-01-12', opensAt: '09:00' }
    });
  });

  it('keeps a Friday-night shelter open into Saturday morning', () => {
    expect(openState([fridayShelter], gmt('2026-01-10T03:00'))).toEqual({ state: 'open', closesAt: '08:00' });
    expect(openState([fridayShelter], gmt('2026-01-09T20:00'))).toEqual({ state: 'open', closesAt: '08:00' });
  });

  it('closes the shelter at 08:00 Saturday and points to the next Friday', () => {
    expect(openState([fridayShelter], gmt('2026-01-10T09:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'FR', date: '2026-01-16', opensAt: '20:00' }
    });
  });

  it('joins touching sessions, across rows', () => {
    const split = [weekly('MO', '09:00', '12:00'), weekly('MO', '12:00', '17:00')];
    expect(openState(split, gmt('2026-01-05T11:00'))).toEqual({ state: 'open', closesAt: '17:00' });
  });

  it('is open with no closing time when open 24/7 as seven 00:00-23:59 days', () => {
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].map((day) => weekly(day, '00:00', '23:59'));
    expect(openState(days, gmt('2026-01-07T23:59'))).toEqual({ state: 'open' });
    expect(openState(days, gmt('2026-01-08T00:00'))).toEqual({ state: 'open' });
  });

  it('is open all day with no freq or byday (00:00-23:59 means every day, all day)', () => {
    expect(openState([row({ opens_at: '00:00', closes_at: '23:59' })], gmt('2026-01-10T05:00'))).toEqual({ state: 'open' });
  });

  it('treats a one-day 00:00-23:59 as open until midnight', () => {
    expect(openState([weekly('WE', '00:00', '23:59')], gmt('2026-01-07T23:30'))).toEqual({ state: 'open', closesAt: '00:00' });
    expect(openState([weekly('WE', '00:00', '23:59')], gmt('2026-01-08T00:00'))).toMatchObject({
      state: 'closed',
      next: { weekday: 'WE', date: '2026-01-14', opensAt: '00:00' }
    });
  });

  it('says when a daily service closes and opens', () => {
    const daily = row({ opens_at: '10:00', closes_at: '14:00' });
    expect(openState([daily], gmt('2026-01-10T13:59'))).toEqual({ state: 'open', closesAt: '14:00' });
    expect(openState([daily], gmt('2026-01-10T14:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'SU', date: '2026-01-11', opensAt: '10:00' }
    });
  });
});

describe('openState: monthly hours', () => {
  const firstSaturday = row({ freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '13:00' });
  const lastFriday = row({ freq: 'MONTHLY', byday: '-1FR', opens_at: '18:00', closes_at: '21:00' });

  it('opens on the first Saturday only', () => {
    expect(openState([firstSaturday], new Date('2026-08-01T10:30:00+01:00'))).toEqual({ state: 'open', closesAt: '13:00' });
    // 2026-11-07 is the first Saturday even though it is the 7th.
    expect(openState([firstSaturday], gmt('2026-11-07T10:30'))).toEqual({ state: 'open', closesAt: '13:00' });
    expect(openState([firstSaturday], new Date('2026-08-08T10:30:00+01:00'))).toEqual({ state: 'closed' });
    expect(openState([firstSaturday], new Date('2026-07-27T10:30:00+01:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'SA', date: '2026-08-01', opensAt: '10:00' }
    });
  });

  it('opens on the last Friday only', () => {
    expect(openState([lastFriday], new Date('2026-08-28T19:00:00+01:00'))).toEqual({ state: 'open', closesAt: '21:00' });
    expect(openState([lastFriday], new Date('2026-08-21T19:00:00+01:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'FR', date: '2026-08-28', opensAt: '18:00' }
    });
  });

  it('reads an ordinal byday with no freq as monthly, and counts interval months from dtstart', () => {
    const noFreq = row({ byday: '1SA', opens_at: '10:00', closes_at: '13:00' });
    expect(scheduleProblems(noFreq)).toEqual([]);
    expect(openState([noFreq], new Date('2026-08-01T10:30:00+01:00'))).toMatchObject({ state: 'open' });
    const quarterly = row({ freq: 'MONTHLY', interval: 3, dtstart: '2026-01-01', bymonthday: '1', opens_at: '10:00', closes_at: '12:00' });
    expect(openState([quarterly], new Date('2026-04-01T11:00:00+01:00'))).toMatchObject({ state: 'open' });
    expect(openState([quarterly], gmt('2026-02-01T11:00'))).toEqual({ state: 'closed' });
  });

  it('opens on days of the month, counting -1 as the last day', () => {
    const payDays = row({ freq: 'MONTHLY', bymonthday: '1,15,-1', opens_at: '09:00', closes_at: '12:00' });
    expect(openState([payDays], gmt('2026-01-15T10:00'))).toMatchObject({ state: 'open' });
    expect(openState([payDays], gmt('2026-01-31T10:00'))).toMatchObject({ state: 'open' });
    expect(openState([payDays], gmt('2026-02-28T10:00'))).toMatchObject({ state: 'open' });
    expect(openState([payDays], gmt('2026-01-16T10:00'))).toEqual({ state: 'closed' });
    expect(openState([payDays], gmt('2026-01-29T10:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'SA', date: '2026-01-31', opensAt: '09:00' }
    });
  });
});

describe('openState: dates and closures', () => {
  it('uses a row only from valid_from to valid_to, inclusive', () => {
    const winter = weekly('MO', '09:00', '17:00', { valid_from: '2026-01-05', valid_to: '2026-01-12' });
    expect(openState([winter], gmt('2026-01-05T10:00'))).toMatchObject({ state: 'open' });
    expect(openState([winter], gmt('2026-01-12T10:00'))).toMatchObject({ state: 'open' });
    expect(openState([winter], gmt('2026-01-19T10:00'))).toEqual({ state: 'closed' });
    expect(openState([winter], gmt('2025-12-29T10:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'MO', date: '2026-01-05', opensAt: '09:00' }
    });
  });

  it('stops a series after until', () => {
    const ending = weekly('MO', '09:00', '17:00', { until: '2026-01-05' });
    expect(openState([ending], gmt('2026-01-05T10:00'))).toMatchObject({ state: 'open' });
    expect(openState([ending], gmt('2026-01-12T10:00'))).toEqual({ state: 'closed' });
  });

  it('counts interval weeks from dtstart', () => {
    const fortnightly = weekly('TU', '10:00', '12:00', { interval: 2, dtstart: '2026-01-06' });
    expect(openState([fortnightly], gmt('2026-01-06T11:00'))).toMatchObject({ state: 'open' });
    expect(openState([fortnightly], gmt('2026-01-13T11:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'TU', date: '2026-01-20', opensAt: '10:00' }
    });
    expect(openState([fortnightly], gmt('2025-12-30T11:00'))).toMatchObject({ state: 'closed' });
    expect(openState([fortnightly], gmt('2026-01-20T11:00'))).toMatchObject({ state: 'open' });
  });

  it('lets a holiday closure win over the usual hours', () => {
    const christmas = row({ closed: true, valid_from: '2026-12-25', valid_to: '2026-12-26' });
    expect(openState([weekdays9to5, christmas], gmt('2026-12-25T10:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'MO', date: '2026-12-28', opensAt: '09:00' }
    });
    expect(openState([christmas, weekdays9to5], gmt('2026-12-24T10:00'))).toEqual({ state: 'open', closesAt: '17:00' });
  });

  it('cuts an overnight session at the start of a closed day', () => {
    const closedSaturday = row({ closed: true, valid_from: '2026-01-10', valid_to: '2026-01-10' });
    expect(openState([fridayShelter, closedSaturday], gmt('2026-01-09T22:00'))).toEqual({ state: 'open', closesAt: '00:00' });
    expect(openState([fridayShelter, closedSaturday], gmt('2026-01-10T03:00'))).toMatchObject({ state: 'closed' });
  });

  it('says when a 24/7 service next closes for a holiday', () => {
    const always = row({ opens_at: '00:00', closes_at: '23:59' });
    const closure = row({ closed: true, valid_from: '2026-01-08', valid_to: '2026-01-08' });
    expect(openState([always, closure], gmt('2026-01-06T12:00'))).toEqual({ state: 'open', closesAt: '00:00' });
  });

  it('applies a closed row with byday only on those days', () => {
    const closedFridays = row({ closed: true, freq: 'WEEKLY', byday: 'FR' });
    expect(openState([weekdays9to5, closedFridays], gmt('2026-01-08T16:00'))).toEqual({
      state: 'open',
      closesAt: '17:00'
    });
    expect(openState([weekdays9to5, closedFridays], gmt('2026-01-08T18:00'))).toEqual({
      state: 'closed',
      next: { weekday: 'MO', date: '2026-01-12', opensAt: '09:00' }
    });
  });

  it('is closed (not unknown) inside a closure even when no hours are given', () => {
    const closure = row({ closed: true, valid_from: '2026-01-05', valid_to: '2026-01-09' });
    expect(openState([closure], gmt('2026-01-06T12:00'))).toEqual({ state: 'closed' });
    expect(openState([closure], gmt('2026-01-12T12:00'))).toEqual({ state: 'unknown' });
  });
});

describe('openState: time zones', () => {
  it('reads hours in BST in summer', () => {
    // 2026-07-06 is a Monday; 08:30Z is 09:30 in London.
    expect(openState([weekdays9to5], new Date('2026-07-06T08:30:00Z'))).toEqual({ state: 'open', closesAt: '17:00' });
    expect(openState([weekdays9to5], new Date('2026-07-06T07:30:00Z'))).toEqual({
      state: 'closed',
      next: { weekday: 'MO', date: '2026-07-06', opensAt: '09:00' }
    });
    expect(openState([weekdays9to5], new Date('2026-07-06T16:30:00Z'))).toEqual({
      state: 'closed',
      next: { weekday: 'TU', date: '2026-07-07', opensAt: '09:00' }
    });
  });

  it('reads hours in GMT in winter', () => {
    expect(openState([weekdays9to5], new Date('2026-01-05T09:00:00Z'))).toMatchObject({ state: 'open' });
    expect(openState([weekdays9to5], new Date('2026-01-05T08:59:00Z'))).toMatchObject({ state: 'closed' });
  });

  it('uses the wall clock on DST change days without crashing', () => {
    const earlySunday = weekly('SU', '01:00', '03:00');
    // 29 March 2026: 01:00 GMT jumps to 02:00 BST, so 01:30 local never happens.
    expect(openState([earlySunday], new Date('2026-03-29T00:59:00Z'))).toEqual({
      state: 'closed',
      next: { weekday: 'SU', date: '2026-03-29', opensAt: '01:00' }
    });
    expect(openState([earlySunday], new Date('2026-03-29T01:30:00Z'))).toEqual({ state: 'open', closesAt: '03:00' });
    // 25 October 2026: 01:30 local happens twice (BST, then GMT).
    expect(openState([earlySunday], new Date('2026-10-25T00:30:00Z'))).toEqual({ state: 'open', closesAt: '03:00' });
    expect(openState([earlySunday], new Date('2026-10-25T01:30:00Z'))).toEqual({ state: 'open', closesAt: '03:00' });
    expect(openState([earlySunday], new Date('2026-10-25T03:00:00Z'))).toMatchObject({ state: 'closed' });
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(openState([weekdays9to5], new Date('2026-07-06T08:31:00Z'))).toEqual({ state: 'open', closesAt: '17:00' });
      expect(openState([fridayShelter], new Date('2026-07-11T02:01:00Z'))).toEqual({ state: 'open', closesAt: '08:00' });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('openState: unknown', () => {
  it('is unknown with no schedules, description-only rows or only broken rows', () => {
    expect(openState([], gmt('2026-01-05T10:00'))).toEqual({ state: 'unknown' });
    expect(openState([row({ description: 'Ring for times' })], gmt('2026-01-05T10:00'))).toEqual({ state: 'unknown' });
    expect(openState([weekly('XX', '09:00', '17:00')], gmt('2026-01-05T10:00'))).toEqual({ state: 'unknown' });
    expect(openState([weekly('TU', '10:00', '12:00', { interval: 2 })], gmt('2026-01-06T11:00'))).toEqual({ state: 'unknown' });
  });

  it('ignores broken rows beside good ones', () => {
    const broken = weekly('MO', '9am', '17:00');
    expect(openState([broken, weekdays9to5], gmt('2026-01-05T10:00'))).toEqual({ state: 'open', closesAt: '17:00' });
  });

  it('is unknown for an invalid date', () => {
    expect(openState([weekdays9to5], new Date(Number.NaN))).toEqual({ state: 'unknown' });
  });
});

describe('scheduleProblems', () => {
  const problemsOf = (fields: Partial<Schedule>) => scheduleProblems(row(fields));

  it('finds nothing wrong with good rows, or a description-only row', () => {
    expect(scheduleProblems(weekdays9to5)).toEqual([]);
    expect(scheduleProblems(fridayShelter)).toEqual([]);
    expect(problemsOf({ freq: 'MONTHLY', byday: '1SA,-1FR,+2MO,TU', opens_at: '10:00', closes_at: '12:00' })).toEqual([]);
    expect(problemsOf({ freq: 'MONTHLY', bymonthday: '1,15,-1,-31', opens_at: '10:00', closes_at: '12:00' })).toEqual([]);
    expect(problemsOf({ description: 'By appointment' })).toEqual([]);
    expect(problemsOf({ closed: true, valid_from: '2026-12-25', valid_to: '2026-12-25' })).toEqual([]);
  });

  it('refuses bad byday tokens', () => {
    expect(scheduleProblems(weekly('MO,XX', '09:00', '17:00'))).toEqual(['byday "XX" is not a day MO, TU, WE, TH, FR, SA or SU']);
    expect(scheduleProblems(weekly('1SA', '09:00', '17:00'))).toHaveLength(1);
    expect(problemsOf({ freq: 'MONTHLY', byday: '6SA', opens_at: '09:00', closes_at: '10:00' })).toEqual([
      'byday "6SA" is not a day like SA, 1SA or -1FR'
    ]);
    expect(problemsOf({ freq: 'MONTHLY', byday: '0SA', opens_at: '09:00', closes_at: '10:00' })).toHaveLength(1);
  });

  it('refuses bad bymonthday values', () => {
    for (const bad of ['0', '32', '-32', 'x', '1.5']) {
      expect(problemsOf({ freq: 'MONTHLY', bymonthday: bad, opens_at: '09:00', closes_at: '10:00' })).toEqual([
        `bymonthday "${bad}" is not a day of the month (1 to 31, or -1 to -31 from the end)`
      ]);
    }
  });

  it('refuses only one of opens_at and closes_at', () => {
    expect(problemsOf({ opens_at: '09:00' })).toEqual(['has only one of opens_at and closes_at']);
    expect(problemsOf({ closes_at: '17:00' })).toEqual(['has only one of opens_at and closes_at']);
  });

  it('refuses times that are not HH:MM 00:00-23:59', () => {
    for (const bad of ['24:00', '9:00', '09:60', '09:00:00', '9am']) {
      expect(problemsOf({ opens_at: bad, closes_at: '17:00' })).toEqual([`opens_at "${bad}" is not a 24-hour time HH:MM`]);
    }
  });

  it('refuses valid_from after valid_to, and dates that do not exist', () => {
    expect(problemsOf({ opens_at: '09:00', closes_at: '17:00', valid_from: '2026-02-01', valid_to: '2026-01-31' })).toEqual([
      'valid_from 2026-02-01 is after valid_to 2026-01-31'
    ]);
    expect(problemsOf({ opens_at: '09:00', closes_at: '17:00', valid_to: '2026-02-30' })).toEqual([
      'valid_to "2026-02-30" is not a date YYYY-MM-DD'
    ]);
  });

  it('refuses MONTHLY with no days, and WEEKLY with no byday or with bymonthday', () => {
    expect(problemsOf({ freq: 'MONTHLY', opens_at: '09:00', closes_at: '17:00' })).toEqual([
      'freq MONTHLY but neither byday nor bymonthday says which days'
    ]);
    expect(problemsOf({ freq: 'WEEKLY', opens_at: '09:00', closes_at: '17:00' })).toEqual(['freq WEEKLY but no byday says which days']);
    expect(scheduleProblems(weekly('MO', '09:00', '17:00', { bymonthday: '1' }))).toEqual(['bymonthday only goes with freq MONTHLY']);
  });

  it('refuses an interval below 1, and an interval over 1 with no dtstart', () => {
    expect(scheduleProblems(weekly('MO', '09:00', '17:00', { interval: 0 }))).toEqual(['interval 0 is not a whole number of 1 or more']);
    expect(scheduleProblems(weekly('MO', '09:00', '17:00', { interval: 2 }))).toEqual([
      'repeats every 2 weeks but has no dtstart to count from'
    ]);
    expect(scheduleProblems(weekly('MO', '09:00', '17:00', { interval: 2, dtstart: '2026-01-05' }))).toEqual([]);
  });

  it('refuses an unknown time zone', () => {
    expect(scheduleProblems({ ...weekdays9to5, timezone_name: 'Europe/Londres' })).toEqual([
      'timezone_name "Europe/Londres" is not a known time zone'
    ]);
    expect(scheduleProblems({ ...weekdays9to5, timezone_name: '' })).toHaveLength(1);
  });
});

/**
 * Brute-force reference: paint every local minute from yesterday to 8 days ahead, then walk
 * minute by minute. London's 2026 offset is written out by hand (BST 29 March 01:00Z to
 * 25 October 01:00Z) so the reference shares no time zone code with the module.
 */
describe('openState matches a minute-by-minute reference', () => {
  const codes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  const hhmm = (m: number) => `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const time = fc.oneof(
    fc.constantFrom('00:00', '23:59', '08:00', '12:00', '20:00'),
    fc.integer({ min: 0, max: 95 }).map((q) => hhmm(q * 15)),
    fc.integer({ min: 0, max: 1439 }).map(hhmm)
  );
  const weeklyRow = fc.oneof(
    { arbitrary: fc.record({ days: fc.subarray(codes, { minLength: 1 }), opens: time, closes: time }), weight: 5 },
    // Whole days, so 24/7 and "open for days" (no closesAt) come up often enough to be checked.
    { arbitrary: fc.record({ days: fc.subarray(codes, { minLength: 5 }), opens: fc.constant('00:00'), closes: fc.constant('23:59') }), weight: 1 }
  );
  const closure = fc.option(fc.record({ from: fc.integer({ min: -2, max: 8 }), length: fc.integer({ min: 0, max: 2 }) }));
  const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) });

  function reference(rows: { days: string[]; opens: string; closes: string }[], closed: { from: number; to: number } | null, t: number) {
    const bst = t >= Date.UTC(2026, 2, 29, 1) && t < Date.UTC(2026, 9, 25, 1);
    const local = Math.floor(t / 60_000) + (bst ? 60 : 0);
    const today = Math.floor(local / 1440);
    const base = today - 1;
    const open = new Uint8Array(10 * 1440);
    for (let day = base; day < base + 10; day++) {
      const code = codes[(new Date(day * 86_400_000).getUTCDay() + 6) % 7]!;
      for (const r of rows) {
        if (!r.days.includes(code)) continue;
        const start = minutes(r.opens);
        const end = (r.closes === '23:59' ? 1440 : minutes(r.closes)) + (minutes(r.closes) <= start ? 1440 : 0);
        for (let m = start; m < end; m++) if ((day - base) * 1440 + m < open.length) open[(day - base) * 1440 + m] = 1;
      }
    }
    if (closed) for (let day = closed.from; day <= closed.to; day++) open.fill(0, Math.max(0, (day - base) * 1440), Math.max(0, (day - base + 1) * 1440));
    const now = local - base * 1440;
    if (open[now]) {
      for (let j = 1; j < 7 * 1440; j++) if (!open[now + j]) return { state: 'open', closesAt: hhmm((now + j) % 1440) };
      return { state: 'open' };
    }
    for (let j = 1; j <= 7 * 1440; j++) {
      if (open[now + j]) {
        const day = base + Math.floor((now + j) / 1440);
        const weekday = codes[(new Date(day * 86_400_000).getUTCDay() + 6) % 7];
        return { state: 'closed', next: { weekday, date: isoDay(day), opensAt: hhmm((now + j) % 1440) } };
      }
    }
    return { state: 'closed' };
  }

  it('for random weekly schedules, closures and instants', () => {
    fc.assert(
      fc.property(fc.array(weeklyRow, { minLength: 1, maxLength: 4 }), closure, instant, (rows, holiday, t) => {
        const bst = t >= Date.UTC(2026, 2, 29, 1) && t < Date.UTC(2026, 9, 25, 1);
        const today = Math.floor((Math.floor(t / 60_000) + (bst ? 60 : 0)) / 1440);
        const closed = holiday && { from: today + holiday.from, to: today + holiday.from + holiday.length };
        const schedules = rows.map((r) => weekly(r.days.join(','), r.opens, r.closes));
        if (closed) schedules.push(row({ closed: true, valid_from: isoDay(closed.from), valid_to: isoDay(closed.to) }));
        expect(openState(schedules, new Date(t))).toEqual(reference(rows, closed, t));
      }),
      { seed: 42, numRuns: 300 }
    );
  });

  it('isOpenAt agrees with openState (the filter and the card must not disagree)', () => {
    fc.assert(
      fc.property(fc.array(weeklyRow, { minLength: 1, maxLength: 4 }), closure, instant, (rows, holiday, t) => {
        const today = Math.floor(t / 86_400_000);
        const closed = holiday && { from: today + holiday.from, to: today + holiday.from + holiday.length };
        const schedules = rows.map((r) => weekly(r.days.join(','), r.opens, r.closes));
        if (closed) schedules.push(row({ closed: true, valid_from: isoDay(closed.from), valid_to: isoDay(closed.to) }));
        expect(isOpenAt(schedules, new Date(t))).toBe(openState(schedules, new Date(t)).state === 'open');
      }),
      { seed: 7, numRuns: 1000 }
    );
    expect(isOpenAt([], new Date())).toBe(false);
    expect(isOpenAt([row({ closed: true, valid_from: '2026-01-01', valid_to: '2026-12-31' })], new Date('2026-06-01T12:00:00Z'))).toBe(false);
  });
});
