/**
 * Build time only: reads the compiled directory (static/directory/) from disk for prerendering.
 * Load functions use this instead of SvelteKit's fetch while prerendering, because every
 * response that fetch reads is inlined into the page's HTML: a service page would carry its
 * whole region shard (about 18 KB gzip) for one service.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { directoryRoot } from './directory-address';

export const readDirectoryFile: typeof fetch = async (input) => {
  const path = String(input);
  if (!path.startsWith(directoryRoot) || path.includes('..')) return new Response(null, { status: 404 });
  try {
    return new Response(await readFile(join('static', path)), { headers: { 'content-type': 'application/json' } });
  } catch {
    return new Response(null, { status: 404 });
  }
};
