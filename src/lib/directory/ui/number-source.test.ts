import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { servicePageTranslator } from '../fixtures';
import { monthYear, numberSource } from './number-source';

const tFor = servicePageTranslator;

let t: TFunction;
beforeAll(async () => {
  t = await tFor('en');
});

describe('where a helpline’s number was found', () => {
  const shelter = {
    source_url: 'http://www.prisonreformtrust.org.uk/ForPrisonersFamilies/PrisonerInformationPages/Resettlement',
    assured_date: '2026-11-22'
  };

  it('links the page and says it was checked on saved copies until someone checks the live page', () => {
    expect(numberSource(shelter, t, 'en')).toEqual({
      href: shelter.source_url,
      site: 'prisonreformtrust.org.uk',
      checked: 'Checked November 2026 using saved copies of the web pages, not yet the live pages.'
    });
    expect(numberSource({ ...shelter, source_checked_live: false }, t, 'en')?.checked).toMatch(/saved copies/);
    expect(numberSource({ ...shelter, source_checked_live: true }, t, 'en')?.checked).toBe('Checked November 2026.');
  });

  it('writes the month in the page’s language', async () => {
    expect(monthYear('2026-11-22', 'en')).toBe('November 2026');
    expect(numberSource(shelter, await tFor('fr'), 'fr')?.checked).toBe(
      'Vérifié en novembre 2026 sur des copies enregistrées des pages web, pas encore sur les pages en ligne.'
    );
  });

  it('shows the source without a date when the record has none', () => {
    expect(numberSource({ source_url: 'https://www.samaritans.org/' }, t, 'en')).toEqual({
      href: 'https://www.samaritans.org/',
      site: 'samaritans.org',
      checked: undefined
    });
  });

  it('shows nothing for a demo record, a record without a source, or a link that is not a web page', () => {
    expect(numberSource({ ...shelter, demo: true }, t, 'en')).toBeUndefined();
    expect(numberSource({ assured_date: '2026-11-22' }, t, 'en')).toBeUndefined();
    expect(numberSource({ ...shelter, source_url: 'javascript:alert(1)' }, t, 'en')).toBeUndefined();
    expect(numberSource({ ...shelter, source_url: 'tel:999' }, t, 'en')).toBeUndefined();
    expect(numberSource({ ...shelter, source_url: 'https://www.nhs.uk@evil.example/' }, t, 'en')).toBeUndefined();
  });
});
