import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { tsImport } from 'tsx/esm/api';

// The build settings, version, service pages and policy come from the scripts (TypeScript, like
// every script), which this file (plain Node) loads through tsx. The policy's one source is
// static/_headers, and the tile host comes from the map's own settings (src/lib/geo/map/tile-config.ts).
/** @type {typeof import('./scripts/lib/svelte-config-inputs')} */
const { appVersion, buildDir: out, kitContentSecurityPolicy, servicePagePaths, siteOrigin } = await tsImport(
  './scripts/lib/svelte-config-inputs.ts',
  import.meta.url
);

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
    // `origin`: see scripts/lib/build-settings.ts.
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
