/**
 * The national helplines Home lists, one tap from a call. `npm run data:build` writes them to
 * `/directory/helplines.json` (about a kilobyte), so Home needs no directory code.
 */
import type { DirectoryService } from './model';
import { checkPhone } from '../safe-values';

/** What Home shows besides the number: the nations a line is for, and where its number was found. */
type HelplineFacts = Pick<DirectoryService, 'nations' | 'source_url' | 'source_checked_live' | 'assured_date'>;

export interface Helpline extends HelplineFacts {
  id: string;
  name: string;
  /** As written for people ("0300 123 6600"); its link is telHref(number). */
  number: string;
}

export const helplinesFile = 'helplines.json';

export function helplinesFrom(services: readonly DirectoryService[]): Helpline[] {
  return services.flatMap((service) => {
    const phone = service.phones.map((p) => checkPhone(p.number)).find((c) => c.ok);
    if (!phone?.ok || !service.national) return [];
    // A demo record's source would be made up: it shows none (as on its service page).
    const { nations, source_url, source_checked_live, assured_date } = service.demo ? {} : service;
    return [{ id: service.id, name: service.name, number: phone.value, ...facts({ nations, source_url, source_checked_live, assured_date }) }];
  });
}

/**
 * Reads the file back through the same phone check; anything malformed is dropped rather than
 * shown. The facts are only carried here: HelplineFacts checks the link and the date as it shows them.
 */
export function readHelplines(json: unknown): Helpline[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((h) => {
    if (!h || typeof h !== 'object') return [];
    const { id, name, number, ...rest } = h as Record<string, unknown>;
    const phone = typeof number === 'string' ? checkPhone(number) : null;
    return typeof id === 'string' && typeof name === 'string' && phone?.ok ? [{ id, name, number: phone.value, ...facts(rest) }] : [];
  });
}

/** The facts of the right types, and only those present, so the file stays small. */
function facts({ nations, source_url, source_checked_live, assured_date }: Record<string, unknown>): HelplineFacts {
  return {
    ...(Array.isArray(nations) && nations.every((n) => typeof n === 'string') ? { nations: nations as HelplineFacts['nations'] } : {}),
    ...(typeof source_url === 'string' ? { source_url } : {}),
    ...(source_checked_live === true ? { source_checked_live } : {}),
    ...(typeof assured_date === 'string' ? { assured_date } : {})
  };
}
