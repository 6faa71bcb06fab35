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
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SvelteKitPWA, SvelteKitPWAOptions } from '@vite-pwa/sveltekit';
import { packedLanguages } from '../../src/lib/pwa/offline-routes';

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

/**
 * Splits the precache list: what every phone gets, and one pack per language in `packed` (its
 * prerendered pages, `<lang>/…`, and its message chunks).
 */
export function splitLanguagePacks(entries: readonly ManifestEntry[], messagesBase: string, packed: readonly string[]): { precache: ManifestEntry[]; packs: LanguagePack[] } {
  // Message files are `<messagesBase>/<lang>/<bundle>.json` (scripts/lib/messages-assets.ts).
  const messages = messagesBase.replace(/^\/+/, '') + '/';
  const langOf = (url: string): string | undefined =>
    packed.find((code) => url.startsWith(`${code}/`) || url.startsWith(`${messages}${code}/`));
  const members = new Map<string, ManifestEntry[]>(packed.map((lang) => [lang, []]));
  const precache: ManifestEntry[] = [];
  for (const entry of entries) {
    const lang = langOf(entry.url);
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
export function languagePackTransform(options: { packed: readonly string[]; clientDir: string; messagesBase: string }) {
  return async (entries: ManifestEntry[]): Promise<{ manifest: ManifestEntry[]; warnings: string[] }> => {
    const { precache, packs } = splitLanguagePacks(entries, options.messagesBase, options.packed);
    const warnings: string[] = [];
    mkdirSync(join(options.clientDir, 'language-packs'), { recursive: true });
    for (const pack of packs) {
      if (!pack.urls.includes(`/${pack.lang}/`)) warnings.push(`language pack ${pack.lang} has no home page`);
      if (!pack.urls.includes(`${options.messagesBase}/${pack.lang}/core.json`)) warnings.push(`language pack ${pack.lang} has no words`);
      const text = JSON.stringify(pack);
      writeFileSync(join(options.clientDir, 'language-packs', `${pack.lang}.json`), text);
      precache.push({ url: `language-packs/${pack.lang}.json`, revision: pack.id, size: Buffer.byteLength(text) });
    }
    return { manifest: precache, warnings };
  };
}

/**
 * The PWA plugins, with the language-pack transform run after SvelteKit's own precache transform
 * (which @vite-pwa/sveltekit sets up when Vite resolves its config, and which a
 * `injectManifest.manifestTransforms` option would replace rather than follow).
 */
export function withLanguagePacks(pwa: typeof SvelteKitPWA, messagesBase: string, options: SvelteKitPWAOptions): ReturnType<typeof SvelteKitPWA> {
  const plugins = pwa(options);
  const integration = options.integration!;
  const configure = integration.configureOptions!;
  integration.configureOptions = (viteConfig, resolved) => {
    configure(viteConfig, resolved);
    const injectManifest = resolved.injectManifest!;
    const clientDir = join(injectManifest.globDirectory!, 'client');
    injectManifest.manifestTransforms = [...(injectManifest.manifestTransforms ?? []), languagePackTransform({ packed: packedLanguages, messagesBase, clientDir })];
  };
  return plugins;
}
