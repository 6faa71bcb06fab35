import status from '../../../messages/status.json';

/** One language Onward ships, as listed in messages/status.json. */
export interface Language {
  code: string;
  /** The language's name in itself, so people find their own language in the list. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** false while some keys still fall back to English. */
  complete: boolean;
  /** false until a native speaker has checked the translation. */
  reviewed: boolean;
}

export const defaultLanguage = 'en';

/** Every language that has a messages file, English first. */
export const languages: readonly Language[] = Object.entries(status).map(([code, s]) => ({
  code,
  name: s.name,
  dir: s.dir === 'rtl' ? 'rtl' : 'ltr',
  complete: s.complete,
  reviewed: s.reviewed
}));

export const languageCodes: readonly string[] = languages.map((l) => l.code);

export function isLanguage(code: string): boolean {
  return languageCodes.includes(code);
}

/** The language for a code, falling back to English for anything unknown. */
export function languageFor(code: string): Language {
  return languages.find((l) => l.code === code) ?? (languages[0] as Language);
}
