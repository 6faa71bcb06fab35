/**
 * Opening hours: checking a normalised schedule and working out "open now" in the service's own
 * time zone. Pure functions; no Svelte.
 *
 * Everything is worked out in local wall-clock minutes ("day number × 1440 + minute of day",
 * day 0 = 1970-01-01 in the schedule's zone), never in UTC instants: feeds give wall-clock times,
 * and on DST change days the wall clock is what the door sign says.
 */
import { clockAt, clockTime, dayInfo, dayMinutes, dayOf, formatterFor, isoDate, minutesOf, weekdayOf, type Clock, type DayInfo } from './local-clock';
import type { Schedule } from './model';

export type OpenState =
  | { state: 'open'; /** local `HH:MM` it closes, absent when open all day/overnight without end */ closesAt?: string }
  | { state: 'closed'; /** next opening, when known within 7 days */ next?: { weekday: string; date: string; opensAt: string } }
  | { state: 'unknown' };

const dayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const weekMinutes = 7 * dayMinutes;
const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const weeklyDayPattern = /^(MO|TU|WE|TH|FR|SA|SU)$/i;
const monthlyDayPattern = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/i;
const monthDayPattern = /^[+-]?\d{1,2}$/;
const unknown: OpenState = Object.freeze({ state: 'unknown' });

/** A usable row reduced to numbers once, so `openState` does no string work on later calls. */
interface Rule {
  zone: string;
  closed: boolean;
  /** Minutes after local midnight of the day a session starts; `ends` passes 1440 overnight. */
  opens: number;
  ends: number;
  /** Day numbers (inclusive) the row may start a session on: valid_from/dtstart..valid_to/until. */
  first: number;
  last: number;
  unit: 'day' | 'week' | 'month';
  every: number;
  /** dtstart as the day, week (its Monday) and month that `every` counts from. */
  anchor: { day: number; week: number; month: number };
  /** [ordinal, weekday]: ordinal 0 = every such weekday; empty = any weekday. */
  byday: [number, number][];
  /** Day of month, negative counting from the end; empty = any. */
  monthDays: number[];
}

/** Problems that make a schedule unusable ("unparseable schedule"), in plain words. Empty when fine. */
export function scheduleProblems(schedule: Schedule): string[] {
  const problems: string[] = [];
  const s = schedule;
  const unit = unitOf(s);
  if (s.freq !== undefined && s.freq !== 'WEEKLY' && s.freq !== 'MONTHLY') {
    problems.push(`freq "${s.freq}" is not WEEKLY or MONTHLY`);
  }
  const byday = listOf(s.byday);
  const dayPattern = unit === 'month' ? monthlyDayPattern : weeklyDayPattern;
  const dayExample = unit === 'month' ? 'a day like SA, 1SA or -1FR' : 'a day MO, TU, WE, TH, FR, SA or SU';
  for (const token of byday) if (!dayPattern.test(token)) problems.push(`byday "${token}" is not ${dayExample}`);
  const monthDays = listOf(s.bymonthday);
  for (const token of monthDays) {
    if (monthDayOf(token) === undefined) problems.push(`bymonthday "${token}" is not a day of the month (1 to 31, or -1 to -31 from the end)`);
  }
  if (s.freq === 'WEEKLY' && monthDays.length > 0) problems.push('bymonthday only goes with freq MONTHLY');
  if (s.freq === 'WEEKLY' && byday.length === 0) problems.push('freq WEEKLY but no byday says which days');
  if (s.freq === 'MONTHLY' && byday.length === 0 && monthDays.length === 0) {
    problems.push('freq MONTHLY but neither byday nor bymonthday says which days');
  }
  if ((s.opens_at === undefined) !== (s.closes_at === undefined)) problems.push('has only one of opens_at and closes_at');
  for (const field of ['opens_at', 'closes_at'] as const) {
    const time = s[field];
    if (time !== undefined && !timePattern.test(time)) problems.push(`${field} "${time}" is not a 24-hour time HH:MM`);
  }
  for (const field of ['valid_from', 'valid_to', 'dtstart', 'until'] as const) {
    const date = s[field];
    if (date !== undefined && dayOf(date) === undefined) problems.push(`${field} "${date}" is not a date YYYY-MM-DD`);
  }
  const [from, to] = [s.valid_from, s.valid_to].map((date) => (date === undefined ? undefined : dayOf(date)));
  if (from !== undefined && to !== undefined && from > to) problems.push(`valid_from ${s.valid_from} is after valid_to ${s.valid_to}`);
  if (s.interval !== undefined) {
    if (!Number.isInteger(s.interval) || s.interval < 1) problems.push(`interval ${s.interval} is not a whole number of 1 or more`);
    // Without an anchor "every 2 weeks" could be either week: a guess would be wrong half the time.
    else if (s.interval > 1 && s.dtstart === undefined) problems.push(`repeats every ${s.interval} ${unit}s but has no dtstart to count from`);
  }
  if (typeof s.timezone_name !== 'string' || formatterFor(s.timezone_name) === undefined) {
    problems.push(`timezone_name "${s.timezone_name}" is not a known time zone`);
  }
  return problems;
}

