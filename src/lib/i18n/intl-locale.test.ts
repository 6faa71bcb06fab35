import { describe, expect, it } from 'vitest';
import { intlLocales } from './intl-locale';

const christmasEve = Date.UTC(2026, 11, 24, 17, 0);
const dateAndTime = (lang: string) =>
  new Intl.DateTimeFormat(intlLocales(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(christmasEve);

describe('the locale rule', () => {
  it('writes English the British way, not the American', () => {
    expect(dateAndTime('en')).toBe('24 Dec 2026, 17:00');
  });

  it('asks for Western digits in Arabic, whatever the browser would pick', () => {
    expect(new Intl.Locale(intlLocales('ar')[0] as string).numberingSystem).toBe('latn');
    expect(new Intl.NumberFormat(intlLocales('ar')).format(1234.5)).toBe('1,234.5');
    expect(dateAndTime('ar')).not.toMatch(/[٠-٩]/);
  });

  it('falls back to British English where the browser has no data for a language', () => {
    // Chrome has no Welsh dates or numbers; nothing has data for "qaa" (reserved for local use).
    expect(dateAndTime('qaa')).toBe('24 Dec 2026, 17:00');
  });

  it('leaves the other languages as they are', () => {
    expect(dateAndTime('fr')).toBe('24 déc. 2026, 17:00');
    expect(dateAndTime('pt-PT')).toBe('24/12/2026, 17:00');
  });
});
