/** Small, valid directory records for unit tests (shared by the directory feature's tests). */
import type { TFunction } from 'i18next';
import { loadBundleMessages, loadMessages } from '$lib/i18n/messages';
import { addMessages, translatorFor } from '$lib/i18n/translator';
import type { DirectoryDataset, DirectoryService, Schedule } from './model';

let counter = 0;

/** A valid local demo service in Stevenage; override any field. */
export function makeService(overrides: Partial<DirectoryService> = {}): DirectoryService {
  counter++;
  return {
    id: `test-${counter}`,
    name: `Example Service ${counter}`,
    status: 'active',
    description: 'A place to get help.',
    phones: [{ number: '01632 960001' }],
    schedules: [weekdays('09:00', '17:00')],
    locations: [{ id: `loc-${counter}`, latitude: 51.9038, longitude: -0.1966, address: { address_1: '1 Example Street', city: 'Stevenage', postal_code: 'SG1' } }],
    categories: ['drugs-alcohol'],
    attributes: [],
    assured_date: '2026-10-01',
    demo: true,
    ...overrides
  };
}

export function weekdays(opens: string, closes: string): Schedule {
  return { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: opens, closes_at: closes, timezone_name: 'Europe/London' };
}

export function makeDataset(services: DirectoryService[]): DirectoryDataset {
  return { format: 'onward-directory', version: 1, name: 'Test data', services };
}

/** `t` for a language with the words a service page loads (core, directory, service), as it has them. */
export async function servicePageTranslator(lang: string): Promise<TFunction> {
  const t = translatorFor(await loadMessages(lang));
  addMessages(await loadBundleMessages('directory', lang));
  addMessages(await loadBundleMessages('service', lang));
  return t;
}
