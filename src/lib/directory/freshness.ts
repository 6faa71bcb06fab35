/**
 * How old "last checked" may get before people are warned: one rule for `npm run data:check`
 * and the service page, so the two never disagree about a record.
 */

/** Details checked longer ago than this are flagged as possibly out of date. */
export const staleAfterMonths = 12;

/**
 * True when `checked` (ISO date) is more than 12 months before `today` (ISO date): checked on
 * 3 Mar 2025, it turns stale on 4 Mar 2026. A 29 Feb check runs to 28 Feb.
 */
export function isStale(checked: string, today: string): boolean {
  const [y, m, d] = checked.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + staleAfterMonths + 1, 0)).getUTCDate();
  const limit = new Date(Date.UTC(y, m - 1 + staleAfterMonths, Math.min(d, lastDay))).toISOString().slice(0, 10);
  return today > limit;
}
