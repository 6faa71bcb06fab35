import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { servicePageTranslator } from '../fixtures';
import { nationsLabel } from './helpline-facts';

const tFor = servicePageTranslator;

let t: TFunction;
beforeAll(async () => {
  t = await tFor('en');
});

describe('which nations a helpline is for', () => {
  it('says "all of the UK" only when all four nations are given', () => {
    expect(nationsLabel(['england', 'scotland', 'wales', 'northern-ireland'], t, 'en')).toBe('For all of the UK');
    expect(nationsLabel(['northern-ireland', 'wales', 'england', 'scotland'], t, 'en')).toBe('For all of the UK');
  });

  it('says "only" for one nation', () => {
    expect(nationsLabel(['england'], t, 'en')).toBe('For England only');
    expect(nationsLabel(['northern-ireland'], t, 'en')).toBe('For Northern Ireland only');
  });

  it('lists two or three nations in one order, whatever order the data gives', () => {
    expect(nationsLabel(['wales', 'england'], t, 'en')).toBe('For England and Wales');
    expect(nationsLabel(['wales', 'scotland', 'england'], t, 'en')).toBe('For England, Scotland and Wales');
    expect(nationsLabel(['northern-ireland', 'scotland'], t, 'en')).toBe('For Scotland and Northern Ireland');
  });

  it('says nothing when the data does not say, rather than guess "UK-wide"', () => {
    expect(nationsLabel(undefined, t, 'en')).toBeUndefined();
    expect(nationsLabel([], t, 'en')).toBeUndefined();
    // A code the data check refuses never reaches a person as a raw key.
    expect(nationsLabel(['uk'], t, 'en')).toBeUndefined();
    expect(nationsLabel(['uk', 'wales'], t, 'en')).toBe('For Wales only');
  });

  it('names the nations and joins them the page language’s way', async () => {
    expect(nationsLabel(['england', 'wales'], await tFor('fr'), 'fr')).toBe("Pour l'Angleterre et le pays de Galles");
    expect(nationsLabel(['england', 'scotland', 'wales'], await tFor('de'), 'de')).toBe('Für England, Schottland und Wales');
    expect(nationsLabel(['england'], await tFor('pl'), 'pl')).toBe('Tylko dla Anglii');
  });
});
