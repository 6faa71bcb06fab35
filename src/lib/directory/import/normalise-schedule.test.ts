import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../model';
import { reporter } from './feed-values';
import { normaliseHolidaySchedule, normaliseSchedule, schedulesOf, wallTime, weekdayOf } from './normalise-schedule';

function read<T>(fn: (issues: DataIssue[]) => T): { value: T; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  return { value: fn(issues), issues };
}
const report = (issues: DataIssue[]) => reporter(issues, 'feed.json', 'svc-1');

describe('wallTime', () => {
  it.each([
    ['10:00:00', '10:00'],
    ['10:00', '10:00'],
    ['10:00Z', '10:00'],
    ['09:00:00Z', '09:00'],
    ['10:00:00+01:00', '10:00'],
    ['17:30-0500', '17:30'],
    ['9:05', '09:05'],
    ['10:00:00.000Z', '10:00'],
    ['2024-07-01T08:15:00Z', '08:15'],
    ['24:00', '23:59'],
    ['24:00:00', '23:59'],
    ['9:00am', '09:00'],
    ['5:00 PM', '17:00'],
    ['3pm', '15:00'],
    ['12pm', '12:00'],
    ['12:30 a.m.', '00:30'],
    ['9.30am', '09:30'],
    ['noon', '12:00'],
    ['Midday', '12:00'],
    ['0930', '09:30'],
    ['17.45', '17:45']
  ])('reads %s as the wall-clock time %s (UK feeds write Z but mean local time)', (raw, expected) => {
    expect(wallTime(raw)).toEqual({ ok: true, value: expected });
  });

  it.each(['25:00', '10:60', '13pm', '0am', 'teatime', '10', '', '24:30'])('refuses %j', (raw) => {
    expect(wallTime(raw).ok).toBe(false);
  });

  it('keeps the hour and minute whatever zone suffix a feed adds', () => {
    const zone = fc.constantFrom('', 'Z', '+01:00', '-05:00', '+0100', '+01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean(), zone, (h, m, seconds, suffix) => {
        const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(wallTime(`${hhmm}${seconds ? ':00' : ''}${suffix}`)).toEqual({ ok: true, value: hhmm });
      }),
      { seed: 20260101, numRuns: 300 }
    );
  });
});

describe('weekdayOf (ORUK regular_schedules.weekday)', () => {
  it.each([
    ['Monday', 'MO'],
    ['tue', 'TU'],
    ['SA', 'SA'],
    [1, 'MO'],
    ['6', 'SA'],
    [7, 'SU'],
    [0, 'SU']
  ])('%j is %s', (raw, code) => expect(weekdayOf(raw)).toBe(code));

  it.each(['Funday', 8, -1, 1.5, ''])('%j is no day', (raw) => expect(weekdayOf(raw)).toBeUndefined());
});

describe('normaliseSchedule', () => {
  it('turns day names into codes and reads plain weekdays as WEEKLY', () => {
    const { value, issues } = read((i) => normaliseSchedule({ byday: 'Monday, wednesday', opens_at: '09:00', closes_at: '12:00' }, 'schedules.0', report(i)));
    expect(value).toEqual({ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00', timezone_name: 'Europe/London' });
    expect(issues).toEqual([]);
  });

  it('reads DAILY (not in HSDS 3.0, sent by older feeds) as every day of the week', () => {
    const { value } = read((i) => normaliseSchedule({ freq: 'daily', opens_at: '08:00', closes_at: '20:00' }, 's', report(i)));
    expect(value).toMatchObject({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU' });
  });

  it('keeps monthly rules and a numeric timezone as given', () => {
    const { value } = read((i) =>
      normaliseSchedule({ freq: 'MONTHLY', byday: '-1FR', bymonthday: '', timezone: '0', opens_at: '10:00', closes_at: '12:00' }, 's', report(i))
    );
    expect(value).toMatchObject({ freq: 'MONTHLY', byday: '-1FR', timezone: 0 });
  });

  it.each([
    [{ freq: 'YEARLY', byday: 'MO' }, 'freq'],
    [{ byday: 'MO', interval: 0 }, 'interval'],
    [{ byday: 'MO', opens_at: '25:00', closes_at: '26:00' }, 'opens_at'],
    [{ byday: 'MO', valid_to: '2026-02-30' }, 'valid_to'],
    [{ byday: 'XX' }, 'byday'],
    [{ freq: 'MONTHLY', bymonthday: '32' }, 'bymonthday'],
    // The rules "open now" and data:check apply (schedule.ts) are applied here too.
    [{ byday: 'MO', interval: 2 }, 'no dtstart'],
    [{ byday: 'MO', opens_at: '09:00' }, 'only one of opens_at and closes_at'],
    [{ freq: 'WEEKLY', byday: '1SA' }, 'byday'],
    [{ byday: 'MO', valid_from: '2026-05-01', valid_to: '2026-04-01' }, 'after valid_to']
  ])('drops the whole row when a part cannot be read (%j)', (raw, field) => {
    const { value, issues } = read((i) => normaliseSchedule(raw, 'schedules.2', report(i)));
    expect(value).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ level: 'error', id: 'svc-1', field: 'schedules.2', problem: expect.stringContaining(field) })]);
  });

  it('ignores bymonthday on a WEEKLY row (RFC 5545 forbids it), keeping the weekdays, with a warning', () => {
    const { value, issues } = read((i) => normaliseSchedule({ freq: 'WEEKLY', byday: 'TH', bymonthday: '2,3' }, 'schedules.0', report(i)));
    expect(value).toEqual({ freq: 'WEEKLY', byday: 'TH', timezone_name: 'Europe/London' });
    expect(issues).toEqual([expect.objectContaining({ level: 'warning', field: 'schedules.0.bymonthday' })]);
  });

  it('ignores a row with nothing in it, with a warning', () => {
    const { value, issues } = read((i) => normaliseSchedule({ id: 'x' }, 'schedules.0', report(i)));
    expect(value).toBeUndefined();
    expect(issues[0]?.level).toBe('warning');
  });
});

