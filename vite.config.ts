/// <reference types="vitest/config" />
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { checkMapTiles } from './scripts/lib/map-tiles-plugin';
import { messagesAssetsPlugin, messagesBase } from './scripts/lib/messages-assets';
import { moduleSizesPlugin } from './scripts/lib/module-sizes-plugin';
import { notFoundPagesPlugin } from './scripts/lib/not-found-pages-plugin';
import { pageScriptsPlugin } from './scripts/lib/page-script-plugin';
import { appVersion } from './scripts/lib/version';
import { serviceWorkerPlugin } from './scripts/pwa/service-worker-plugin';
import { securityHeadersPlugin } from './scripts/security/headers-plugin';

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
  if (/\/src\/lib\/idle\.ts$/.test(id)) return 'core';
  if (/\/src\/lib\/(i18n|layout|components)\/|\/src\/lib\/privacy\/(QuickExit|quick-exit)|\/src\/lib\/pwa\/(UpdateBanner|update)/.test(id))
    return 'core';
  // PageScript.svelte, the tag the pages without app JavaScript print, stays in `core` with the rest
  // of the frame rather than making a chunk of its own (the page scripts themselves are built apart,
  // by scripts/lib/page-script-plugin.ts).
  if (/\/src\/lib\/page-scripts\/PageScript\.svelte/.test(id)) return 'core';
  return undefined;
}

export default defineConfig({
  build: {
    // Leaflet's CSS names PNGs for its layer switcher and default pin, which the map never uses
    // (its markers are CSS): kept as files, never fetched, instead of 3 KB inlined into the CSS.
    assetsInlineLimit: (file) => (file.includes('/node_modules/leaflet/dist/images/') ? false : undefined),
    minify: 'terser',
    // Source maps only for `npm run profile` (its own build): never shipped, and never named in
    // the scripts ('hidden'), so the profile reads them from disk.
    sourcemap: process.env.ONWARD_SOURCEMAP ? 'hidden' : false,
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
    moduleSizesPlugin(),
    // The web manifest and the service worker (src/service-worker.ts).
    serviceWorkerPlugin(messagesFolder)
  ],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.{js,ts}'],
    environment: 'node'
  }
});