/**
 * Whether a service with these schedules is open at `now`, read in the schedules' `timezone_name`.
 * Rows with problems and description-only rows are ignored; no usable row → unknown. `closed`
 * rows close the whole of their days, cutting short any session (even an overnight one) that
 * reaches into them. Touching sessions merge, so 09–12 + 12–17 closes at 17:00.
 */
export function openState(schedules: readonly Schedule[], now: Date): OpenState {
  const rules: Rule[] = [];
  for (const schedule of schedules) {
    const rule = ruleFor(schedule);
    if (rule) rules.push(rule);
  }
  if (rules.length === 0 || !Number.isFinite(now.getTime())) return unknown;
  // UK rows all share Europe/London; a service mixing zones is a data error, read in the first.
  const clock = clockAt(rules[0]!.zone, now);
  const closedDays = clock.days.map((day) => rules.some((rule) => rule.closed && occursOn(rule, day)));
  if (!rules.some((rule) => !rule.closed)) {
    // Only closures: we know it is shut on those days, but not its hours on any other.
    return closedDays[1] ? { state: 'closed' } : unknown;
  }
  return stateAt(mergeSpans(openSpans(rules, clock.days, closedDays)), clock);
}

/**
 * `openState(schedules, now).state === 'open'`, for filtering: open now over 10,000 services asks
 * this of every candidate, so the usual case (the same hours every week) is a lookup.
 */
export function isOpenAt(schedules: readonly Schedule[], now: Date): boolean {
  const weekly = weeklyPattern(schedules);
  if (weekly && Number.isFinite(now.getTime())) {
    const clock = clockAt(weekly.zone, now);
    const day = Math.floor(clock.minute / dayMinutes);
    const at = weekdayOf(day) * dayMinutes + (clock.minute - day * dayMinutes);
    return weekly.spans.some(([start, end]) => start <= at && at < end);
  }
  // Dates, closures, "every 2 weeks", "first Saturday": rare; the full answer is exact.
  return openState(schedules, now).state === 'open';
}

/**
 * Parses a service's hours ahead of time (the first `isOpenAt` on a schedule parses and checks
 * every row, many times the cost of the lookup after), so an "Open now" tap only looks up.
 * Nothing to do for hours whose weekly pattern came compiled in the shard.
 */
export function prepareHours(schedules: readonly Schedule[]): void {
  if (weeklyPattern(schedules) === null) for (const schedule of schedules) ruleFor(schedule);
}

/** One week's open spans as [start, end) minutes from Monday 00:00 local time in `zone`. */
export interface WeeklyPattern {
  zone: string;
  spans: [number, number][];
}

const weeklyCache = new WeakMap<readonly Schedule[], WeeklyPattern | null>();

