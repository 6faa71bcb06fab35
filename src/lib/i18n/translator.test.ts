import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { languageCodes } from './languages';
import { loadBundleMessages, loadMessages, type MessageBundle } from './messages';
import { addMessages, translatorFor } from './translator';

describe('translatorFor', () => {
  it('speaks the page language', async () => {
    const t = translatorFor(await loadMessages('fr'));
    expect(t('nav.myPlan')).toBe('Mon plan');
  });

  it('keeps each language apart, whatever order pages are rendered in', async () => {
    const en = translatorFor(await loadMessages('en'));
    const fr = translatorFor(await loadMessages('fr'));
    expect(en('nav.myPlan')).toBe('My plan');
    expect(fr('nav.myPlan')).toBe('Mon plan');
    expect(en('nav.myPlan')).toBe('My plan');
  });

  it('fills in values without HTML-escaping them (Svelte escapes on render)', async () => {
    const t = translatorFor(await loadMessages('en'));
    expect(t('language.current', { name: '<1 & 2>' })).toBe('Language: <1 & 2>');
  });

  it('answers an unknown language in English', async () => {
    const loaded = await loadMessages('xx');
    expect(loaded.lang).toBe('en');
    expect(translatorFor(loaded)('nav.findHelp')).toBe('Find help');
  });

  it('falls back to English for keys an incomplete translation lacks', () => {
    const t = translatorFor({
      lang: 'test-incomplete',
      messages: { nav: { findHelp: 'Hilfe finden' } } as never,
      fallback: { nav: { findHelp: 'Find help', myPlan: 'My plan' } } as never
    });
    expect(t('nav.findHelp')).toBe('Hilfe finden');
    expect(t('nav.myPlan')).toBe('My plan');
  });

  it('answers the same after remembering, and learns keys a bundle adds later', () => {
    // A real language tag ("qaa" is for local use): numbers are written with Intl in the page's language.
    const t = translatorFor({ lang: 'qaa', messages: { a: { b: 'One {{n}}' } } as never });
    expect(t('a.b' as never, { n: 1 })).toBe('One 1');
    expect(t('a.b' as never, { n: 2 })).toBe('One 2');
    expect(t('a.c' as never)).toBe('a.c');
    addMessages({ lang: 'qaa', messages: { a: { c: 'Added' } } });
    expect(t('a.c' as never)).toBe('Added');
    expect(t('a.b' as never, { n: 1 })).toBe('One 1');
  });

  // Counts go through Intl like every other number: {{count}} alone would print "1000000".
  it.each([
    ['en', '1,204 places', '1,000,000 places'],
    ['fr', '1\u202f204 lieux', '1\u202f000\u202f000 de lieux'],
    ['de', '1.204 Orte', '1.000.000 Orte'],
    ['pl', '1204 miejsca', '1\u00a0000\u00a0000 miejsc'],
    ['cy', '1,204 o leoedd', '1,000,000 o leoedd'],
    ['ar', '1,204 أماكن', '1,000,000 مكان'],
    ['pt-PT', '1204 locais', '1\u00a0000\u00a0000 de locais']
  ])('writes counts in %s the way the language does', async (lang, some, many) => {
    const t = translatorFor(await loadMessages(lang));
    addMessages(await loadBundleMessages('find', lang));
    expect(t('find.results.count', { count: 1204 })).toBe(some);
    expect(t('find.results.count', { count: 1_000_000 })).toBe(many);
  });

  it('leaves numbers passed as text alone', async () => {
    const t = translatorFor(await loadMessages('en'));
    expect(t('language.current', { name: '2026' })).toBe('Language: 2026');
  });

  // translatorFor reads plain messages from the resources itself (plainMessage): every word of
  // every language and bundle must read exactly as i18next itself would give it.
  const bundles: MessageBundle[] = ['home', 'more', 'directory', 'find', 'map', 'service', 'overdose', 'plan', 'backup', 'staying-safe', 'lock', 'not-found'];
  it.each(languageCodes)('gives every %s message exactly as i18next does', async (lang) => {
    const core = await loadMessages(lang);
    const t = translatorFor(core);
    const reference = i18next.createInstance();
    await reference.init({ lng: lang, fallbackLng: 'en', initAsync: false, interpolation: { escapeValue: false }, resources: { [lang]: { translation: core.messages }, ...(core.fallback ? { en: { translation: core.fallback } } : {}) } });
    const keys = new Set(leafKeys(core.messages).concat(core.fallback ? leafKeys(core.fallback) : []));
    for (const bundle of bundles) {
      const more = await loadBundleMessages(bundle, lang);
      addMessages(more);
      reference.addResourceBundle(lang, 'translation', more.messages, true, false);
      if (more.fallback) reference.addResourceBundle('en', 'translation', more.fallback, true, false);
      for (const key of leafKeys(more.messages).concat(more.fallback ? leafKeys(more.fallback) : [])) keys.add(key);
    }
    // Plural forms (key_one) are asked for by their base key with a count, never by themselves.
    const asked = [...keys].map((k) => k.replace(/_(zero|one|two|few|many|other)$/, ''));
    expect(asked.length).toBeGreaterThan(500);
    for (const key of asked) expect(t(key as never), key).toBe(reference.t(key as never));
  });
});

function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? leafKeys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
