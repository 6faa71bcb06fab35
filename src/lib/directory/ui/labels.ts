/**
 * How directory facts read to a person: category and attribute names (as translation keys),
 * open-now lines and distances. Pure: the components pass in `t` and the language.
 */
import type { TFunction } from 'i18next';
import { intlLocales } from '$lib/i18n/intl-locale';
import type { OpenState } from '../schedule';

/** Translation key of each category's short name. Literal keys, so the messages check sees them. */
export const categoryLabelKeys = {
  'drugs-alcohol': 'taxonomy.category.drugs-alcohol',
  prescribing: 'taxonomy.category.prescribing',
  'needle-naloxone': 'taxonomy.category.needle-naloxone',
  housing: 'taxonomy.category.housing',
  'gp-health': 'taxonomy.category.gp-health',
  pharmacy: 'taxonomy.category.pharmacy',
  'mental-health': 'taxonomy.category.mental-health',
  'peer-support': 'taxonomy.category.peer-support',
  money: 'taxonomy.category.money',
  food: 'taxonomy.category.food',
  'id-banking': 'taxonomy.category.id-banking',
  'work-training': 'taxonomy.category.work-training',
  'probation-justice': 'taxonomy.category.probation-justice',
  'family-support': 'taxonomy.category.family-support',
  activities: 'taxonomy.category.activities',
  'legal-advice': 'taxonomy.category.legal-advice'
} as const;

export const attributeLabelKeys = {
  'walk-in': 'taxonomy.attribute.walk-in',
  'no-id': 'taxonomy.attribute.no-id',
  'same-day': 'taxonomy.attribute.same-day',
  free: 'taxonomy.attribute.free',
  'women-only': 'taxonomy.attribute.women-only',
  'prison-leavers': 'taxonomy.attribute.prison-leavers',
  naloxone: 'taxonomy.attribute.naloxone',
  'needle-exchange': 'taxonomy.attribute.needle-exchange',
  'phone-line': 'taxonomy.attribute.phone-line',
  'open-24h': 'taxonomy.attribute.open-24h'
} as const;

export type CategoryCode = keyof typeof categoryLabelKeys;
export type AttributeCode = keyof typeof attributeLabelKeys;

export function categoryLabel(code: string, t: TFunction): string | undefined {
  return Object.hasOwn(categoryLabelKeys, code) ? t(categoryLabelKeys[code as CategoryCode]) : undefined;
}

export function attributeLabel(code: string, t: TFunction): string | undefined {
  return Object.hasOwn(attributeLabelKeys, code) ? t(attributeLabelKeys[code as AttributeCode]) : undefined;
}

const ukZone = 'Europe/London';

/**
 * Intl formatters are slow to create (tenths of a millisecond each, several times that on a cheap
 * phone) and a results list needs a few per card on every keystroke: make each kind once.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = formatters.get(key) as T | undefined;
  if (!found) formatters.set(key, (found = make()));
  return found;
}

let lastDay: { time: number; date: string } | null = null;

/** `YYYY-MM-DD` of `now` on the UK calendar (schedules are UK wall-clock times). */
export function ukDate(now: Date): string {
  // Every card in a list asks with the same "now": format it once.
  const time = now.getTime();
  if (lastDay?.time === time) return lastDay.date;
  const date = formatter('uk-date', () => new Intl.DateTimeFormat('en-CA', { timeZone: ukZone, year: 'numeric', month: '2-digit', day: '2-digit' })).format(now);
  lastDay = { time, date };
  return date;
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Short weekday name of a local date in the person's language ("Mon", "lun."). */
function weekdayName(isoDate: string, lang: string): string {
  return formatter(`weekday-${lang}`, () => new Intl.DateTimeFormat(intlLocales(lang), { weekday: 'short', timeZone: 'UTC' })).format(new Date(`${isoDate}T12:00:00Z`));
}

const clockTimes = new Map<string, string>();

/**
 * A time of day from the data ("09:00", already UK wall-clock time) as the language writes it,
 * in its own short time style: "09:00", "9:00 ص". Formatted as that time in UTC, so no time zone
 * can shift it. Remembered: every card on every keystroke asks for a handful of the same times.
 */
export function clockTime(hhmm: string, lang: string): string {
  const key = `${lang} ${hhmm}`;
  let text = clockTimes.get(key);
  if (text === undefined) {
    const [h, m] = hhmm.split(':').map(Number);
    text = formatter(`clock-${lang}`, () => new Intl.DateTimeFormat(intlLocales(lang), { timeStyle: 'short', timeZone: 'UTC' })).format(Date.UTC(2000, 0, 1, h, m));
    clockTimes.set(key, text);
  }
  return text;
}

export interface OpenLine {
  tone: 'open' | 'closed' | 'unknown';
  text: string;
}

/** "Open now · closes 17:00", "Closed · opens tomorrow 09:00", "Closed · opens Mon 09:00", "Hours not known". */
export function openLine(open: OpenState, t: TFunction, lang: string, now: Date): OpenLine {
  if (open.state === 'open')
    return { tone: 'open', text: open.closesAt ? t('find.open.closesAt', { time: clockTime(open.closesAt, lang) }) : t('find.open.now') };
  if (open.state === 'unknown') return { tone: 'unknown', text: t('find.open.unknown') };
  const next = open.next;
  if (!next) return { tone: 'closed', text: t('find.open.closed') };
  const today = ukDate(now);
  const time = clockTime(next.opensAt, lang);
  const text =
    next.date === today
      ? t('find.open.opensToday', { time })
      : next.date === addDays(today, 1)
        ? t('find.open.opensTomorrow', { time })
        : t('find.open.opensOn', { day: weekdayName(next.date, lang), time });
  return { tone: 'closed', text };
}

/** Walking pace for "about N min walk": 5 km/h, the usual planning figure. */
const walkKmPerHour = 5;

/** "350 m · about 4 min walk", "1.2 km · about 15 min walk", "24 km" (no walk time past an hour). */
export function distanceLabel(km: number, t: TFunction, lang: string): string {
  const metres = Math.max(10, Math.round(km * 100) * 10);
  const digits = metres < 1000 ? 0 : km < 10 ? 1 : 0;
  const number = formatter(`number-${lang}-${digits}`, () => new Intl.NumberFormat(intlLocales(lang), { maximumFractionDigits: digits }));
  // 995 m and more rounds to "1,000 m": say "1 km" instead.
  const distance = metres < 1000 ? t('find.distance.metres', { metres: number.format(metres) }) : t('find.distance.km', { km: number.format(km) });
  const minutes = Math.max(1, Math.round((km / walkKmPerHour) * 60));
  return minutes <= 60 ? t('find.distance.withWalk', { distance, count: minutes }) : distance;
}
