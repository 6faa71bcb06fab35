/**
 * Opening hours from a feed: HSDS 3.0 `schedules`, and the older Open Referral UK
 * `regular_schedules` (one row per weekday) and `holiday_schedules` (closures), all turned into
 * Onward's {@link Schedule}.
 *
 * A schedule row with any part that cannot be read is dropped whole, with an error. Half a
 * schedule is worse than none: without its `valid_to` a winter shelter looks open all year, and
 * without its `interval` a fortnightly clinic looks weekly. With no schedule the app says
 * "hours unknown", which sends people to phone first.
 */
import type { Schedule, Weekday } from '../model';
import { weekdays } from '../model';
import { checkDate, toNumber, type Checked } from '../../safe-values';
import { scheduleProblems } from '../schedule';
import { at, isRecord, isYes, readText, recordsIn, textOf, uniqueBy, type RawRecord, type Report } from './feed-values';
import { twelveHourTime } from './written-values';

/** UK data is read in UK time. */
export const ukTimeZone = 'Europe/London';

/**
 * A feed's time of day as `HH:MM` wall-clock time. Accepts `10:00`, `9:00`, `10:00:00`,
 * `10:00:00.000`, with or without a zone (`10:00Z`, `10:00:00+01:00`), a full ISO date-time, and
 * the 12-hour clock people type (`9:00am`, `5:00 PM`, `3pm`, `noon`).
 *
 * The zone is dropped and the wall time kept, on purpose. HSDS asks for a zone and UK feeds
 * write `09:00Z` while meaning "9am" all year: read as UTC, every BST opening would move an
 * hour. So `09:00Z` and `09:00:00+01:00` both mean 09:00, read in Europe/London.
 * `24:00` (midnight at the end of the day) becomes `23:59`, HSDS's own way to say "to the end
 * of the day".
 */
