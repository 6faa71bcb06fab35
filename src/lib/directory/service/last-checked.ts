/** "Last checked: 3 Mar 2026", and whether that is long enough ago to warn about. */
import { isStale } from '../freshness';
import { checkDate } from '../../safe-values';
import { ukDate } from '../ui/labels';
import { shortDate } from './dates';

export type LastChecked = { known: false } | { known: true; date: string; stale: boolean };

/**
 * When the details were last checked (`assured_date`), formatted in the page's language, and
 * stale when more than 12 months before today on the UK calendar. A missing or broken date is
 * "not known": never guessed from `last_modified`, which any save bumps.
 */
export function lastChecked(assured: string | undefined, now: Date, lang: string): LastChecked {
  const checked = assured === undefined ? undefined : checkDate(assured);
  if (!checked?.ok) return { known: false };
  return { known: true, date: shortDate(checked.value, lang), stale: isStale(checked.value, ukDate(now)) };
}