/**
 * Most services keep the same hours every week: no dates, closures, "every 2 weeks" or "first
 * Saturday". For those, the open spans of one week (minutes from Monday 00:00, local time) are
 * worked out once, and "open now?" is a lookup. Null for anything else (the full path handles it).
 * The data build stores it in the shards (shards/weekly-hours.ts), so a phone need not parse.
 */
export function weeklyPattern(schedules: readonly Schedule[]): WeeklyPattern | null {
  const known = weeklyCache.get(schedules);
  if (known !== undefined) return known;
  const rules = schedules.map(ruleFor).filter((rule): rule is Rule => rule !== null);
  const zone = rules[0]?.zone;
  const simple =
    rules.length > 0 &&
    rules.every(
      (rule) =>
        !rule.closed &&
        rule.zone === zone &&
        rule.every === 1 &&
        rule.first === -Infinity &&
        rule.last === Infinity &&
        (rule.unit === 'week' || rule.unit === 'day') &&
        rule.monthDays.length === 0 &&
        rule.byday.every(([nth]) => nth === 0)
    );
  let pattern: WeeklyPattern | null = null;
  if (simple && zone !== undefined) {
    const spans: [number, number][] = [];
    for (const rule of rules)
      for (let weekday = 0; weekday < 7; weekday++) {
        if (rule.byday.length > 0 && !rule.byday.some(([, d]) => d === weekday)) continue;
        const start = weekday * dayMinutes + rule.opens;
        const end = weekday * dayMinutes + rule.ends;
        // A Sunday night session runs on into Monday morning, the start of the week.
        if (end <= weekMinutes) spans.push([start, end]);
        else spans.push([start, weekMinutes], [0, end - weekMinutes]);
      }
    pattern = { zone, spans };
  }
  weeklyCache.set(schedules, pattern);
  return pattern;
}

/**
 * Takes `pattern` as these rows' weekly pattern without parsing them: only for one the data build
 * worked out with `weeklyPattern` from the same rows (shards/weekly-hours.ts checks its shape).
 */
export function rememberWeeklyPattern(schedules: readonly Schedule[], pattern: WeeklyPattern): void {
  weeklyCache.set(schedules, pattern);
}

const ruleCache = new WeakMap<Schedule, Rule | null>();

/** The row as a rule, or null when it has problems or no hours; rows are parsed once, then cached. */
function ruleFor(schedule: Schedule): Rule | null {
  let rule = ruleCache.get(schedule);
  if (rule === undefined) {
    rule = scheduleProblems(schedule).length === 0 ? toRule(schedule) : null;
    ruleCache.set(schedule, rule);
  }
  return rule;
}

function toRule(s: Schedule): Rule | null {
  const closed = s.closed === true;
  if (!closed && (s.opens_at === undefined || s.closes_at === undefined)) return null;
  const opens = s.opens_at === undefined ? 0 : minutesOf(s.opens_at);
  const closes = s.closes_at === undefined ? 0 : minutesOf(s.closes_at);
  // HSDS writes "open all day" as 00:00–23:59, so 23:59 means midnight. closes <= opens crosses
  // midnight (20:00–08:00 ends next morning; 09:00–09:00 is 24 hours).
  const ends = (s.closes_at === '23:59' ? dayMinutes : closes) + (closes <= opens ? dayMinutes : 0);
  // Dates were checked by scheduleProblems; a missing bound is open-ended.
  const dayOr = (date: string | undefined, none: number) => (date === undefined ? none : dayOf(date)!);
  const anchor = dayInfo(dayOr(s.dtstart, 0));
  return {
    zone: s.timezone_name,
    closed,
    opens,
    ends,
    first: Math.max(dayOr(s.valid_from, -Infinity), dayOr(s.dtstart, -Infinity)),
    last: Math.min(dayOr(s.valid_to, Infinity), dayOr(s.until, Infinity)),
    unit: unitOf(s),
    every: s.interval ?? 1,
    anchor: { day: anchor.day, week: anchor.day - anchor.weekday, month: anchor.month },
    byday: listOf(s.byday).map((token) => {
      const match = monthlyDayPattern.exec(token)!;
      return [Number(match[1] ?? 0), dayCodes.indexOf(match[2]!.toUpperCase() as (typeof dayCodes)[number])];
    }),
    monthDays: listOf(s.bymonthday).map((token) => monthDayOf(token)!)
  };
}