describe('normaliseHolidaySchedule (ORUK holiday_schedules)', () => {
  it('a closure covers start_date to end_date', () => {
    const { value } = read((i) => normaliseHolidaySchedule({ closed: true, start_date: '2026-12-25', end_date: '2026-12-26' }, 'h.0', report(i)));
    expect(value).toEqual({ valid_from: '2026-12-25', valid_to: '2026-12-26', closed: true, timezone_name: 'Europe/London' });
  });

  it('special opening hours apply every day of the range; one date when there is no end_date', () => {
    const { value } = read((i) =>
      normaliseHolidaySchedule({ closed: 'false', opens_at: '12:00:00', closes_at: '16:00:00', start_date: '2027-01-01' }, 'h.0', report(i))
    );
    expect(value).toMatchObject({ valid_from: '2027-01-01', valid_to: '2027-01-01', opens_at: '12:00', closes_at: '16:00', byday: 'MO,TU,WE,TH,FR,SA,SU' });
    expect(value?.closed).toBeUndefined();
  });

  it.each([
    [{ closed: true }, 'h.0.start_date'],
    [{ closed: true, start_date: 'Christmas' }, 'h.0.start_date'],
    [{ closed: true, start_date: '2026-12-24', end_date: '2026-12-32' }, 'h.0.end_date'],
    [{ closed: false, start_date: '2026-12-24' }, 'h.0.opens_at']
  ])('drops %j with an error at %s', (raw, field) => {
    const { value, issues } = read((i) => normaliseHolidaySchedule(raw, 'h.0', report(i)));
    expect(value).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ level: 'error', field })]);
  });
});

describe('schedulesOf', () => {
  it('joins HSDS schedules, ORUK regular and holiday schedules, and keeps identical rows once', () => {
    const row = { byday: 'MO', opens_at: '09:00', closes_at: '17:00' };
    const { value } = read((i) =>
      schedulesOf({ schedules: [row, row], regular_schedules: [{ weekday: 'Tuesday', opens_at: '10:00', closes_at: '11:00' }], holiday_schedules: [{ closed: true, start_date: '2026-12-25' }] }, '', report(i))
    );
    expect(value.map((s) => s.byday ?? (s.closed ? 'closed' : '?'))).toEqual(['MO', 'TU', 'closed']);
  });
});

describe('weekdays as people write them', () => {
  const noIssues = () => undefined;
  it.each([
    [{ weekday: 'Monday to Friday', opens_at: '9am', closes_at: '5pm' }, 'MO,TU,WE,TH,FR'],
    [{ byday: 'Mon-Wed, Sat', opens_at: '10:00', closes_at: '12:00' }, 'MO,TU,WE,SA'],
    [{ byday: 'Tuesday and Thursday', opens_at: '10:00', closes_at: '12:00' }, 'TU,TH'],
    [{ byday: 'Sat - Sun', opens_at: '10:00', closes_at: '12:00' }, 'SA,SU']
  ])('%j → %s', (raw, byday) => {
    expect(normaliseSchedule(raw, 'schedules.0', noIssues)).toMatchObject({ freq: 'WEEKLY', byday });
  });
});
