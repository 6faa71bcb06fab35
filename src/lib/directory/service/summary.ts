/** What a service is in one line, and the words a shared link previews with. */
import type { TFunction } from 'i18next';
import type { DirectoryService } from '../model';
import { nationsLabel } from '../ui/helpline-facts';
import { categoryLabel } from '../ui/labels';

/** The town of the service's first place with one ("Stevenage"); none for helplines. */
export function townOf(service: Pick<DirectoryService, 'locations'>): string | undefined {
  return service.locations.map((l) => l.address?.city?.trim()).find((city) => !!city);
}

/**
 * "Drugs and alcohol · Prescriptions and scripts · Stevenage"; for a helpline, the nations it is for
 * ("Housing · For England only"), or only what it is when its data does not say where it works.
 */
export function summaryLine(service: Pick<DirectoryService, 'categories' | 'nations'>, town: string | undefined, t: TFunction, lang: string): string {
  const categories = service.categories.map((code) => categoryLabel(code, t)).filter((l): l is string => !!l);
  const place = town ?? nationsLabel(service.nations, t, lang);
  return [...categories, ...(place ? [place] : [])].join(' · ');
}

/** "Example Recovery Hub Stevenage, Stevenage: Onward", without repeating a town the name has. */
export function serviceTitle(name: string, town: string | undefined, t: TFunction): string {
  const named = town && !name.toLowerCase().includes(town.toLowerCase()) ? `${name}, ${town}` : name;
  return t('service.title', { name: named });
}

/** OpenGraph locale (language_TERRITORY) of a page language: Onward is for the UK. */
export function ogLocale(lang: string): string {
  return lang === 'en' ? 'en_GB' : lang === 'fr' ? 'fr_FR' : lang;
}
