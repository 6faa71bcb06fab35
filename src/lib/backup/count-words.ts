import type { TFunction } from 'i18next';
import { intlLocales } from '../i18n/intl-locale';
import type { backupCounts } from './format';

type Counts = ReturnType<typeof backupCounts>;

/** Literal keys, so the messages check sees each one used. */
const countKeys = {
  items: 'data.counts.items',
  appointments: 'data.counts.appointments',
  contacts: 'data.counts.contacts',
  saved: 'data.counts.saved'
} as const;

/**
 * "16 checklist items, 1 appointment, 1 contact and 0 saved services", each count with its own
 * plural form (one sentence with four numbers cannot be plural-aware in most languages), joined
 * the way the language joins a list.
 */
export function countWords(counts: Counts, t: TFunction, lang: string): string {
  const parts = (Object.keys(countKeys) as (keyof Counts)[]).map((k) => t(countKeys[k], { count: counts[k] }) as string);
  return new Intl.ListFormat(intlLocales(lang), { style: 'long', type: 'conjunction' }).format(parts);
}
