/**
 * Dates as the plan shows them, in the page's language and the phone's time zone, and the
 * value of a `datetime-local` box. Formatters are made once per language: a 500-item checklist
 * formats 500 due labels on every change.
 */
import { intlLocales } from '../i18n/intl-locale';

const formatters = new Map<string, { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat }>();

export function planDates(lang: string) {
  let f = formatters.get(lang);
  if (!f) {
    const locales = intlLocales(lang);
    f = {
      time: new Intl.DateTimeFormat(locales, { hour: 'numeric', minute: '2-digit' }),
      date: new Intl.DateTimeFormat(locales, { weekday: 'short', day: 'numeric', month: 'short' }),
      dateTime: new Intl.DateTimeFormat(locales, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' })
    };
    formatters.set(lang, f);
  }
  const { time, date, dateTime } = f;
  return { time: (ms: number) => time.format(ms), date: (ms: number) => date.format(ms), dateTime: (ms: number) => dateTime.format(ms) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value a `datetime-local` box shows for a time: local, to the minute ("2026-11-18T09:00"). */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** What a `datetime-local` box holds, as a time; undefined for empty or nonsense. */
export function fromLocalInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  // new Date rolls 31 February over into March: refuse instead.
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d || y < 1900 || y > 2200) return undefined;
  return date.getTime();
}
