/**
 * Which UK nations a helpline is for, as its card and page say it ("For England only": Home, Find
 * help's cards, the service page's summary line). Pure: callers pass in `t` and the page's language.
 * Where its number was found is `number-source.ts` (not on Find help's cards, whose budget it exceeds).
 */
import type { TFunction } from 'i18next';
import { intlLocales } from '$lib/i18n/intl-locale';
import type { Nation } from '../model';

/**
 * Translation key of each nation's name, in the order a label lists them. Literal keys, so the
 * messages check sees them.
 */
const nationKeys = {
  england: 'find.helplines.nation.england',
  scotland: 'find.helplines.nation.scotland',
  wales: 'find.helplines.nation.wales',
  'northern-ireland': 'find.helplines.nation.northern-ireland'
} as const satisfies Record<Nation, string>;

/**
 * "For all of the UK", "For England only", "For England and Wales", "For England, Scotland and
 * Wales": the nations a record says it serves, always in the same order, joined the page
 * language's way (Intl.ListFormat's default: "and"). Undefined when the record does not say:
 * "UK-wide" would be a guess, and for several national lines it is wrong (NHS 111 is not
 * Scotland's 111). Kept small: Find help and service pages carry it within their byte budgets.
 */
export function nationsLabel(stated: readonly string[] | undefined, t: TFunction, lang: string): string | undefined {
  // Walking the known nations orders the names and drops repeats and codes the data check refuses.
  const names = Object.entries(nationKeys).flatMap(([code, key]) => (stated?.includes(code) ? [t(key)] : []));
  if (!names[0]) return undefined;
  const nations = new Intl.ListFormat(intlLocales(lang)).format(names);
  return t(names.length > 3 ? 'find.helplines.forAll' : names.length > 1 ? 'find.helplines.forSome' : 'find.helplines.forOnly', { nations });
}
