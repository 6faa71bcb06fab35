// The service pages to prerender: every id in the compiled directory (static/directory/, read
// from its id lookup) in every language of messages/status.json. Read by svelte.config.js, so no
// route needs a +page.server.ts: a server file makes SvelteKit ship its server-data client
// code (2.3 KB gzip) to every page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @returns paths like `/en/service/demo-x/` */
export function servicePagePaths(root = 'static/directory', statusFile = 'messages/status.json'): string[] {
  if (!existsSync(join(root, 'manifest.json'))) return [];
  const manifest: { dataVersion: string } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const folder = join(root, 'lookup', manifest.dataVersion);
  const ids = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => Object.keys(JSON.parse(readFileSync(join(folder, f), 'utf8'))))
    .sort();
  const languages = Object.keys(JSON.parse(readFileSync(statusFile, 'utf8')));
  return languages.flatMap((lang) => ids.map((id) => `/${lang}/service/${encodeURIComponent(id)}/`));
}
