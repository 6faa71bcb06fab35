/**
 * The PWA build: the web manifest and its icons, and the service worker, whose code is
 * src/service-worker.ts (its rules: src/lib/pwa/offline-routes.ts).
 *
 * injectManifest with @vite-pwa/sveltekit: SvelteKit itself builds `src/service-worker.ts` (its
 * `kit.files.serviceWorker` entry, once; the plugin drops vite-plugin-pwa's own worker build) into
 * `service-worker.js`; the plugin then writes the precache list into it and renames it to
 * `filename`. That stays `sw.js`, the address every installed phone has registered (a new name
 * would leave them on the old worker, whose pages register the old name). Kit's own registration
 * is off (svelte.config.js), src/lib/pwa/update.svelte.ts registers /sw.js.
 * Docs: https://vite-pwa-org.netlify.app/frameworks/sveltekit and /guide/inject-manifest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { withLanguagePacks } from './language-packs';
import { webManifest } from './web-manifest';

/**
 * A small directory (the built-in sample: 201 services, about 37 KB gzip with its details) is precached whole, so
 * after the first visit every search works offline anywhere. A real national one is not: each
 * phone caches only the regions it uses.
 */
const precacheWholeDirectoryUpToBytes = 256 * 1024;
function directoryIsSmall(): boolean {
  try {
    const manifest = JSON.parse(readFileSync('static/directory/manifest.json', 'utf8')) as {
      shards: { gzipBytes: number }[];
    };
    // The manifest gives each region shard's size; their details files (one per shard) are
    // precached with them, so they count too.
    const details = existsSync('static/directory/details') ? readdirSync('static/directory/details') : [];
    const detailsBytes = details.reduce((n, file) => n + gzipSync(readFileSync(`static/directory/details/${file}`)).length, 0);
    return manifest.shards.reduce((n, s) => n + s.gzipBytes, 0) + detailsBytes <= precacheWholeDirectoryUpToBytes;
  } catch {
    return false;
  }
}

/** The plugins; `messagesBase` is where the build writes the message files (messages-assets.ts). */
export function serviceWorkerPlugin(messagesBase: string): ReturnType<typeof SvelteKitPWA> {
  return withLanguagePacks(SvelteKitPWA, messagesBase, {
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.js',
    injectRegister: false,
    base: '/',
    scope: '/',
    pwaAssets: {
      image: 'static/icon.svg',
      preset: 'minimal-2023',
      overrideManifestIcons: true,
      includeHtmlHeadLinks: false
    },
    manifest: webManifest,
    injectManifest: {
      globPatterns: ['client/**/*.{js,css,ico,png,svg,webmanifest,json}', 'prerendered/**/*.{html,json}'],
      // The directory's manifest and national shard are precached (small, needed everywhere);
      // region shards, their details and the id lookup are cached the first time a phone uses
      // them, so nobody downloads the whole country.
      globIgnores: [
        'server/**',
        'client/.vite/**',
        // The worker itself (Kit writes it among the client files).
        'client/service-worker.js',
        ...(directoryIsSmall() ? [] : ['client/directory/shards/**', 'client/directory/details/**', 'client/directory/lookup/**']),
        // One page per service and language would be megabytes: each is cached when opened, and
        // the app opens any service offline from the directory data (src/service-worker.ts).
        'prerendered/pages/*/service/**'
      ]
    },
    // `200.html` (adapter-static's fallback) is precached: the app shell for service pages.
    kit: { trailingSlash: 'always', includeVersionFile: true, adapterFallback: '200.html', spa: true },
    devOptions: { enabled: false }
  });
}
