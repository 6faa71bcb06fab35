import { describe, expect, it } from 'vitest';
import { loadMessages } from './messages';
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
    const t = translatorFor({ lang: 'test-remember', messages: { a: { b: 'One {{n}}' } } as never });
    expect(t('a.b' as never, { n: 1 })).toBe('One 1');
    expect(t('a.b' as never, { n: 2 })).toBe('One 2');
    expect(t('a.c' as never)).toBe('a.c');
    addMessages({ lang: 'test-remember', messages: { a: { c: 'Added' } } });
    expect(t('a.c' as never)).toBe('Added');
    expect(t('a.b' as never, { n: 1 })).toBe('One 1');
  });
});
