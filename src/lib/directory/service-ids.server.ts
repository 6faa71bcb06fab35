/**
 * Every service id in the compiled directory (static/directory/), read from the id lookup
 * buckets: the list of service pages to prerender. Server-only (build time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LookupBucket, ShardManifest } from './shards/format';

export function compiledServiceIds(root = 'static/directory'): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as ShardManifest;
  const folder = join(root, 'lookup', manifest.dataVersion);
  const ids = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => Object.keys(JSON.parse(readFileSync(join(folder, f), 'utf8')) as LookupBucket));
  return ids.sort();
}
