import { describe, expect, it } from 'vitest';
import { loadBundleMessages, loadMessages } from '$lib/i18n/messages';
import { addMessages, translatorFor } from '$lib/i18n/translator';
import { checkedKey, checkedLabel, emergencyNumberSource, sources } from './sources';

describe('guidance sources', () => {
  it('shows the month a source was checked in the page language', () => {
    expect(checkedLabel(emergencyNumberSource, 'en')).toBe('November 2026');
    expect(checkedLabel(emergencyNumberSource, 'fr')).toBe('novembre 2026');
  });

  it.each([
    ['en', 'Checked November 2026.'],
    ['fr', 'Vérifié en novembre 2026.'],
    ['de', 'Geprüft im November 2026.'],
    ['pl', 'Sprawdzono: listopad 2026.'],
    ['cy', 'Gwiriwyd ym mis Tachwedd 2026.'],
    ['ar', 'تم التحقق في نوفمبر 2026.'],
    ['pt-PT', 'Verificado em novembro de 2026.']
  ])('says when it was checked in %s: %j', async (lang, shown) => {
    const t = translatorFor(await loadMessages(lang));
    addMessages(await loadBundleMessages('overdose', lang));
    expect(t('overdose.checked', { date: checkedLabel(emergencyNumberSource, lang) })).toBe(shown);
  });

  it('links only to https sources', () => {
    expect(new URL(emergencyNumberSource.url ?? '').protocol).toBe('https:');
  });

  // content.md: sources were read from archived copies; each needs checking against the live page.
  it('never says "Checked" alone while a source was only read from a saved copy', () => {
    expect(Object.values(sources).every((s) => !s.live)).toBe(true);
    expect(checkedKey(Object.values(sources))).toBe('overdose.checkedArchived');
    const live = { ...emergencyNumberSource, live: true };
    expect(checkedKey([live])).toBe('overdose.checked');
    expect(checkedKey([live, emergencyNumberSource])).toBe('overdose.checkedArchived');
  });
});
