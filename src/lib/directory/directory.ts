/**
 * The phone's view of the directory: reads the manifest, downloads only the shards an area needs
 * (the service worker caches each one the first time), and searches what is loaded.
 * No Svelte here; components call this through the Find help feature.
 */
import type { DirectoryService } from './model';
import { loadShard, ShardFormatError, type LoadedShard } from './loaded-shard';
import type { IdleScheduler } from '$lib/idle';
import { warmHours } from './warm-hours';
import { searchShards, type SearchQuery, type SearchResults } from './search';
import type { TextSearch } from './text-search';
import { kmToBox } from './distance';
import {
  detailsPath,
  lookupBucket,
  lookupPath,
  shardPath,
  shardFormat,
  shardFormatVersion,
  type DetailsFile,
  type LookupBucket,
  type ManifestDataset,
  type ShardEntry,
  type ShardManifest
} from './shards/format';

/** Fetches a file under the directory root (e.g. `/directory/`) and parses its JSON. */
export type FetchJson = (path: string) => Promise<unknown>;

/**
 * How much of the directory a phone loads around a place (Find help, and `npm run bench`, which
 * measures what this costs). In the country the radius decides; in a town or city the download
 * does: a 25 km circle around a city centre holds thousands of services, several hundred KB, more
 * than a pay-as-you-go phone should spend on one search.
 */
export const areaLimits = {
  /** Shards are loaded for this radius around the place; results are still sorted by distance. */
  radiusKm: 25,
  /** Stop adding shards (nearest first) before this many services are loaded. */
  maxServices: 3000,
  /** …or before the shards come to more than this, gzip (the manifest and helplines not counted). */
  maxGzipBytes: 80 * 1024
} as const;

export interface NearOptions {
  /**
   * Limits on what is loaded (see `areaLimits`, the default): shards are added nearest first
   * until the next would pass one. The shard under the point is always loaded.
   */
  maxServices?: number;
  maxGzipBytes?: number;
}

export interface LoadedArea {
  /** Shard ids now loaded for this area. */
  shards: string[];
  /** Local services loaded for this area. */
  services: number;
  /** Radius fully covered by the loaded shards (less than asked when a limit cut in). */
  coveredKm: number;
}

/** A service for its own page. */
export interface FoundService {
  service: DirectoryService;
  /**
   * Its shard's details file (description, website, who it is for…) could not be fetched: offline
   * and never opened before. The page shows what the list knows and says the rest needs a signal.
   */
  partial: boolean;
}

export class DirectoryUnavailableError extends Error {
  constructor(reason: string) {
    super(`The directory could not be loaded: ${reason}`);
    this.name = 'DirectoryUnavailableError';
  }
}

export class Directory {
  #fetchJson: FetchJson;
  #manifest: Promise<ShardManifest> | null = null;
  #loaded = new Map<string, Promise<LoadedShard>>();
  #ready = new Map<string, LoadedShard>();
  /** Details files by shard id (see `getService`). */
  #details = new Map<string, Promise<DetailsFile['details']>>();
  #area: string[] = [];
  /** Where the current area stops short of its radius, and the shards beyond, nearest first. */
  #edge: AreaEdge | null = null;
  /** Counts area requests, so a slow earlier request cannot replace a newer area. */
  #areaRequest = 0;

  #idle: IdleScheduler | undefined;
  #words: TextSearch | null = null;
  #wordsLoading: Promise<void> | null = null;

  /** `idle`: where to parse opening hours ahead of an "Open now" tap (none: parsed on first use). */
  constructor(fetchJson: FetchJson, idle?: IdleScheduler) {
    this.#fetchJson = fetchJson;
    this.#idle = idle;
  }

