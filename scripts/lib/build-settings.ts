// Build settings read by more than svelte.config.js: the build plugins that add files after the
// adapter, and the tests that read the built site.

/** Where `vite build` writes the site: build/, or ONWARD_OUT (the update test builds a second version beside the first). */
export const buildDir: string = process.env.ONWARD_OUT ?? 'build';

/**
 * The address shared links and QR codes carry in the prerendered pages (og:url, canonical): set
 * ONWARD_ORIGIN to the deployed origin when building for a real host.
 */
export const siteOrigin: string = process.env.ONWARD_ORIGIN ?? 'http://localhost:4173';
