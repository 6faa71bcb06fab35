/**
 * Opening-hour patterns for demo and synthetic services, as HSDS 3.0 schedule rows. Times are
 * Europe/London wall-clock; a row whose closes_at is earlier than opens_at runs past midnight
 * into the next day (night shelters); 00:00–23:59 on every day means open all the time.
 */
import type { Schedule } from '../../src/lib/directory/model';

type Row = Omit<Schedule, 'timezone_name'>;

const weekdays = 'MO,TU,WE,TH,FR';
const everyDay = 'MO,TU,WE,TH,FR,SA,SU';
const weekly = (byday: string, opens_at: string, closes_at: string, description?: string): Row => ({
  freq: 'WEEKLY',
  byday,
  opens_at,
  closes_at,
  ...(description ? { description } : {})
});
const monthly = (byday: string, opens_at: string, closes_at: string, description: string): Row => ({
  freq: 'MONTHLY',
  byday,
  opens_at,
  closes_at,
  description
});

export const openingPatterns = {
  officeHours: [weekly(weekdays, '09:00', '17:00')],
  lateThursday: [weekly('MO,TU,WE,FR', '09:00', '17:00'), weekly('TH', '09:00', '20:00', 'Late opening on Thursdays.')],
  surgery: [weekly(weekdays, '08:00', '18:30')],
  officeAndSaturday: [weekly(weekdays, '09:00', '17:00'), weekly('SA', '10:00', '13:00')],
  mornings: [weekly('MO,WE,FR', '09:30', '12:30')],
  overnight: [weekly(everyDay, '20:00', '08:00', 'Doors open at 8pm. Everyone leaves by 8am.')],
  allHours: [weekly(everyDay, '00:00', '23:59')],
  cafeEvenings: [weekly('TU,TH', '18:00', '21:00'), weekly('SA', '11:00', '15:00')],
  weeklyMeeting: [weekly('WE', '19:00', '20:30')],
  crisisEvenings: [weekly(everyDay, '18:00', '23:00')],
  pharmacy: [weekly(weekdays, '08:30', '18:30'), weekly('SA', '09:00', '17:30')],
  latePharmacy: [weekly('MO,TU,WE,TH,FR,SA', '07:00', '23:00'), weekly('SU', '10:00', '20:00')],
  vanEvenings: [weekly('MO,WE,FR', '18:00', '21:00')],
  foodBank: [weekly('TU,FR', '10:00', '13:00')],
  sundayLunch: [weekly('SU', '12:00', '14:00')],
  twoDays: [weekly('TU,TH', '10:00', '15:00')],
  gym: [weekly('MO,WE', '17:00', '19:00')],
  releaseDesk: [weekly(weekdays, '08:00', '16:00')],
  firstSaturday: [monthly('1SA', '10:00', '12:30', 'First Saturday of the month.')],
  lastThursday: [monthly('-1TH', '18:00', '20:00', 'Last Thursday of the month.')],
  thirdFriday: [monthly('3FR', '18:00', '20:00', 'Third Friday of the month.')],
  secondTuesday: [monthly('2TU', '17:30', '19:30', 'Second Tuesday of the month, by appointment.')]
} satisfies Record<string, Row[]>;

export type OpeningPattern = keyof typeof openingPatterns;

export const openingPatternNames = Object.keys(openingPatterns) as OpeningPattern[];

/** The pattern's rows, each stamped with the Europe/London time zone (fresh objects every call). */
export function schedulesFor(pattern: OpeningPattern): Schedule[] {
  return openingPatterns[pattern].map((row) => ({ ...row, timezone_name: 'Europe/London' }));
}
