/**
 * When an English life-critical line changes, every translation of it must change too (issue
 * #15): fixtures/superseded-translations.json holds a hash of each translation as it was before the
 * English changed, and a translation still equal to it was never redone.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import superseded from './fixtures/superseded-translations.json';

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

function translation(lang: string, key: string): unknown {
  const bundle = key.split('.')[0];
  const file = new URL(`../../../messages/${bundle}/${lang}.json`, import.meta.url);
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], JSON.parse(readFileSync(file, 'utf8')));
}

describe('translations of changed life-critical lines', () => {
  for (const [key, byLang] of Object.entries(superseded as Record<string, Record<string, string>>))
    for (const [lang, oldHash] of Object.entries(byLang))
      it(`${lang}: ${key} was translated again`, () => {
        const text = translation(lang, key);
        expect(typeof text, `${lang} ${key}`).toBe('string');
        expect(hash(text as string), `${lang} ${key} is still the old translation`).not.toBe(oldHash);
      });
});
