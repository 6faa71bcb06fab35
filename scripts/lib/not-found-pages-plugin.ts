import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterSiteWritten } from './after-site-written';

/**
 * Copies each language's "not found" page (`<lang>/not-found/index.html`) to `<lang>/404.html`,
 * and the English one to `/404.html`, after SvelteKit's adapter has written the site: the names
 * static hosts serve, with a 404, for an address they do not have (Netlify and GitHub Pages the
 * top one; Cloudflare Pages the nearest one up the path, so each language gets its own). Without a
 * top-level 404.html, Cloudflare Pages would answer every unknown address with `/` instead.
 * The pages use root-relative asset paths (svelte.config.js), so they draw right at any address.
 */
export function notFoundPagesPlugin(): Plugin {
  return afterSiteWritten('onward-not-found-pages', ({ dir }) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const page = join(dir, entry.name, 'not-found', 'index.html');
      if (entry.isDirectory() && existsSync(page)) copyFileSync(page, join(dir, entry.name, '404.html'));
    }
    copyFileSync(join(dir, 'en', 'not-found', 'index.html'), join(dir, '404.html'));
  });
}
