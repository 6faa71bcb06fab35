/**
 * The national helplines Home lists, one tap from a call. `npm run data:build` writes them to
 * `/directory/helplines.json` (a few hundred bytes), so Home needs no directory code.
 */
import type { DirectoryService } from './model';
import { checkPhone } from './safe-values';

export interface Helpline {
  id: string;
  name: string;
  /** As written for people ("0300 123 6600"); its link is telHref(number). */
  number: string;
}

export const helplinesFile = 'helplines.json';

export function helplinesFrom(services: readonly DirectoryService[]): Helpline[] {
  return services.flatMap((service) => {
    const phone = service.phones.map((p) => checkPhone(p.number)).find((c) => c.ok);
    return phone?.ok && service.national ? [{ id: service.id, name: service.name, number: phone.value }] : [];
  });
}

/** Reads the file back through the same phone check; anything malformed is dropped rather than shown. */
export function readHelplines(json: unknown): Helpline[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((h) => {
    if (!h || typeof h !== 'object') return [];
    const { id, name, number } = h as Record<string, unknown>;
    const phone = typeof number === 'string' ? checkPhone(number) : null;
    return typeof id === 'string' && typeof name === 'string' && phone?.ok ? [{ id, name, number: phone.value }] : [];
  });
}
