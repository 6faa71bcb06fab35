/**
 * The links behind a service page's buttons: call, text, directions, website, e-mail and
 * "report wrong information". Every value from the data goes through safe-values first, and
 * every link through its one allow-list (`safeHref`), so a link is only ever tel:, sms:, geo:,
 * mailto: or http(s).
 */
import type { DirectoryService, Phone } from '../model';
import { checkCoordinates, checkEmail, checkPhone, checkWebUrl, dialable, safeHref, smsHref, telHref } from '../../safe-values';

/** Phone types that cannot take a voice call (HSDS types). */
const notForCalls = new Set(['text', 'fax', 'pager']);
/** Phone types that cannot take a text message. */
const notForTexts = new Set(['voice', 'fax', 'pager', 'video', 'textphone']);
/** UK mobile numbers (07…, +44 7…): these take texts whatever the feed calls them. */
const ukMobile = /^(?:\+?44\s*\(?0?\)?\s*|0)7/;

/** Every phone of the service, its own first, then its places', each number once. */
export function allPhones(service: Pick<DirectoryService, 'phones' | 'locations'>): Phone[] {
  const seen = new Set<string>();
  return [...service.phones, ...service.locations.flatMap((l) => l.phones ?? [])].filter((phone) => {
    const checked = checkPhone(phone.number);
    if (!checked.ok || seen.has(dialable(checked.value))) return false;
    seen.add(dialable(checked.value));
    return true;
  });
}

/** The number the Call button rings: the first one that takes calls. */
export function callPhone(phones: readonly Phone[]): Phone | undefined {
  return phones.find((p) => !notForCalls.has(p.type ?? 'voice'));
}

/** The number the Text button writes to: a text line first, else a mobile; none for landlines. */
export function textPhone(phones: readonly Phone[]): Phone | undefined {
  return (
    phones.find((p) => p.type === 'text') ??
    phones.find((p) => p.type === 'cell') ??
    phones.find((p) => !notForTexts.has(p.type ?? '') && ukMobile.test(p.number.trim()))
  );
}

export const telLink = (phone: Phone) => telHref(phone.number);

export const smsLink = (phone: Phone) => smsHref(phone.number);

/**
 * Opens the phone's maps app at the service's first mapped place, labelled with its name:
 * `geo:lat,lon?q=lat,lon(Name)` (RFC 5870, with Android's q= label).
 */
export function directionsLink(service: Pick<DirectoryService, 'name' | 'locations'>): string | undefined {
  for (const location of service.locations) {
    const checked = checkCoordinates(location.latitude, location.longitude);
    if (!checked.ok) continue;
    const at = `${checked.value.latitude},${checked.value.longitude}`;
    return safeHref(`geo:${at}?q=${at}(${encodeURIComponent(service.name)})`);
  }
  return undefined;
}

export function webLink(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const checked = checkWebUrl(url);
  return checked.ok ? checked.value : undefined;
}

/** The address as shown, and its mailto: link; undefined when it is not an e-mail address. */
export function emailLink(raw: string | undefined, fields: { subject?: string; body?: string } = {}): { address: string; href: string } | undefined {
  if (raw === undefined) return undefined;
  const checked = checkEmail(raw.replace(/^mailto:/i, ''));
  if (!checked.ok) return undefined;
  const address = checked.value;
  // ?, # and % would end or change the address part of the link.
  const query = Object.entries(fields)
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}=${encodeURIComponent(value as string)}`)
    .join('&');
  const href = `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}${query ? `?${query}` : ''}`;
  const link = safeHref(href);
  return link === undefined ? undefined : { address, href: link };
}