  manifest(): Promise<ShardManifest> {
    this.#manifest ??= this.#fetchJson('manifest.json').then((json) => {
      const m = json as Partial<ShardManifest> | null;
      if (!m || m.format !== shardFormat || m.version !== shardFormatVersion || !Array.isArray(m.shards) || !m.national)
        throw new DirectoryUnavailableError('the directory index is not in a format this version reads');
      return m as ShardManifest;
    });
    this.#manifest.catch(() => (this.#manifest = null)); // let a later call retry after a network error
    return this.#manifest;
  }

  /** National helplines and services without a map position: small, always loaded. */
  async loadNational(): Promise<void> {
    const manifest = await this.manifest();
    await Promise.all([this.#load(manifest.national), this.#load(manifest.unplaced)]);
  }

  /**
   * Loads the shards around a point, nearest first, and makes them the current area. When a
   * limit cuts in, searches near that point only look as far as the area fully covers (a nearer
   * service may sit in a shard not loaded), and `loadFurther` reaches out when that is not enough.
   */
  async loadShardsNear(latitude: number, longitude: number, radiusKm: number, options: NearOptions = {}): Promise<LoadedArea> {
    const request = ++this.#areaRequest;
    const manifest = await this.manifest();
    const ranked = manifest.shards
      .map((entry) => ({ entry, km: kmToBox(latitude, longitude, entry.bbox) }))
      .filter((s) => s.km <= radiusKm)
      .sort((a, b) => a.km - b.km);
    const { chosen, services, rest } = nearestWithin(ranked, options);
    await Promise.all([this.loadNational(), ...chosen.map((entry) => this.#load(entry))]);
    const area = chosen.map((e) => e.id);
    const coveredKm = rest[0]?.km ?? radiusKm;
    if (request === this.#areaRequest) {
      this.#area = area;
      this.#edge = rest.length ? { latitude, longitude, radiusKm, options, coveredKm, rest } : null;
    }
    return { shards: area, services, coveredKm };
  }

  /**
   * Whether the current area stops short of the radius it was asked for (a dense place): then a
   * search near its centre that finds too little can call `loadFurther`.
   */
  get areaCut(): boolean {
    return this.#edge !== null;
  }

  /**
   * Adds the next nearest shards to the current area, up to the same limits again. Resolves to
   * false when there was nothing more within the radius (or the area changed meanwhile).
   */
  async loadFurther(): Promise<boolean> {
    const edge = this.#edge;
    if (!edge) return false;
    const request = this.#areaRequest;
    const { chosen, rest } = nearestWithin(edge.rest, edge.options);
    await Promise.all(chosen.map((entry) => this.#load(entry)));
    if (request !== this.#areaRequest || this.#edge !== edge) return false;
    this.#area = [...this.#area, ...chosen.map((e) => e.id)];
    this.#edge = rest.length ? { ...edge, coveredKm: rest[0]?.km ?? edge.radiusKm, rest } : null;
    return true;
  }

  /** Every shard: only for small datasets (the built-in sample), where the UI checks the size first. */
  async loadAll(): Promise<LoadedArea> {
    const request = ++this.#areaRequest;
    const manifest = await this.manifest();
    await Promise.all([this.loadNational(), ...manifest.shards.map((entry) => this.#load(entry))]);
    const area = manifest.shards.map((e) => e.id);
    if (request === this.#areaRequest) {
      this.#area = area;
      this.#edge = null;
    }
    return { shards: area, services: manifest.shards.reduce((n, e) => n + e.count, 0), coveredKm: Infinity };
  }

  /**
   * Loads word matching (MiniSearch), once. A search with text needs it; a kind of help and a
   * town do not, so Find help's first results never wait for it.
   */
  loadTextSearch(): Promise<void> {
    this.#wordsLoading ??= import('./text-search').then((m) => {
      this.#words = m.textSearch;
    });
    this.#wordsLoading.catch(() => (this.#wordsLoading = null)); // offline before it was cached: let a retry try again
    return this.#wordsLoading;
  }

  /** Whether `search` can answer this query now (one with words waits for loadTextSearch). */
  canSearch(query: Pick<SearchQuery, 'text'>): boolean {
    return this.#words !== null || !query.text?.trim();
  }

  /**
   * Searches the current area plus national and unplaced services. Call a load method first.
   * Near the centre of a cut area, only as far as the area fully covers, so the list stays in
   * true distance order, and with `more` set: the rest is further out (see `loadFurther`).
   * `wholeArea` (the map): everything loaded, however far.
   */
  search(query: SearchQuery, options: { wholeArea?: boolean } = {}): SearchResults {
    const local = [...this.#area, 'unplaced'].map((id) => this.#ready.get(id)).filter((s): s is LoadedShard => !!s);
    const edge = this.#edge;
    const atCentre = !options.wholeArea && edge && query.near && query.near.latitude === edge.latitude && query.near.longitude === edge.longitude;
    if (!atCentre) return searchShards(local, this.#ready.get('national') ?? null, query, this.#words);
    const results = searchShards(local, this.#ready.get('national') ?? null, { ...query, radiusKm: Math.min(query.radiusKm ?? Infinity, edge.coveredKm) }, this.#words);
    // There is more further out, once loaded: the list keeps its Show more.
    return { ...results, more: true };
  }

  /**
   * One service by id, whole, for its page (a shared link too): from memory, else via its lookup
   * bucket; then its shard's details file, when the shard has one.
   */
  async getService(id: string): Promise<FoundService | undefined> {
    const found = this.#locate(id) ?? (await this.#fetchShardOf(id));
    if (!found) return undefined;
    const manifest = await this.manifest();
    const entry = manifest.shards.find((s) => s.id === found.shard.id);
    if (!entry?.details) return { service: found.service, partial: false };
    try {
      const details = (await this.#loadDetails(entry))[found.position];
      // The list's own fields win: a details file only adds to a record, never renames or moves it.
      return isRecord(details) ? { service: { ...details, ...found.service }, partial: false } : { service: found.service, partial: true };
    } catch {
      return { service: found.service, partial: true };
    }
  }

  async #fetchShardOf(id: string): Promise<{ shard: LoadedShard; position: number; service: DirectoryService } | undefined> {
    const manifest = await this.manifest();
    await this.loadNational();
    const found = this.#locate(id);
    if (found) return found;
    const bucket = (await this.#fetchJson(lookupPath(manifest.dataVersion, lookupBucket(id, manifest.lookup.buckets)))) as LookupBucket;
    const shardIds = Object.hasOwn(bucket, id) ? (bucket[id] ?? []) : [];
    const entry = manifest.shards.find((s) => shardIds.includes(s.id));
    if (!entry) return undefined;
    await this.#load(entry);
    return this.#locate(id);
  }

  #loadDetails(entry: ShardEntry): Promise<DetailsFile['details']> {
    let pending = this.#details.get(entry.id);
    if (!pending) {
      pending = this.#fetchJson(detailsPath(entry) as string).then((json) => {
        const file = json as Partial<DetailsFile> | null;
        if (!file || file.format !== shardFormat || file.version !== shardFormatVersion || file.id !== entry.id || !Array.isArray(file.details))
          throw new ShardFormatError(entry.id, 'details in an unexpected format');
        return file.details;
      });
      pending.catch(() => this.#details.delete(entry.id)); // offline now: a later visit tries again
      this.#details.set(entry.id, pending);
    }
    return pending;
  }

  /**
   * The dataset a loaded service came from (its report address), from the manifest. Undefined
   * when the service is not loaded, or the manifest predates the dataset list.
   */
  async datasetOf(id: string): Promise<ManifestDataset | undefined> {
    const manifest = await this.manifest();
    for (const shard of this.#ready.values()) {
      const position = shard.services.findIndex((s) => s.id === id);
      if (position >= 0) return manifest.datasets?.[shard.datasetAt(position)];
    }
    return undefined;
  }

  #locate(id: string): { shard: LoadedShard; position: number; service: DirectoryService } | undefined {
    for (const shard of this.#ready.values()) {
      const position = shard.services.findIndex((s) => s.id === id);
      if (position >= 0) return { shard, position, service: shard.services[position] as DirectoryService };
    }
    return undefined;
  }

  #load(entry: ShardEntry): Promise<LoadedShard> {
    let pending = this.#loaded.get(entry.id);
    if (!pending) {
      pending = this.#fetchJson(shardPath(entry)).then((json) => {
        const shard = loadShard(json, entry.id);
        this.#ready.set(entry.id, shard);
        warmHours(shard.services, this.#idle);
        return shard;
      });
      pending.catch(() => this.#loaded.delete(entry.id));
      this.#loaded.set(entry.id, pending);
    }
    return pending;
  }
}

interface AreaEdge {
  latitude: number;
  longitude: number;
  radiusKm: number;
  options: NearOptions;
  /** Every service within this distance of the centre is loaded. */
  coveredKm: number;
  /** Shards within the radius not loaded yet, nearest first. */
  rest: RankedShard[];
}

type RankedShard = { entry: ShardEntry; km: number };

/** The nearest shards (ranked nearest first) up to the limits; always at least one. */
function nearestWithin(ranked: RankedShard[], options: NearOptions): { chosen: ShardEntry[]; services: number; rest: RankedShard[] } {
  const maxServices = options.maxServices ?? areaLimits.maxServices;
  const maxGzipBytes = options.maxGzipBytes ?? areaLimits.maxGzipBytes;
  const chosen: ShardEntry[] = [];
  let services = 0;
  let gzipBytes = 0;
  for (const { entry } of ranked) {
    if (chosen.length > 0 && (services + entry.count > maxServices || gzipBytes + entry.gzipBytes > maxGzipBytes)) break;
    chosen.push(entry);
    services += entry.count;
    gzipBytes += entry.gzipBytes;
  }
  return { chosen, services, rest: ranked.slice(chosen.length) };
}

function isRecord(value: unknown): value is Partial<DirectoryService> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
