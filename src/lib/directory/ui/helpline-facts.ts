/**
 * What a helpline's card and page say about it beyond its number: which UK nations it is for
 * ("For England only": Home, Find help's cards, the service page's summary line), and where its
 * number was found and how it was checked (Home's list). Pure: callers pass in `t` and the page's
 * language.
 */
import type { TFunction } from 'i18next';
import { intlLocales } from '$lib/i18n/intl-locale';
import type { DirectoryService, Nation } from '../model';
import { checkDate, checkWebUrl } from '../safe-values';

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

export interface NumberSource {
  /** The page the number was found on: an http(s) address that passed `checkWebUrl`. */
  href: string;
  /** What the link reads: the site's name as its address gives it ("samaritans.org"). */
  site: string;
  /** "Checked November 2026 using saved copies of the web pages, …", or none without a date. */
  checked?: string;
}

/**
 * Where a real helpline's number was found, and when and how it was checked: the same wording as
 * the overdose pages' sources, so nobody reads "checked" as "checked today on the live page".
 * None for demo records (made up, with no source) or a link the allow-list refuses.
 */
export function numberSource(
  service: Pick<DirectoryService, 'demo' | 'source_url' | 'source_checked_live' | 'assured_date'>,
  t: TFunction,
  lang: string
): NumberSource | undefined {
  // A web address only (the allow-list's http and https part), as a service's own website is.
  const link = service.demo || !service.source_url ? undefined : checkWebUrl(service.source_url);
  if (!link?.ok) return undefined;
  const date = checkDate(service.assured_date ?? '');
  return {
    href: link.value,
    site: new URL(link.value).hostname.replace(/^www\./, ''),
    checked: date.ok
      ? t(service.source_checked_live ? 'home.helplines.checked' : 'home.helplines.checkedArchived', { date: monthYear(date.value, lang) })
      : undefined
  };
}

/** "November 2026" in the page's language: a check is as precise as the month (as on the overdose pages). */
export function monthYear(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(intlLocales(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
}
