import { describe, expect, it } from 'vitest';
import { localePath, switchLanguage } from './paths';

describe('localePath', () => {
  it('puts every page under its language with a trailing slash', () => {
    expect(localePath('en')).toBe('/en/');
    expect(localePath('fr', 'plan')).toBe('/fr/plan/');
    expect(localePath('fr', '/overdose/now/')).toBe('/fr/overdose/now/');
  });
});

describe('switchLanguage', () => {
  it('keeps the page and changes only the language', () => {
    expect(switchLanguage('/en/plan/', 'fr')).toBe('/fr/plan/');
    expect(switchLanguage('/en/', 'fr')).toBe('/fr/');
    expect(switchLanguage('/fr/overdose/now/', 'en')).toBe('/en/overdose/now/');
  });
});
