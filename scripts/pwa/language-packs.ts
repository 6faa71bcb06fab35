/**
 * Per-language offline packs (issue #8). The service worker precaches the app, the directory and
 * the English pages; each other language's pages (about 165 KB gzip a language) and its message
 * chunks are left out, so a first visit does not download nine languages. Instead each language
 * gets a small list, `/language-packs/<lang>.json` (precached), that the app reads once a person
 * uses that language, to cache exactly those files (src/lib/i18n/offline-language.ts).
 *
 * Done in Workbox's manifest transform, where the precache list is final and every page carries
 * its revision, so a pack's `id` changes whenever one of its files does, and a phone refreshes its
 * copy after an update.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One precache entry as Workbox's transforms see it (after SvelteKit's: `pl/find/`, `_app/…js`). */
export interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

/** What a phone reads to cache one language. */
export interface LanguagePack {
  lang: string;
  /** Changes when any file of the pack changes. */
  id: string;
  /** Absolute same-origin paths: `/pl/`, `/pl/find/`, `/_app/immutable/chunks/….js`. */
  urls: string[];
}

/** Vite's client manifest (`.vite/manifest.json`): source path → output file. */
export type ViteManifest = Record<string, { file: string }>;

/** The output files of a language's messages: `messages/pl.json` and `messages/<bundle>/pl.json`. */
export function messageChunks(vite: ViteManifest, lang: string): string[] {
  const escaped = lang.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const source = new RegExp(`^messages/(?:[^/]+/)?${escaped}\\.json$`);
  return Object.entries(vite)
    .filter(([src]) => source.test(src))
    .map(([, chunk]) => chunk.file)
    .sort();
}

/**
 * Splits the precache list: what every phone gets, and one pack per language in `packed` (its
 * prerendered pages, `<lang>/…`, and its message chunks).
 */
export function splitLanguagePacks(entries: readonly ManifestEntry[], vite: ViteManifest, packed: readonly string[]): { precache: ManifestEntry[]; packs: LanguagePack[] } {
  const owner = new Map<string, string>();
  for (const lang of packed) for (const file of messageChunks(vite, lang)) owner.set(file, lang);
  const members = new Map<string, ManifestEntry[]>(packed.map((lang) => [lang, []]));
  const precache: ManifestEntry[] = [];
  for (const entry of entries) {
    const lang = owner.get(entry.url) ?? packed.find((code) => entry.url.startsWith(`${code}/`));
    if (lang) members.get(lang)!.push(entry);
    else precache.push(entry);
  }
  const packs = packed.map((lang) => {
    const files = [...members.get(lang)!].sort((a, b) => a.url.localeCompare(b.url));
    const id = createHash('sha256')
      .update(files.map((f) => `${f.url} ${f.revision ?? ''}`).join('\n'))
      .digest('hex')
      .slice(0, 16);
    return { lang, id, urls: files.map((f) => `/${f.url}`) };
  });
  return { precache, packs };
}

/**
 * A Workbox manifest transform (run after SvelteKit's): writes each pack to
 * `<clientDir>/language-packs/<lang>.json` and precaches those small lists instead of the files.
 */
export function languagePackTransform(options: { packed: readonly string[]; clientDir: string }) {
  return async (entries: ManifestEntry[]): Promise<{ manifest: ManifestEntry[]; warnings: string[] }> => {
    const vite = JSON.parse(readFileSync(join(options.clientDir, '.vite/manifest.json'), 'utf8')) as ViteManifest;
    const { precache, packs } = splitLanguagePacks(entries, vite, options.packed);
    const warnings: string[] = [];
    mkdirSync(join(options.clientDir, 'language-packs'), { recursive: true });
    for (const pack of packs) {
      if (!pack.urls.some((u) => u === `/${pack.lang}/`)) warnings.push(`language pack ${pack.lang} has no home page`);
      const text = JSON.stringify(pack);
      writeFileSync(join(options.clientDir, 'language-packs', `${pack.lang}.json`), text);
      precache.push({ url: `language-packs/${pack.lang}.json`, revision: pack.id, size: Buffer.byteLength(text) });
    }
    return { manifest: precache, warnings };
  };
}