/** No freq: bymonthday or an ordinal byday (`1SA`) implies monthly, plain byday weekly, neither daily. */
function unitOf(s: Schedule): Rule['unit'] {
  if (s.freq === 'MONTHLY' || (s.freq === undefined && (listOf(s.bymonthday).length > 0 || /\d/.test(s.byday ?? '')))) return 'month';
  if (s.freq === 'WEEKLY' || (s.freq === undefined && listOf(s.byday).length > 0)) return 'week';
  return 'day';
}

/** Whether a row starts a session (or closes) on this local day. */
function occursOn(rule: Rule, d: DayInfo): boolean {
  if (d.day < rule.first || d.day > rule.last || !onCycle(rule, d)) return false;
  const weekdayOk =
    rule.byday.length === 0 ||
    rule.byday.some(([nth, weekday]) => weekday === d.weekday && (nth === 0 || nth === d.nth || nth === d.nthFromEnd));
  // RFC 5545: byday and bymonthday together both have to match (e.g. "Friday the 13th").
  const monthDayOk =
    rule.monthDays.length === 0 ||
    rule.monthDays.some((m) => m === d.dayOfMonth || (m < 0 && d.daysInMonth + m + 1 === d.dayOfMonth));
  return weekdayOk && monthDayOk;
}

/** `interval`: counted in days, Monday-started weeks (RFC 5545 WKST=MO) or months from dtstart. */
function onCycle(rule: Rule, d: DayInfo): boolean {
  if (rule.every === 1) return true;
  const { anchor } = rule;
  const steps =
    rule.unit === 'day' ? d.day - anchor.day : rule.unit === 'week' ? (d.day - d.weekday - anchor.week) / 7 : d.month - anchor.month;
  return steps % rule.every === 0;
}

/** Every opening session in the window as [start, end) minutes, with closed days cut out. */
function openSpans(rules: readonly Rule[], days: readonly DayInfo[], closedDays: readonly boolean[]): [number, number][] {
  const spans: [number, number][] = [];
  const firstDay = days[0]!.day;
  for (const d of days) {
    for (const rule of rules) {
      if (rule.closed || !occursOn(rule, d)) continue;
      const start = d.day * dayMinutes + rule.opens;
      const end = d.day * dayMinutes + rule.ends;
      // Cut at each midnight so a closure can take out one calendar day of an overnight session.
      for (let day = Math.floor(start / dayMinutes); day * dayMinutes < end; day++) {
        if (closedDays[day - firstDay]) continue;
        spans.push([Math.max(start, day * dayMinutes), Math.min(end, (day + 1) * dayMinutes)]);
      }
    }
  }
  return spans;
}

/** Sorted, with overlapping and touching spans joined. */
function mergeSpans(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

function stateAt(merged: readonly [number, number][], clock: Clock): OpenState {
  const now = clock.minute;
  for (const [start, end] of merged) {
    if (end <= now) continue;
    if (start <= now) return end - now >= weekMinutes ? { state: 'open' } : { state: 'open', closesAt: clockTime(end) };
    if (start - now > weekMinutes) break;
    const day = Math.floor(start / dayMinutes);
    return { state: 'closed', next: { weekday: dayCodes[weekdayOf(day)]!, date: isoDate(day), opensAt: clockTime(start) } };
  }
  return { state: 'closed' };
}

function listOf(text: string | undefined): string[] {
  return text === undefined || text.trim() === '' ? [] : text.split(',').map((token) => token.trim());
}

function monthDayOf(token: string): number | undefined {
  const n = Number(token);
  return monthDayPattern.test(token) && n !== 0 && Math.abs(n) <= 31 ? n : undefined;
}
