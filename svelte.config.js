import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { appVersion } from './scripts/lib/version.js';
import { servicePagePaths } from './scripts/lib/service-pages.js';

/** Every page is prerendered to plain files; `ONWARD_OUT` lets the update test build a second version beside the first. */
const out = process.env.ONWARD_OUT ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // fallback: an app shell the service worker serves for a service page opened offline that
    // was never opened before; the page then renders from the cached directory data.
    adapter: adapter({ pages: out, assets: out, precompress: false, strict: true, fallback: '200.html' }),
    // The service worker comes from @vite-pwa/sveltekit; Kit's own registration would register a second one.
    serviceWorker: { register: false },
    version: { name: appVersion() },
    // Service pages are not linked from any prerendered page (results are found in the browser).
    // `origin` is the address shared links and QR codes carry in the prerendered pages (og:url,
    // canonical): set ONWARD_ORIGIN to the deployed origin when building for a real host.
    prerender: {
      handleHttpError: 'fail',
      handleMissingId: 'fail',
      entries: ['*', ...(process.env.ONWARD_SKIP_SERVICE_PAGES ? [] : servicePagePaths())],
      origin: process.env.ONWARD_ORIGIN ?? 'http://localhost:4173'
    },
    // Small pages: put their CSS in the HTML, so nothing blocks the first paint on a slow network.
    inlineStyleThreshold: 8192,
    // The data and benchmark commands are TypeScript too: type-check them with the app.
    typescript: {
      config: (config) => ({ ...config, include: [...config.include, '../scripts/**/*.ts'] })
    }
  }
};
