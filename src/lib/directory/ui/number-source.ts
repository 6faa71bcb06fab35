/**
 * Where a real helpline's number was found, and how it was checked, as Home's helpline list and
 * service pages say it. Its own module, apart from helpline-facts.ts, which Find help's cards share:
 * a module travels whole, and Find help has no bytes to spare for this. Pure.
 */
import type { TFunction } from 'i18next';
import { intlLocales } from '$lib/i18n/intl-locale';
import type { DirectoryService } from '../model';
import { checkDate, checkWebUrl } from '../../safe-values';

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
      ? t(service.source_checked_live ? 'service.numberSource.checked' : 'service.numberSource.checkedArchived', { date: monthYear(date.value, lang) })
      : undefined
  };
}

/** "November 2026" in the page's language: a check is as precise as the month (as on the overdose pages). */
export function monthYear(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(intlLocales(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
}
