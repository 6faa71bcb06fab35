/**
 * Opening hours compiled at data-build time, so that "Open now" on a phone is a lookup. Parsing a
 * service's hours the first time costs ~10–20 µs (4 times that on a cheap phone); an "Open now"
 * tap over a big area asks about ~1,000 services, often before idle time has parsed them.
 *
 * A shard stores, beside a service's (or a place's own) `schedules`, `weekly`: the open spans of
 * one week that `weeklyPattern` (schedule.ts, the one definition) finds in those rows, in
 * Europe/London wall-clock minutes from Monday 00:00, sorted and joined, written as alternating
 * lengths: [shut for, open for, shut for, open for, …]. Lengths repeat from day to day (09–17 on
 * weekdays is 540, 480, 960, 480, …), which gzip packs far better than the minutes themselves.
 * Absent when the hours are not the same every week (dates, closures, "every 2 weeks", "first
 * Saturday"), or in another time zone: then the phone parses the rows, as before.
 *
 * The field is optional, so the shard format version did not change: an older app ignores it,
 * and this one parses the rows of an older shard. Changing what it means needs a new field name.
 */
import type { Schedule } from '../model';
import { rememberWeeklyPattern, weeklyPattern } from '../schedule';
import { shardDefaults } from './format';

const weekMinutes = 7 * 1440;
/** Far more spans than any real week has: a value longer than this is refused, never looped over. */
const maxNumbers = 200;

/** Build time: the `weekly` value for these rows, or undefined when they must be parsed. */
export function compileWeeklyHours(schedules: readonly Schedule[]): number[] | undefined {
  const pattern = weeklyPattern(schedules);
  if (!pattern || pattern.zone !== shardDefaults.timezone_name) return undefined;
  const merged: [number, number][] = [];
  for (const [start, end] of [...pattern.spans].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const lengths: number[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    lengths.push(start - at, end - start);
    at = end;
  }
  return lengths.length <= maxNumbers ? lengths : undefined;
}

/**
 * On the phone: gives `schedules` the compiled `weekly` value read from a shard. A value that is
 * not well formed (a damaged or tampered file) is ignored, and the rows are parsed instead.
 */
export function useWeeklyHours(schedules: readonly Schedule[], weekly: unknown): void {
  const spans = spansOf(weekly);
  if (spans) rememberWeeklyPattern(schedules, { zone: shardDefaults.timezone_name, spans });
}

/** [start, end) spans within one week, or null unless every number is a whole, in-range length. */
function spansOf(weekly: unknown): [number, number][] | null {
  if (!Array.isArray(weekly) || weekly.length === 0 || weekly.length % 2 !== 0 || weekly.length > maxNumbers) return null;
  const spans: [number, number][] = [];
  let at = 0;
  for (let i = 0; i < weekly.length; i += 2) {
    const [shut, open] = [weekly[i], weekly[i + 1]];
    if (!Number.isInteger(shut) || !Number.isInteger(open) || shut < 0 || open < 1) return null;
    const start = at + shut;
    at = start + open;
    if (at > weekMinutes) return null;
    spans.push([start, at]);
  }
  return spans;
}
