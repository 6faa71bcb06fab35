import { describe, expect, it } from 'vitest';
import { intlLocales } from './intl-locale';
import { languageCodes } from './languages';
import { loadBundleMessages, loadMessages, type MessageBundle } from './messages';
import { addMessages, translatorFor } from './translator';
import en from '../../../messages/en.json';

const bundles: MessageBundle[] = ['home', 'more', 'directory', 'find', 'map', 'service', 'overdose', 'plan', 'backup', 'staying-safe'];
const counts = [0, 1, 2, 3, 5, 11, 21, 100, 1_000_000];

/** Every key that has plural forms in English (its base, without _one/_other), from every bundle. */
async function pluralKeys(): Promise<string[]> {
  const trees: object[] = [en, ...(await Promise.all(bundles.map(async (b) => (await loadBundleMessages(b, 'en')).messages)))];
  trees.push((await import('../../../messages/lock/en.json')).default);
  const keys = new Set<string>();
  const walk = (tree: object, prefix: string): void => {
    for (const [k, v] of Object.entries(tree)) {
      if (typeof v === 'object' && v) walk(v, `${prefix}${k}.`);
      else if (k.endsWith('_other')) keys.add(prefix + k.slice(0, -'_other'.length));
    }
  };
  for (const tree of trees) walk(tree, '');
  return [...keys];
}

function valueAt(tree: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

describe('plural forms', async () => {
  const keys = await pluralKeys();
  it('finds the plural keys', () => expect(keys.length).toBeGreaterThanOrEqual(5));

  for (const lang of languageCodes) {
    it(`${lang}: ${counts.join(', ')} each render with the form its plural category asks for`, async () => {
      const t = translatorFor(await loadMessages(lang));
      const all: object[] = [(await loadMessages(lang)).messages];
      for (const b of bundles) {
        const m = await loadBundleMessages(b, lang);
        addMessages(m);
        all.push(m.messages);
      }
      const lock = (await import(`../../../messages/lock/${lang}.json`)) as { default: object };
      addMessages({ lang, messages: lock.default });
      all.push(lock.default);
      const rules = new Intl.PluralRules(lang);
      const number = new Intl.NumberFormat(intlLocales(lang));
      for (const key of keys) {
        for (const count of counts) {
          const form = `${key}_${rules.select(count)}`;
          const written = all.map((tree) => valueAt(tree, form)).find((v) => typeof v === 'string');
          expect(written, `${lang} ${form}`).toBeTypeOf('string');
          const shown = t(key as never, { count, distance: 'D' } as never) as unknown as string;
          expect(shown, `${lang} ${key} ${count}`).toBe((written as string).replaceAll('{{count}}', number.format(count)).replaceAll('{{distance}}', 'D'));
        }
      }
    });
  }
});
