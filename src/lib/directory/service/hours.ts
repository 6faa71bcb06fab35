/**
 * Opening hours as a person reads them: a Monday-to-Sunday table of the regular weekly hours
 * with today marked, and notes for everything a weekly table cannot hold (monthly sessions,
 * closures, the feed's own descriptions). Pure: the component passes in `t` and the language.
 */
import type { TFunction } from 'i18next';
import { weekdays, type Schedule, type Weekday } from '../model';
import { scheduleProblems } from '../schedule';
import { clockTime, ukDate } from '../ui/labels';
import { shortDate, weekdayName, weekdayOf } from './dates';

export interface HoursRow {
  day: Weekday;
  /** "Monday" in the page's language. */
  name: string;
  /** "09:00 to 17:00", "09:00 to 12:00, 13:00 to 17:00", "Closed". */
  times: string;
  /** Today on the UK calendar. */
  today: boolean;
}

export interface Hours {
  /** The regular week; null when the data has no regular weekly hours. */
  week: HoursRow[] | null;
  /** Sentences under the table, in the data's order. */
  notes: string[];
}

/** Ordinal keys for "1SA" (first Saturday) … "-1FR" (last Friday). Literal keys for the messages check. */
const ordinalKeys = {
  '1': 'service.hours.ordinal.1',
  '2': 'service.hours.ordinal.2',
  '3': 'service.hours.ordinal.3',
  '4': 'service.hours.ordinal.4',
  '5': 'service.hours.ordinal.5',
  '-1': 'service.hours.ordinal.last'
} as const;

/** Regular, every week, always: what fits a Monday-to-Sunday table. */
function isRegularWeekly(s: Schedule): boolean {
  const noBounds = !s.valid_from && !s.valid_to && !s.dtstart && !s.until;
  const everyWeek = (s.interval ?? 1) === 1 && !s.bymonthday && !/\d/.test(s.byday ?? '');
  const weekly = s.freq === 'WEEKLY' || (s.freq === undefined && everyWeek);
  return !s.closed && !!s.opens_at && !!s.closes_at && weekly && everyWeek && noBounds;
}

/** "09:00 to 17:00", "Open all day", "20:00 to 08:00 the next morning", each time as the language writes it. */
function sessionText(s: Schedule, t: TFunction, lang: string): string {
  const opens = s.opens_at as string;
  const closes = s.closes_at as string;
  if ((opens === '00:00' && closes === '23:59') || opens === closes) return t('service.hours.allDay');
  const times = { opens: clockTime(opens, lang), closes: clockTime(closes, lang) };
  if (closes < opens) return t('service.hours.overnight', times);
  return t('service.hours.range', times);
}

/** The days a regular row covers: its byday list, or every day when it names none. */
function daysOf(s: Schedule): Weekday[] {
  const listed = (s.byday ?? '')
    .split(',')
    .map((d) => d.trim().toUpperCase())
    .filter((d): d is Weekday => (weekdays as readonly string[]).includes(d));
  return listed.length ? listed : [...weekdays];
}

/** "First Saturday of the month: 10:00 to 12:30" for MONTHLY rows with ordinal days. */
function monthlyText(s: Schedule, t: TFunction, lang: string): string | undefined {
  const days = (s.byday ?? '').split(',').map((token) => /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/i.exec(token.trim()));
  if (!s.opens_at || s.bymonthday || days.length === 0 || days.some((m) => !m || !Object.hasOwn(ordinalKeys, String(Number(m[1]))))) return undefined;
  const when = days
    .map((m) => {
      const day = m![2]!.toUpperCase() as Weekday;
      // The weekday as context: where an ordinal agrees with the weekday's gender (Polish
      // "pierwsza sobota", "pierwszy poniedziałek"), a translation adds e.g. `1_sa`.
      // (i18next's types allow a context only for keys that already have one in English.)
      const withContext = t as unknown as (key: string, options: { context: string }) => string;
      const ordinal = withContext(ordinalKeys[String(Number(m![1])) as keyof typeof ordinalKeys], { context: day.toLowerCase() });
      return t('service.hours.monthlyDay', { ordinal, day: weekdayName(day, lang) });
    })
    .join(', ');
  return t('service.hours.monthly', { days: when, times: sessionText(s, t, lang) });
}

/** "Closed 24 Dec 2026 to 2 Jan 2027." for closures that have not ended yet. */
function closureText(s: Schedule, today: string, t: TFunction, lang: string): string | undefined {
  const from = s.valid_from ?? s.dtstart;
  const to = s.valid_to ?? s.until ?? from;
  if (!from || !to || to < today) return undefined;
  return from === to
    ? t('service.hours.closedOn', { date: shortDate(from, lang) })
    : t('service.hours.closedFrom', { from: shortDate(from, lang), to: shortDate(to, lang) });
}

/** The table and notes for a service's schedules at `now`. Rows with problems are left out. */
export function hoursOf(schedules: readonly Schedule[], now: Date, t: TFunction, lang: string): Hours {
  const usable = schedules.filter((s) => scheduleProblems(s).length === 0);
  const today = ukDate(now);
  const regular = usable.filter(isRegularWeekly);
  const notes: string[] = [];
  const note = (text: string | undefined) => {
    if (text && !notes.includes(text)) notes.push(text);
  };

  for (const s of usable) {
    if (isRegularWeekly(s)) note(s.description);
    else if (s.closed) {
      // A closure that is over is no longer news; one without dates is already in the table.
      const closure = closureText(s, today, t, lang);
      if (closure) note([closure, s.description].filter(Boolean).join(' '));
    }
    else if (s.description) note(s.description);
    else if (s.opens_at) note(monthlyText(s, t, lang) ?? t('service.hours.otherTimes', { times: sessionText(s, t, lang) }));
  }

  if (regular.length === 0) return { week: null, notes };
  const todayName = weekdayOf(today);
  const week = weekdays.map((day) => {
    const sessions = regular.filter((s) => daysOf(s).includes(day)).sort((a, b) => (a.opens_at as string).localeCompare(b.opens_at as string));
    const times = sessions.length ? sessions.map((s) => sessionText(s, t, lang)).join(', ') : t('service.hours.closed');
    return { day, name: weekdayName(day, lang), times, today: day === todayName };
  });
  return { week, notes };
}
