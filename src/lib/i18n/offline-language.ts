/**
 * Keeps the language a person uses working offline (issue #8). The service worker precaches
 * English and the app; every other language is a pack (scripts/pwa/language-packs.ts) that this
 * caches once the person uses that language: its pages and its words, about 180 KB gzip, once per
 * app update. It runs from the app's pages and from the small scripts of pages without app
 * JavaScript, always after the page has painted. Only the language in use is kept.
 */
import { cacheNames } from '../pwa/cache-names';

interface LanguagePack {
  lang: string;
  id: string;
  urls: string[];
}

/** A pack list comes from our own build, but is checked like any input before it is used. */
function isPack(value: unknown, lang: string): value is LanguagePack {
  const pack = value as Partial<LanguagePack> | null;
  return pack?.lang === lang && Array.isArray(pack.urls) && pack.urls.every((url) => typeof url === 'string' && /^\/(?!\/)/.test(url));
}

export type PackResult = 'cached' | 'already' | 'none';

/**
 * Caches `lang`'s pack unless this phone already has this version of it. The list itself is
 * precached, so reading it costs no data; the files are fetched fresh (not from the HTTP cache) and
 * stored all or nothing, so a half-finished download is never taken for a whole one. Other
 * languages' files are then removed. English, always precached, has no pack.
 */
export async function keepLanguageOffline(lang: string, storage: CacheStorage = caches, get: typeof fetch = fetch): Promise<PackResult> {
  // `lang` is one of messages/status.json's codes (the page's own language).
  const listUrl = `/language-packs/${lang}.json`;
  const response = await get(listUrl).catch(() => null);
  if (!response?.ok) return 'none';
  const pack: unknown = await response.json().catch(() => null);
  if (!isPack(pack, lang)) return 'none';
  const cache = await storage.open(cacheNames.languagePages);
  const kept: unknown = await (await cache.match(listUrl))?.json().catch(() => null);
  if (isPack(kept, lang) && kept.id === pack.id) return 'already';
  await cache.addAll(pack.urls.map((url) => new Request(url, { cache: 'no-cache' })));
  const keep = new Set([...pack.urls, listUrl].map((url) => new URL(url, location.origin).href));
  for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
  // Written last: it marks the pack as complete.
  await cache.put(listUrl, new Response(JSON.stringify(pack)));
  return 'cached';
}
