/**
 * Local wall-clock days and minutes in a time zone, for opening hours (schedule.ts): "day number ×
 * 1440 + minute of day", day 0 = 1970-01-01 in the zone. Pure functions; no Svelte.
 */
export const dayMs = 86_400_000;
export const dayMinutes = 1440;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** One local calendar day, with what recurrence rules ask of it; `month` = year × 12 + month. */
export interface DayInfo {
  day: number;
  weekday: number;
  dayOfMonth: number;
  daysInMonth: number;
  month: number;
  /** Which of its weekday in the month it is: 1st…5th, and -1st…-5th from the end. */
  nth: number;
  nthFromEnd: number;
}

export interface Clock {
  minute: number;
  /** Yesterday (overnight sessions) to today + 8 (anything opening within the next 7 days). */
  days: DayInfo[];
}

const formatters = new Map<string, Intl.DateTimeFormat | undefined>();
const clockFields: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' };

/** One formatter per zone for the life of the page: building one costs far more than using it. */
export function formatterFor(zone: string): Intl.DateTimeFormat | undefined {
  if (!formatters.has(zone)) {
    let formatter: Intl.DateTimeFormat | undefined;
    try {
      formatter = new Intl.DateTimeFormat('en-GB', { ...clockFields, timeZone: zone });
    } catch {
      formatter = undefined; // unknown zone: remembered too, so a bad feed does not throw per call
    }
    formatters.set(zone, formatter);
  }
  return formatters.get(zone);
}

const clocks = new Map<string, { at: number; clock: Clock }>();

/** Local wall clock in `zone`; a search asks ~1000 services about the same minute, so keep the last. */
export function clockAt(zone: string, now: Date): Clock {
  const at = Math.floor(now.getTime() / 60_000);
  const cached = clocks.get(zone);
  if (cached?.at === at) return cached.clock;
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone)!.formatToParts(now)) parts[part.type] = Number(part.value);
  const today = Date.UTC(parts.year!, parts.month! - 1, parts.day!) / dayMs;
  const days: DayInfo[] = [];
  for (let day = today - 1; day <= today + 8; day++) days.push(dayInfo(day));
  // `% 24`: some older engines print midnight as hour 24 even with h23.
  const clock = { minute: today * dayMinutes + (parts.hour! % 24) * 60 + parts.minute!, days };
  clocks.set(zone, { at, clock });
  return clock;
}

export function dayInfo(day: number): DayInfo {
  const date = new Date(day * dayMs);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const nth = Math.ceil(dayOfMonth / 7);
  const nthFromEnd = -Math.ceil((daysInMonth - dayOfMonth + 1) / 7);
  return { day, weekday: weekdayOf(day), dayOfMonth, daysInMonth, month: year * 12 + month, nth, nthFromEnd };
}

/** 0 = Monday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Day number of a real `YYYY-MM-DD` date (2026-02-30 is refused), else undefined. */
export function dayOf(text: string): number | undefined {
  const match = datePattern.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? ms / dayMs : undefined;
}

export function isoDate(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** `HH:MM` of a minute count; midnight is 00:00. */
export function clockTime(minute: number): string {
  const m = ((minute % dayMinutes) + dayMinutes) % dayMinutes;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
