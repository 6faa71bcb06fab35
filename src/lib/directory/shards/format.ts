/**
 * The compiled, offline form of the directory (`npm run data:build` → `static/directory/`):
 * a small manifest, one tiny always-loaded shard of national services, and region shards a phone
 * downloads only for the area it needs. Shared by the compiler (Node) and the client (browser).
 */
import type { AsPlainObject } from 'minisearch';
import type { DirectoryService, ServiceLocation } from '../model';

export const shardFormat = 'onward-shards';
export const shardFormatVersion = 1;

/** Longitude/latitude box: [west, south, east, north]. */
export type BBox = [number, number, number, number];

export interface ShardEntry {
  /** `national`, `unplaced`, or the k-d split path of a region, e.g. `k0110`. */
  id: string;
  /** Content hash: part of the file name, so a cached copy never goes stale. */
  hash: string;
  /** Bounds of the shard's places, rounded outwards. */
  bbox: BBox;
  /** Services in the shard. */
  count: number;
  /** Compressed (gzip) size, to tell people what a download costs before it starts. */
  gzipBytes: number;
  /**
   * A region shard has a details file (`details/<id>.<hash>.json`): what only a service page
   * shows, fetched when one is opened. Absent for the core shards, which carry everything.
   * `hash` covers both files, so the manifest names the pair once (368 more hashes were 3.7 KB
   * gzip on national data).
   */
  details?: true;
}

export interface ShardManifest {
  format: typeof shardFormat;
  version: typeof shardFormatVersion;
  /** Hash of all shard contents: changes whenever the data does. */
  dataVersion: string;
  /** All services, national included. */
  total: number;
  /** Helplines: shown everywhere without distance. */
  national: ShardEntry;
  /** Local services without map coordinates: found by text and category, never by distance. */
  unplaced: ShardEntry;
  shards: ShardEntry[];
  /** `lookup/<dataVersion>/<bucket>.json` maps service ids to shard ids, for shared links. */
  lookup: { buckets: number };
  /** The datasets built together; shards point into this list (`ShardFile.dataset`). */
  datasets: ManifestDataset[];
}

/** What the phone needs to know about a dataset: only what a service page shows. */
export interface ManifestDataset {
  name: string;
  /** Where to report wrong information (the dataset's `source.contact_email`). */
  contact_email?: string;
}

/**
 * Where a shard lives, relative to the manifest. `core/` (national, unplaced) is precached with
 * the app; `shards/` is cached the first time a phone uses it.
 */
export function shardPath(entry: Pick<ShardEntry, 'id' | 'hash'>): string {
  const folder = entry.id === 'national' || entry.id === 'unplaced' ? 'core' : 'shards';
  return `${folder}/${entry.id}.${entry.hash}.json`;
}

/**
 * Where a region shard's details live (see `ShardEntry.details`); undefined when it has none.
 * Content-hashed like the shard, so a cached copy never goes stale.
 */
export function detailsPath(entry: Pick<ShardEntry, 'id' | 'hash' | 'details'>): string | undefined {
  return entry.details ? `details/${entry.id}.${entry.hash}.json` : undefined;
}

/**
 * What a region shard keeps of each service: what a list of results, its search (whose index is
 * built from every field) and "Open now" need. Everything else (description, website, email, who
 * can use it, organisation…) goes to the shard's details file. A list of names, not of what is
 * left out, so a field a feed adds later costs the list nothing.
 */
export const listFields = ['id', 'name', 'status', 'phones', 'schedules', 'locations', 'categories', 'attributes', 'national', 'demo', 'nations', 'assured_date', 'alert'] as const satisfies ReadonlyArray<keyof DirectoryService>;

/** `details/<id>.<hash>.json`: the rest of each service in a shard, by position in its `services`. */
export interface DetailsFile {
  format: typeof shardFormat;
  version: typeof shardFormatVersion;
  id: string;
  details: Array<Partial<DirectoryService>>;
}

/** Values most records share, left out of shard files and put back on load. */
export const shardDefaults = { status: 'active', timezone_name: 'Europe/London' } as const;

/** `weekly`: the hours of `schedules` compiled for "Open now" (see `weekly-hours.ts`); the loader takes it off. */
export type ShardService = Omit<DirectoryService, 'locations'> & { weekly?: number[]; locations: Array<ServiceLocation & { weekly?: number[] }> };

export interface ShardFile {
  format: typeof shardFormat;
  version: typeof shardFormatVersion;
  id: string;
  services: ShardService[];
  /**
   * Serialised MiniSearch index over `services` (document id = position in `services`), without
   * its `documentIds` table, which would only map each position to itself.
   */
  index: Omit<AsPlainObject, 'documentIds'>;
  /**
   * Serialised KDBush (Float32 lon/lat) over the shard's points, base64. Coordinates are stored
   * once, here: the loader copies them back into the places they belong to.
   */
  points: string;
  pointService: number[];
  /** Point i is `services[pointService[i]].locations[pointLocation[i]]`, stored without coordinates. */
  pointLocation: number[];
  /**
   * Which of `manifest.datasets` each service came from: one index when they all came from one
   * (the usual case, and it keeps shards small), else one per service. Absent means 0.
   */
  dataset?: number | number[];
}

/** `lookup/<dataVersion>/<bucket>.json`: service id → ids of the shards holding it. */
export type LookupBucket = Record<string, string[]>;

/**
 * Bucket of a service id (FNV-1a): spreads ids evenly so each bucket file stays small.
 * Shared by compiler and client, so both agree.
 */
export function lookupBucket(id: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

export function lookupPath(dataVersion: string, bucket: number): string {
  return `lookup/${dataVersion}/${bucket}.json`;
}
