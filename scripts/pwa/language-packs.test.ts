import { describe, expect, it } from 'vitest';
import { splitLanguagePacks, type ManifestEntry } from './language-packs';

const base = '/_app/immutable/messages/abc123';
const entry = (url: string, revision: string | null = null): ManifestEntry => ({ url, revision, size: 1 });

describe('language packs', () => {
  it('keeps English, the app and shared files in the precache, and moves each other language’s pages and words to its pack', () => {
    const entries = [
      entry('/', 'r0'),
      entry('en/', 'r1'),
      entry('en/find/', 'r2'),
      entry('pl/', 'r3'),
      entry('pl/overdose/now/', 'r4'),
      entry('pt-PT/', 'r5'),
      entry('_app/immutable/messages/abc123/en/core.json', 'e'),
      entry('_app/immutable/messages/abc123/pl/core.json', 'p1'),
      entry('_app/immutable/messages/abc123/pl/find.json', 'p2'),
      entry('_app/immutable/messages/abc123/pt-PT/core.json', 'p3'),
      entry('_app/immutable/nodes/0.js'),
      entry('directory/manifest.json', 'r6'),
      // A page whose first path part only starts like a language code is not that language.
      entry('plan-guide/', 'r7')
    ];
    const { precache, packs } = splitLanguagePacks(entries, base, ['pl', 'pt-PT']);
    expect(precache.map((e) => e.url)).toEqual([
      '/',
      'en/',
      'en/find/',
      '_app/immutable/messages/abc123/en/core.json',
      '_app/immutable/nodes/0.js',
      'directory/manifest.json',
      'plan-guide/'
    ]);
    expect(packs.map((p) => [p.lang, p.urls])).toEqual([
      ['pl', ['/_app/immutable/messages/abc123/pl/core.json', '/_app/immutable/messages/abc123/pl/find.json', '/pl/', '/pl/overdose/now/']],
      ['pt-PT', ['/_app/immutable/messages/abc123/pt-PT/core.json', '/pt-PT/']]
    ]);
  });

  it('gives a pack a new id when one of its files changes, and the same id otherwise', () => {
    const packOf = (revision: string) => splitLanguagePacks([entry('pl/', revision), entry('en/', 'x')], base, ['pl']).packs[0]!;
    expect(packOf('a').id).toBe(packOf('a').id);
    expect(packOf('a').id).not.toBe(packOf('b').id);
  });
});
