import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aroundValue, valueSlot } from './bidi';
import { languageCodes } from './languages';
import { translatorFor } from './translator';

/** The sentences Onward splits around a directory value, and the value's name in each. */
const sentences = [
  { key: 'service.alert', value: 'text' },
  { key: 'service.organisation', value: 'name' },
  { key: 'saved.removed', value: 'name' }
] as const;

/** A language's core words and its service page bundle (their top-level keys do not overlap). */
function messages(lang: string) {
  const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../messages/${path}`, import.meta.url), 'utf8'));
  return { ...read(`${lang}.json`), ...read(`service/${lang}.json`) };
}

describe('aroundValue', () => {
  it('splits a sentence where the value goes', () => {
    expect(aroundValue(`Please note: ${valueSlot}`)).toEqual(['Please note: ', '']);
    expect(aroundValue(`Removed ${valueSlot}.`)).toEqual(['Removed ', '.']);
    expect(aroundValue(`${valueSlot} is back.`)).toEqual(['', ' is back.']);
  });

  it('keeps a sentence without the value whole', () => {
    expect(aroundValue('No value here')).toEqual(['No value here', '']);
  });

  for (const lang of languageCodes) {
    it(`${lang}: each split sentence has its value once, and reads as i18next would write it`, () => {
      const t = translatorFor({ lang, messages: messages(lang) });
      for (const { key, value } of sentences) {
        const [before, after] = aroundValue(t(key as never, { [value]: valueSlot }) as unknown as string);
        expect(`${before}${after}`, key).not.toContain(valueSlot);
        expect(`${before}Example Hub (Leeds).${after}`, key).toBe(t(key as never, { [value]: 'Example Hub (Leeds).' }));
      }
    });
  }
});