export function wallTime(raw: unknown): Checked<string> {
  const text = textOf(raw);
  if (text === undefined) return { ok: false, problem: 'no time given' };
  const twelveHour = twelveHourTime(text);
  if (twelveHour) return twelveHour;
  // "0930" and "9.30" (24-hour clock, no colon) as spreadsheets and people write them.
  const compact = /^(\d{2})(\d{2})$|^(\d{1,2})\.(\d{2})$/.exec(text);
  if (compact) return wallTime(`${compact[1] ?? compact[3]}:${compact[2] ?? compact[4]}`);
  const match = /^(?:\d{4}-\d{2}-\d{2}[T ])?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (!match) return { ok: false, problem: `"${text}" is not a time (HH:MM)` };
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = Number(match[3] ?? 0);
  if (hours === 24 && minutes === 0 && seconds === 0) return { ok: true, value: '23:59' };
  if (hours > 23 || minutes > 59 || seconds > 59) return { ok: false, problem: `"${text}" is not a time of day` };
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

const dayNames: Record<string, Weekday> = {
  monday: 'MO', mon: 'MO', tuesday: 'TU', tue: 'TU', tues: 'TU', wednesday: 'WE', wed: 'WE',
  thursday: 'TH', thu: 'TH', thur: 'TH', thurs: 'TH', friday: 'FR', fri: 'FR',
  saturday: 'SA', sat: 'SA', sunday: 'SU', sun: 'SU'
};

/**
 * ORUK `regular_schedules.weekday`: a name ("Monday"), a code ("MO") or a number. Numbers are
 * ISO 8601 (1 = Monday … 7 = Sunday); 0 can only mean Sunday (the JavaScript/US count), since
 * ISO has no day 0.
 */
export function weekdayOf(raw: unknown): Weekday | undefined {
  const n = toNumber(raw);
  if (n !== undefined) return n === 0 || n === 7 ? 'SU' : Number.isInteger(n) && n >= 1 && n <= 6 ? weekdays[n - 1] : undefined;
  const text = textOf(raw)?.toLowerCase();
  if (text === undefined) return undefined;
  return dayNames[text] ?? weekdays.find((code) => code.toLowerCase() === text);
}

/** `byday` as HSDS writes it (`MO,TU`, `1SA`, `-1FR`); day names are turned into codes. */
function bydayOf(raw: unknown): Checked<string> {
  const text = textOf(raw);
  if (text === undefined) return { ok: false, problem: 'empty' };
  const parts = expandRanges(text).split(/[,\s]+|\band\b|&/i).filter(Boolean);
  const codes: string[] = [];
  for (const part of parts) {
    const match = /^([+-]?[1-5])?([a-z]+)$/i.exec(part);
    const day = match?.[2] ? weekdayOf(match[2]) : undefined;
    if (!day) return { ok: false, problem: `"${text}" is not a list of weekdays (MO,TU or 1SA)` };
    codes.push(`${match?.[1] ?? ''}${day}`);
  }
  return { ok: true, value: uniqueBy(codes, (c) => c).join(',') };
}

/** "Mon-Fri", "Monday to Friday" → "MO,TU,WE,TH,FR"; other text is left as it is. */
function expandRanges(text: string): string {
  return text.replace(/\b([a-z]{2,9})\s*(?:-|–|\bto\b)\s*([a-z]{2,9})\b/gi, (whole, from: string, to: string) => {
    const start = weekdayOf(from);
    const end = weekdayOf(to);
    if (!start || !end) return whole;
    const i = weekdays.indexOf(start);
    const j = weekdays.indexOf(end);
    const days = i <= j ? weekdays.slice(i, j + 1) : [...weekdays.slice(i), ...weekdays.slice(0, j + 1)];
    return days.join(',');
  });
}

function bymonthdayOf(raw: unknown): Checked<string> {
  const text = textOf(raw) ?? '';
  const days = text.split(/[,\s]+/).filter(Boolean);
  const ok = days.length > 0 && days.every((d) => /^-?\d{1,2}$/.test(d) && Number(d) !== 0 && Math.abs(Number(d)) <= 31);
  return ok ? { ok: true, value: days.join(',') } : { ok: false, problem: `"${text}" is not a list of days of the month` };
}

/** Reads one schedule row; `undefined` (with an error) when any part is unreadable. */
export function normaliseSchedule(raw: RawRecord, path: string, report: Report): Schedule | undefined {
  const schedule: Schedule = { timezone_name: ukTimeZone };
  const problems: string[] = [];
  const fail = (key: string, problem: string) => problems.push(`${key}: ${problem}`);

  const freq = textOf(raw.freq)?.toUpperCase();
  if (freq === 'WEEKLY' || freq === 'MONTHLY') schedule.freq = freq;
  // DAILY is not in HSDS 3.0 but older feeds send it; it is WEEKLY on every day.
  else if (freq === 'DAILY') Object.assign(schedule, { freq: 'WEEKLY', byday: weekdays.join(',') });
  else if (freq !== undefined) fail('freq', `"${freq}" is not WEEKLY or MONTHLY`);

  if (raw.interval !== undefined && raw.interval !== null && raw.interval !== '') {
    const interval = toNumber(raw.interval);
    if (interval !== undefined && Number.isInteger(interval) && interval >= 1) schedule.interval = interval;
    else fail('interval', `"${String(raw.interval)}" is not a whole number from 1`);
  }

  if (textOf(raw.byday) !== undefined) {
    const byday = bydayOf(raw.byday);
    if (byday.ok) schedule.byday = byday.value;
    else fail('byday', byday.problem);
  } else if (raw.weekday !== undefined && raw.weekday !== null && raw.weekday !== '') {
    // ORUK regular_schedules: one weekday per row (some feeds write a range, "Monday to Friday").
    const day = weekdayOf(raw.weekday);
    const days = day ? undefined : bydayOf(raw.weekday);
    if (day) Object.assign(schedule, { freq: schedule.freq ?? 'WEEKLY', byday: day });
    else if (days?.ok && /^[A-Z,]+$/.test(days.value)) Object.assign(schedule, { freq: schedule.freq ?? 'WEEKLY', byday: days.value });
    else fail('weekday', `"${String(raw.weekday)}" is not a day of the week`);
  }

  if (textOf(raw.bymonthday) !== undefined) {
    const bymonthday = bymonthdayOf(raw.bymonthday);
    if (bymonthday.ok) schedule.bymonthday = bymonthday.value;
    else fail('bymonthday', bymonthday.problem);
  }
  // Plain weekdays with no freq can only mean every week (RFC 5545 needs FREQ; feeds omit it).
  if (!schedule.freq && schedule.byday && !schedule.bymonthday && /^[A-Z,]+$/.test(schedule.byday)) schedule.freq = 'WEEKLY';

  for (const key of ['opens_at', 'closes_at'] as const) {
    if (textOf(raw[key]) === undefined) continue;
    const time = wallTime(raw[key]);
    if (time.ok) schedule[key] = time.value;
    else fail(key, time.problem);
  }
  for (const key of ['valid_from', 'valid_to', 'dtstart', 'until'] as const) {
    const text = textOf(raw[key]);
    if (text === undefined) continue;
    const date = checkDate(text);
    if (date.ok) schedule[key] = date.value;
    else fail(key, date.problem);
  }

  const timezone = raw.timezone;
  if (timezone !== undefined && timezone !== null && timezone !== '') {
    const offset = toNumber(timezone);
    // Kept as given: it is the feed's claim, and the app reads times in timezone_name anyway.
    if (offset !== undefined) schedule.timezone = offset;
    else report('warning', at(path, 'timezone'), `"${String(timezone)}" is not a number (UTC offset); ignored`);
  }
  for (const key of ['description', 'attending_type', 'notes'] as const) {
    const text = readText(raw, key, path, report);
    if (text !== undefined) schedule[key] = text;
  }

  // RFC 5545 forbids BYMONTHDAY with WEEKLY, so it has no meaning there; the weekdays still do
  // (the HSDS 3.0 example itself fills in both).
  if (schedule.freq === 'WEEKLY' && schedule.bymonthday !== undefined) {
    report('warning', at(path, 'bymonthday'), `bymonthday "${schedule.bymonthday}" ignored: it does not go with WEEKLY`);
    delete schedule.bymonthday;
  }
  // The same rules data:check and "open now" apply, so nothing imported is later unreadable.
  if (problems.length === 0) problems.push(...scheduleProblems(schedule));
  if (problems.length > 0) {
    report('error', path, `schedule dropped: ${problems.join('; ')}`);
    return undefined;
  }
  const { timezone_name, ...rule } = schedule;
  if (Object.keys(rule).length === 0) {
    report('warning', path, 'schedule has no days, times or description; ignored');
    return undefined;
  }
  return { ...rule, timezone_name };
}

/**
 * ORUK `holiday_schedules` row: a closure (`closed: true`) from `start_date` to `end_date`, or
 * special hours on those dates (HSDS 3.0 expresses both as dated schedules).
 */
export function normaliseHolidaySchedule(raw: RawRecord, path: string, report: Report): Schedule | undefined {
  const start = textOf(raw.start_date);
  if (start === undefined) return dropHoliday(path, 'start_date', 'no start_date', report);
  const from = checkDate(start);
  if (!from.ok) return dropHoliday(path, 'start_date', from.problem, report);
  const to = checkDate(textOf(raw.end_date) ?? start);
  if (!to.ok) return dropHoliday(path, 'end_date', to.problem, report);
  const dates = { valid_from: from.value, valid_to: to.value, timezone_name: ukTimeZone };
  if (isYes(raw.closed)) return { ...dates, closed: true };

  const opens = wallTime(raw.opens_at);
  const closes = wallTime(raw.closes_at);
  if (!opens.ok) return dropHoliday(path, 'opens_at', `not closed, and opens_at: ${opens.problem}`, report);
  if (!closes.ok) return dropHoliday(path, 'closes_at', `not closed, and closes_at: ${closes.problem}`, report);
  // Special hours on those dates: every day of the range, at the given times.
  return { freq: 'WEEKLY', byday: weekdays.join(','), ...dates, opens_at: opens.value, closes_at: closes.value };
}

function dropHoliday(path: string, key: string, problem: string, report: Report): undefined {
  report('error', at(path, key), `holiday schedule dropped: ${problem}`);
  return undefined;
}

/**
 * Every schedule on a record: HSDS 3.0 `schedules`, ORUK `regular_schedules` (also the singular
 * `regular_schedule` some ORUK feeds send on service_at_location) and `holiday_schedules`.
 * Identical rows are kept once.
 */
export function schedulesOf(raw: RawRecord, path: string, report: Report): Schedule[] {
  const out: Schedule[] = [];
  for (const key of ['schedules', 'regular_schedules', 'regular_schedule']) {
    const rows = isRecord(raw[key]) ? [raw[key] as RawRecord] : recordsIn(raw[key]);
    rows.forEach((row, i) => {
      const schedule = normaliseSchedule(row, isRecord(raw[key]) ? at(path, key) : at(at(path, key), i), report);
      if (schedule) out.push(schedule);
    });
  }
  recordsIn(raw.holiday_schedules).forEach((row, i) => {
    const schedule = normaliseHolidaySchedule(row, at(at(path, 'holiday_schedules'), i), report);
    if (schedule) out.push(schedule);
  });
  return uniqueBy(out, scheduleKey);
}

/** Identity of a schedule for de-duplication (same fields, same values). */
export function scheduleKey(schedule: Schedule): string {
  return JSON.stringify(Object.entries(schedule).sort(([a], [b]) => a.localeCompare(b)));
}
