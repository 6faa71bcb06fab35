/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import en from './messages/en.json' with { type: 'json' };
import { pageScriptsPlugin } from './scripts/lib/page-script-plugin';
import { securityHeadersPlugin } from './scripts/security/headers-plugin';
import { appVersion } from './scripts/lib/version.js';
import { readTileConfig } from './src/lib/geo/map/tile-config';
import status from './messages/status.json' with { type: 'json' };
import { withLanguagePacks } from './scripts/pwa/language-packs';
import { languageCacheName } from './src/lib/i18n/offline-language';
import { messagesAssetsPlugin, messagesBase } from './scripts/lib/messages-assets';
import { notFoundPagesPlugin } from './scripts/lib/not-found-pages-plugin';

const version = appVersion();
const messagesFolder = messagesBase();

/** Puts the modules every page loads at once into a single `core` chunk. */
function firstLoadChunk(id: string): string | undefined {
  // Loaded only on pages not in English, once idle: its own small chunk.
  if (id.endsWith('/src/lib/i18n/offline-language.ts')) return undefined;
  if (/node_modules\/(svelte|i18next)\//.test(id) || /\/messages\/status\.json$/.test(id)) return 'core';
  // SvelteKit's client runtime: every page with app JavaScript loads all of it at start. Left to
  // Rollup it came as the entry plus two more chunks, which cost ~1.5 KB gzip more per page.
  if (/node_modules\/@sveltejs\/kit\/src\//.test(id)) return 'core';
  if (/\/src\/lib\/(i18n|layout|components)\/|\/src\/lib\/privacy\/(QuickExit|quick-exit)|\/src\/lib\/pwa\/(UpdateBanner|update)/.test(id))
    return 'core';
  return undefined;
}
const themeColour = '#1f4e3d';

/**
 * Every language but English is a pack the app caches once a person uses it
 * (scripts/pwa/language-packs.ts), not part of every phone's first download.
 */
const packedLanguages = Object.keys(status).filter((code) => code !== 'en');
const packedCodes = packedLanguages.map((code) => code.replace(/[^a-zA-Z-]/g, '')).join('|');
/** `/pl/…`, `/pt-PT/…`: the paths of packed languages' pages (for the navigation fallback's denylist). */
const packedPage = new RegExp(`^/(?:${packedCodes})/`);
/**
 * The same as whole URLs, for a route: Workbox tests a RegExp route against the full URL, and a
 * function route would lose the language list (it is copied into sw.js as source text).
 */
const packedPageUrl = new RegExp(`^https?://[^/]+/(?:${packedCodes})/`);

/**
 * A small directory (the built-in sample: 201 services, about 37 KB gzip) is precached whole, so
 * after the first visit every search works offline anywhere. A real national one is not: each
 * phone caches only the regions it uses.
 */
const precacheWholeDirectoryUpToBytes = 256 * 1024;
function directoryIsSmall(): boolean {
  try {
    const manifest = JSON.parse(readFileSync('static/directory/manifest.json', 'utf8')) as {
      shards: { gzipBytes: number }[];
    };
    return manifest.shards.reduce((n, s) => n + s.gzipBytes, 0) <= precacheWholeDirectoryUpToBytes;
  } catch {
    return false;
  }
}

/** Stops a build whose map tile settings (.env, PUBLIC_MAP_*) are wrong, instead of shipping a map without pictures. */
function checkMapTiles(): Plugin {
  return {
    name: 'onward-check-map-tiles',
    configResolved(config) {
      const env = loadEnv(config.mode, config.envDir || process.cwd(), 'PUBLIC_MAP_');
      const { problems } = readTileConfig({
        url: env.PUBLIC_MAP_TILE_URL,
        attribution: env.PUBLIC_MAP_ATTRIBUTION,
        attributionUrl: env.PUBLIC_MAP_ATTRIBUTION_URL
      });
      if (problems.length) throw new Error(`Map tile settings: ${problems.join('; ')}`);
    }
  };
}

export default defineConfig({
  build: {
    // Leaflet's CSS names PNGs for its layer switcher and default pin, which the map never uses
    // (its markers are CSS): kept as files, never fetched, instead of 3 KB inlined into the CSS.
    assetsInlineLimit: (file) => (file.includes('/node_modules/leaflet/dist/images/') ? false : undefined),
    minify: 'terser',
    // safari10: Vite turns on terser's workarounds for Safari 10/11, which cannot run this ES2020
    // build anyway; without them every page's first load is ~200 bytes gzip smaller.
    terserOptions: { safari10: false, compress: { passes: 2 }, format: { comments: false } },
    rollupOptions: {
      // Vite splits the first page into ~25 tiny chunks, and gzip compresses each on its own.
      // What every page needs goes in one chunk instead; lazy code (Dexie, Leaflet, other
      // languages) is not named here, so it stays out of it.
      output: { manualChunks: firstLoadChunk }
    }
  },
  define: {
    __APP_VERSION__: JSON.stringify(version),
    __MESSAGES_BASE__: JSON.stringify(messagesFolder),
    // Up to this many services, Find help loads the whole directory when no place is given (the
    // built-in sample is 201). `npm run perf` raises it to measure search over 10,000 and 50,000.
    __WHOLE_DIRECTORY_UP_TO__: JSON.stringify(Number(process.env.ONWARD_WHOLE_DIRECTORY_UP_TO) || 5000)
  },
  plugins: [
    checkMapTiles(),
    pageScriptsPlugin(),
    messagesAssetsPlugin(messagesFolder),
    sveltekit(),
    securityHeadersPlugin(),
    notFoundPagesPlugin(),
    withLanguagePacks(SvelteKitPWA, { packed: packedLanguages, messagesBase: messagesFolder }, {
      // 'prompt': the new version waits until the person taps Reload, so nothing they are typing is lost.
      registerType: 'prompt',
      injectRegister: false,
      // src/lib/pwa/update.svelte.ts registers /sw.js itself; the worker serves the whole site.
      base: '/',
      scope: '/',
      pwaAssets: {
        image: 'static/icon.svg',
        preset: 'minimal-2023',
        overrideManifestIcons: true,
        includeHtmlHeadLinks: false
      },
      manifest: {
        id: '/',
        name: en.manifest.name,
        short_name: en.manifest.shortName,
        description: en.manifest.description,
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: themeColour,
        background_color: '#ffffff',
        // The manifest cannot be translated (no browser supports *_localized), so shortcuts go
        // through `/`, which sends each person to the language they chose.
        shortcuts: [
          { name: en.nav.findHelp, url: '/?go=find' },
          { name: en.nav.myPlan, url: '/?go=plan' },
          { name: en.nav.overdose, url: '/?go=overdose' }
        ]
      },
      workbox: {
        // No skipWaiting: an update waits for the person's tap. clientsClaim lets the very first
        // visit be controlled, so the app works offline from then on without a reload.
        clientsClaim: true,
        // A search lives in the query string (`/en/find/?c=housing`): every query of a page is
        // that page's precached file. (Default: only utm_* and fbclid are ignored.)
        ignoreURLParametersMatching: [/.*/],
        // Unknown pages fall back to `/` (it forwards to the person's language), but service
        // pages are not precached: they must reach the service-page route below, not `/`.
        navigateFallback: '/',
        navigateFallbackDenylist: [/^\/[a-z]{2,3}(?:-[A-Z]{2})?\/service\//, packedPage],
        globPatterns: ['client/**/*.{js,css,ico,png,svg,webmanifest,json}', 'prerendered/**/*.{html,json}'],
        // The directory's manifest and national shard are precached (small, needed everywhere);
        // region shards and the id lookup are cached the first time a phone uses them, so
        // nobody downloads the whole country. Their names carry a content hash, so cache-first
        // never serves stale data.
        globIgnores: [
          'server/**',
          'client/.vite/**',
          ...(directoryIsSmall() ? [] : ['client/directory/shards/**', 'client/directory/lookup/**']),
          // One page per service and language would be megabytes: each is cached when opened, and
          // the app opens any service offline from the directory data (see runtimeCaching).
          'prerendered/pages/*/service/**'
        ],
        runtimeCaching: [
          {
            // A service page opened once opens again offline (also after a reload).
            urlPattern: ({ url, request, sameOrigin }) => sameOrigin && request.mode === 'navigate' && /^\/[a-z]{2,3}(?:-[A-Z]{2})?\/service\//.test(url.pathname),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'onward-service-pages',
              networkTimeoutSeconds: 4,
              expiration: { maxEntries: 200 },
              cacheableResponse: { statuses: [200] },
              plugins: [
                {
                  // Offline and never opened: the app shell (precached) renders it from the data.
                  handlerDidError: async () => (await caches.match('/200.html', { ignoreSearch: true })) ?? Response.error()
                }
              ]
            }
          },
          {
            // Pages of a language other than English: fresh from the network, else from the
            // language's pack (src/lib/i18n/offline-language.ts writes that cache; nothing here
            // does). Offline with no pack yet: the same page in English, which is precached.
            urlPattern: packedPageUrl,
            handler: 'NetworkFirst',
            options: {
              cacheName: languageCacheName,
              networkTimeoutSeconds: 4,
              matchOptions: { ignoreSearch: true },
              plugins: [
                { cacheWillUpdate: async () => null },
                {
                  // A path the site does not have: what English pages get from the navigation
                  // fallback, `/`, which sends the person on to their language's page.
                  fetchDidSucceed: async ({ response }) => (response.status === 404 ? ((await caches.match('/', { ignoreSearch: true })) ?? response) : response),
                  handlerDidError: async ({ request }) => {
                    const url = new URL(request.url);
                    const english = url.pathname.replace(/^\/[^/]+\//, '/en/');
                    return (await caches.match(english, { ignoreSearch: true })) ? Response.redirect(english + url.search, 302) : Response.error();
                  }
                }
              ]
            }
          },
          {
            // A packed language's words (message chunks are not precached): from its pack.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/_app/immutable/'),
            handler: 'CacheFirst',
            options: { cacheName: languageCacheName, plugins: [{ cacheWillUpdate: async () => null }] }
          },
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && /^\/directory\/(shards|lookup)\//.test(url.pathname),
            handler: 'CacheFirst',
            options: {
              cacheName: 'onward-directory',
              expiration: { maxEntries: 400 },
              cacheableResponse: { statuses: [200] }
            }
          },
          {
            // Map pictures the person has looked at, so that area shows again without signal.
            // Map tiles are the only images Onward ever asks another site for (and only once the
            // map is open). Only tiles viewed are kept: OSM's tile policy forbids fetching areas
            // in advance, and asks for at least 7 days of caching. Tiles are requested with CORS
            // (leaflet-map.ts), so the responses are 200s of their real size, not opaque ones.
            urlPattern: ({ sameOrigin, request }) => !sameOrigin && request.destination === 'image',
            handler: 'CacheFirst',
            options: {
              cacheName: 'onward-map-tiles',
              expiration: { maxEntries: 300, maxAgeSeconds: 30 * 24 * 60 * 60, purgeOnQuotaError: true },
              cacheableResponse: { statuses: [200] }
            }
          }
        ]
      },
      kit: { trailingSlash: 'always', includeVersionFile: true, adapterFallback: '200.html', spa: true },
      devOptions: { enabled: false }
    })
  ],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.{js,ts}'],
    environment: 'node'
  }
});
