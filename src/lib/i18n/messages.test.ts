import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import status from '../../../messages/status.json';

const root = join(import.meta.dirname, '../../..');
const messagesDir = join(root, 'messages');

type Tree = { [key: string]: string | Tree };

/** Flattens nested keys to the dotted form used in t('nav.findHelp'). */
function flatKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : flatKeys(v, `${prefix}${k}.`)
  );
}

/** The core file and each page bundle (messages/<bundle>/<lang>.json) hold different keys. */
const bundles = ['', 'home', 'more', 'directory', 'find', 'map', 'service', 'overdose', 'plan', 'backup', 'lock', 'staying-safe', 'not-found'];
const readBundle = (bundle: string, lang: string): Tree =>
  JSON.parse(readFileSync(join(messagesDir, bundle, `${lang}.json`), 'utf8')) as Tree;
const readMessages = (lang: string): Tree => Object.assign({}, ...bundles.map((b) => flatten(readBundle(b, lang))));
/** Keys of every bundle as one flat tree, so parity covers them all. */
function flatten(tree: Tree): Tree {
  return Object.fromEntries(flatKeys(tree).map((k) => [k, k]));
}

const languageFiles = readdirSync(messagesDir)
  .filter((f) => f.endsWith('.json') && f !== 'status.json')
  .map((f) => f.replace(/\.json$/, ''));

const enKeys = flatKeys(readMessages('en'));
// Plural forms (key_one, key_other…) are used in code by their base key.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
/**
 * Extra keys a translation may add: an ordinal in the form that agrees with one weekday
 * (`service.hours.ordinal.1_sa`), read through i18next's context (service/hours.ts).
 */
const optionalContext = /^(service\.hours\.ordinal\.(?:[1-5]|last))_(mo|tu|we|th|fr|sa|su)$/;

/** Every message of a language, all bundles, as dotted key → text. */
function readValues(lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (tree: Tree, prefix: string): void => {
    for (const [k, v] of Object.entries(tree)) {
      if (typeof v === 'string') out[prefix + k] = v;
      else walk(v, `${prefix}${k}.`);
    }
  };
  for (const b of bundles) walk(readBundle(b, lang), '');
  return out;
}
const enValues = readValues('en');

/** en's keys, with each plural key's forms swapped for the categories `lang` has. */
function expectedKeys(lang: string): Set<string> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const out = new Set<string>();
  for (const k of enKeys) {
    if (!pluralSuffix.test(k)) out.add(k);
    else for (const c of categories) out.add(k.replace(pluralSuffix, `_${c}`));
  }
  return out;
}

/** The {{variables}} a message uses, sorted, each once. */
const variables = (text: string): string[] => [...new Set([...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!))].sort();

describe('messages', () => {
  it('lists every language file in messages/status.json, and nothing else', () => {
    expect(Object.keys(status).sort()).toEqual([...languageFiles].sort());
  });

  it('has every language in every bundle, and no key in two bundles', () => {
    for (const bundle of bundles.filter(Boolean)) {
      const files = readdirSync(join(messagesDir, bundle)).map((f) => f.replace(/\.json$/, ''));
      expect(files.sort()).toEqual([...languageFiles].sort());
    }
    const [core, ...rest] = bundles.map((b) => flatKeys(readBundle(b, 'en')));
    for (const keys of rest) expect(keys.filter((k) => core!.includes(k))).toEqual([]);
  });

  for (const lang of languageFiles.filter((l) => l !== 'en')) {
    const entry = (status as Record<string, { complete: boolean }>)[lang];
    const values = readValues(lang);
    const keys = Object.keys(values);
    const expected = expectedKeys(lang);

    it(`${lang} has no key that en lacks (plural forms: exactly its language's categories)`, () => {
      expect(keys.filter((k) => !expected.has(k) && !optionalContext.test(k))).toEqual([]);
    });

    it(`${lang} has every key of en${entry?.complete ? '' : ' (skipped: marked incomplete)'}`, () => {
      if (!entry?.complete) return;
      expect([...expected].filter((k) => !keys.includes(k))).toEqual([]);
    });

    it(`${lang} has no empty string, and the same {{variables}} as en in every message`, () => {
      expect(keys.filter((k) => values[k]!.trim() === '')).toEqual([]);
      const wrong = keys
        .filter((k) => !optionalContext.test(k) || enValues[k.replace(optionalContext, '$1')] !== undefined)
        .map((k) => {
          const source = enValues[k] ?? enValues[k.replace(pluralSuffix, '_other')] ?? enValues[k.replace(optionalContext, '$1')];
          return { k, ours: variables(values[k]!), en: source === undefined ? [] : variables(source) };
        })
        .filter(({ ours, en }) => ours.join() !== en.join());
      expect(wrong).toEqual([]);
    });
  }

  it('uses every en key somewhere in src/ or the build config', () => {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name);
        if (e.isDirectory()) walk(path);
        else if (/\.(ts|svelte|js)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) sources.push(path);
      }
    };
    walk(join(root, 'src'));
    sources.push(join(root, 'scripts/pwa/web-manifest.ts'));
    const code = sources.map((f) => readFileSync(f, 'utf8')).join('\n');
    // The web manifest (scripts/pwa/web-manifest.ts) reads its strings as en.manifest.name etc.
    const used = (key: string): boolean =>
      code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`en.${key}`);
    const unused = [...new Set(enKeys.map((k) => k.replace(pluralSuffix, '')))].filter((k) => !used(k));
    expect(unused, `unused keys (in ${relative(root, messagesDir)})`).toEqual([]);
  });
});
