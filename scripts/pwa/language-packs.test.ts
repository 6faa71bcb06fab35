import { describe, expect, it } from 'vitest';
import { messageChunks, splitLanguagePacks, type ManifestEntry } from './language-packs';

const vite = {
  'messages/en.json': { file: '_app/immutable/chunks/EN.js' },
  'messages/pl.json': { file: '_app/immutable/chunks/PL.js' },
  'messages/find/pl.json': { file: '_app/immutable/chunks/PLFIND.js' },
  'messages/pt-PT.json': { file: '_app/immutable/chunks/PT.js' },
  'messages/status.json': { file: '_app/immutable/chunks/STATUS.js' },
  'src/routes/+page.svelte': { file: '_app/immutable/nodes/0.js' }
};
const entry = (url: string, revision: string | null = null): ManifestEntry => ({ url, revision, size: 1 });

describe('language packs', () => {
  it('finds a language’s message chunks, core and page bundles, and nothing else', () => {
    expect(messageChunks(vite, 'pl')).toEqual(['_app/immutable/chunks/PL.js', '_app/immutable/chunks/PLFIND.js']);
    expect(messageChunks(vite, 'pt-PT')).toEqual(['_app/immutable/chunks/PT.js']);
  });

  it('keeps English, the app and shared files in the precache, and moves each other language to its pack', () => {
    const entries = [
      entry('/', 'r0'),
      entry('en/', 'r1'),
      entry('en/find/', 'r2'),
      entry('pl/', 'r3'),
      entry('pl/overdose/now/', 'r4'),
      entry('pt-PT/', 'r5'),
      entry('_app/immutable/chunks/EN.js'),
      entry('_app/immutable/chunks/PL.js'),
      entry('_app/immutable/chunks/PLFIND.js'),
      entry('_app/immutable/chunks/STATUS.js'),
      entry('_app/immutable/nodes/0.js'),
      entry('directory/manifest.json', 'r6'),
      // A page whose first path part only starts like a language code is not that language.
      entry('plan-guide/', 'r7')
    ];
    const { precache, packs } = splitLanguagePacks(entries, vite, ['pl', 'pt-PT']);
    expect(precache.map((e) => e.url)).toEqual(['/', 'en/', 'en/find/', '_app/immutable/chunks/EN.js', '_app/immutable/chunks/STATUS.js', '_app/immutable/nodes/0.js', 'directory/manifest.json', 'plan-guide/']);
    expect(packs.map((p) => [p.lang, p.urls])).toEqual([
      ['pl', ['/_app/immutable/chunks/PL.js', '/_app/immutable/chunks/PLFIND.js', '/pl/', '/pl/overdose/now/']],
      ['pt-PT', ['/pt-PT/']]
    ]);
  });

  it('gives a pack a new id when one of its files changes, and the same id otherwise', () => {
    const packOf = (revision: string) => splitLanguagePacks([entry('pl/', revision), entry('en/', 'x')], vite, ['pl']).packs[0]!;
    expect(packOf('a').id).toBe(packOf('a').id);
    expect(packOf('a').id).not.toBe(packOf('b').id);
  });
});
