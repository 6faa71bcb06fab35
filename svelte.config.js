import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { tsImport } from 'tsx/esm/api';
import { buildDir as out, siteOrigin } from './scripts/lib/build-settings.js';
import { appVersion } from './scripts/lib/version.js';
import { servicePagePaths } from './scripts/lib/service-pages.js';

// The policy's one source is static/_headers, and the tile host comes from the map's own settings
// (src/lib/geo/map/tile-config.ts): TypeScript, which this file (plain Node) loads through tsx.
/** @type {typeof import('./scripts/security/content-security-policy')} */
const { kitContentSecurityPolicy } = await tsImport('./scripts/security/content-security-policy.ts', import.meta.url);

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // fallback: an app shell the service worker serves for a service page opened offline that
    // was never opened before; the page then renders from the cached directory data.
    adapter: adapter({ pages: out, assets: out, precompress: false, strict: true, fallback: '200.html' }),
    // The service worker comes from @vite-pwa/sveltekit; Kit's own registration would register a second one.
    serviceWorker: { register: false },
    // Root-relative asset paths (`/_app/…`, not `../../_app/…`): the "not found" page is shown at
    // whatever address was asked for (by the service worker and by the host), where relative paths
    // would point nowhere. The site is deployed at a domain root (docs/deploying.md).
    paths: { relative: false },
    version: { name: appVersion() },
    // Service pages are not linked from any prerendered page (results are found in the browser).
    // `origin`: see scripts/lib/build-settings.js.
    prerender: {
      handleHttpError: 'fail',
      handleMissingId: 'fail',
      entries: ['*', ...(process.env.ONWARD_SKIP_SERVICE_PAGES ? [] : servicePagePaths())],
      origin: siteOrigin
    },
    // Small pages: put their CSS in the HTML, so nothing blocks the first paint on a slow network.
    inlineStyleThreshold: 8192,
    // Content-Security-Policy (issue #7), written into each prerendered page as a <meta> tag with
    // the hashes of that page's inline start-up script and <style> blocks. The host sends the same
    // policy as a header (build/_headers, written by scripts/security/headers-plugin.ts).
    csp: kitContentSecurityPolicy(),
    // The data and benchmark commands are TypeScript too: type-check them with the app.
    typescript: {
      config: (config) => ({ ...config, include: [...config.include, '../scripts/**/*.ts'] })
    }
  }
};
