/** Dates and weekdays in the page's language, read on the UK calendar the data is written in. */
import { intlLocales } from '$lib/i18n/intl-locale';
import type { Weekday } from '../model';
import { weekdays } from '../model';

/** "3 Mar 2026", "3 mars 2026". `iso` is a checked YYYY-MM-DD date. */
export function shortDate(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(intlLocales(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`)
  );
}

/** "Monday", "lundi". 1 Jan 2024 was a Monday. */
export function weekdayName(day: Weekday, lang: string): string {
  const date = new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(day), 12));
  return new Intl.DateTimeFormat(intlLocales(lang), { weekday: 'long', timeZone: 'UTC' }).format(date);
}

/** The weekday of a YYYY-MM-DD date. */
export function weekdayOf(iso: string): Weekday {
  return weekdays[(new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7] as Weekday;
}
