import { describe, expect, it } from 'vitest';
import { pickLanguage, redirectToLanguage, type RedirectWindow } from './pick-language';

const available = ['en', 'fr', 'pt-PT'];

describe('pickLanguage', () => {
  it('keeps the language the person chose on this phone', () => {
    expect(pickLanguage('fr', ['en-GB'], available)).toBe('fr');
  });

  it('ignores a stored language Onward no longer has', () => {
    expect(pickLanguage('xx', ['fr-BE'], available)).toBe('fr');
  });

  it('takes the first preferred language that exists, by main language', () => {
    expect(pickLanguage(null, ['de-DE', 'fr-FR', 'en'], available)).toBe('fr');
  });

  it('matches a full tag before the main language', () => {
    expect(pickLanguage(null, ['PT-pt'], available)).toBe('pt-PT');
  });

  it('gives a phone set to pt or pt-BR the Portuguese there is (pt-PT)', () => {
    expect(pickLanguage(null, ['pt-BR', 'en'], available)).toBe('pt-PT');
    expect(pickLanguage(null, ['pt'], available)).toBe('pt-PT');
    expect(pickLanguage(null, ['ar-SA'], [...available, 'ar'])).toBe('ar');
  });

  it('falls back to the first available language', () => {
    expect(pickLanguage(null, ['ja'], available)).toBe('en');
    expect(pickLanguage(null, [], available)).toBe('en');
  });
});

/** Runs the redirect, as `/`'s script does, against a stand-in window. */
function runScript(opts: { stored?: string | null; languages?: string[]; search?: string; storageThrows?: boolean }): string {
  let replaced = '';
  const win: RedirectWindow = {
    localStorage: {
      getItem: () => {
        if (opts.storageThrows) throw new Error('SecurityError');
        return opts.stored ?? null;
      }
    },
    navigator: { languages: opts.languages ?? [] },
    location: { search: opts.search ?? '', replace: (url) => (replaced = url) }
  };
  redirectToLanguage(['en', 'fr'], 'onward.language', win);
  return replaced;
}

describe('the redirect on /', () => {
  it('sends the person to their stored language', () => {
    expect(runScript({ stored: 'fr', languages: ['en-GB'] })).toBe('/fr/');
  });

  it('uses the browser languages when nothing is stored, or storage is blocked', () => {
    expect(runScript({ languages: ['fr-CA'] })).toBe('/fr/');
    expect(runScript({ languages: ['fr-CA'], storageThrows: true })).toBe('/fr/');
  });

  it('follows a known shortcut and ignores anything else in ?go=', () => {
    expect(runScript({ search: '?go=overdose' })).toBe('/en/overdose/');
    expect(runScript({ search: '?go=plan', stored: 'fr' })).toBe('/fr/plan/');
    expect(runScript({ search: '?go=constructor' })).toBe('/en/');
    expect(runScript({ search: '?go=javascript:alert(1)' })).toBe('/en/');
  });
});
