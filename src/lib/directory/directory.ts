/**
 * The phone's view of the directory: reads the manifest, downloads only the shards an area needs
 * (the service worker caches each one the first time), and searches what is loaded.
 * No Svelte here; components call this through the Find help feature.
 */
import type { DirectoryService } from './model';
import { loadShard, type LoadedShard } from './loaded-shard';
import type { IdleScheduler } from '$lib/idle';
import { warmHours } from './warm-hours';
import { searchShards, type SearchQuery, type SearchResults } from './search';
import type { TextSearch } from './text-search';
import { kmToBox } from './distance';
import { lookupBucket, lookupPath, shardPath, shardFormat, shardFormatVersion, type LookupBucket, type ManifestDataset, type ShardEntry, type ShardManifest } from './shards/format';

/** Fetches a file under the directory root (e.g. `/directory/`) and parses its JSON. */
export type FetchJson = (path: string) => Promise<unknown>;

export interface NearOptions {
  /**
   * Stop adding shards (nearest first) once this many services are loaded: in a dense city
   * centre a 15 km circle holds thousands of services, more than a cheap phone should download
   * at once. The shard under the point is always loaded. Default 3,000.
   */
  maxServices?: number;
}

export interface LoadedArea {
  /** Shard ids now loaded for this area. */
  shards: string[];
  /** Local services loaded for this area. */
  services: number;
  /** Radius fully covered by the loaded shards (less than asked when `maxServices` cut in). */
  coveredKm: number;
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
  #area: string[] = [];
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

  /** Loads the shards around a point, nearest first, and makes them the current area. */
  async loadShardsNear(latitude: number, longitude: number, radiusKm: number, options: NearOptions = {}): Promise<LoadedArea> {
    const request = ++this.#areaRequest;
    const manifest = await this.manifest();
    const maxServices = options.maxServices ?? 3000;
    const ranked = manifest.shards
      .map((entry) => ({ entry, km: kmToBox(latitude, longitude, entry.bbox) }))
      .filter((s) => s.km <= radiusKm)
      .sort((a, b) => a.km - b.km);
    const chosen: ShardEntry[] = [];
    let services = 0;
    let coveredKm = radiusKm;
    for (const { entry, km } of ranked) {
      if (chosen.length > 0 && services + entry.count > maxServices) {
        coveredKm = km;
        break;
      }
      chosen.push(entry);
      services += entry.count;
    }
    await Promise.all([this.loadNational(), ...chosen.map((entry) => this.#load(entry))]);
    const area = chosen.map((e) => e.id);
    if (request === this.#areaRequest) this.#area = area;
    return { shards: area, services, coveredKm };
  }

  /** Every shard: only for small datasets (the built-in sample), where the UI checks the size first. */
  async loadAll(): Promise<LoadedArea> {
    const request = ++this.#areaRequest;
    const manifest = await this.manifest();
    await Promise.all([this.loadNational(), ...manifest.shards.map((entry) => this.#load(entry))]);
    const area = manifest.shards.map((e) => e.id);
    if (request === this.#areaRequest) this.#area = area;
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

  /** Searches the current area plus national and unplaced services. Call a load method first. */
  search(query: SearchQuery): SearchResults {
    const local = [...this.#area, 'unplaced'].map((id) => this.#ready.get(id)).filter((s): s is LoadedShard => !!s);
    return searchShards(local, this.#ready.get('national') ?? null, query, this.#words);
  }

  /** One service by id (a shared link): from memory, else via its lookup bucket. */
  async getService(id: string): Promise<DirectoryService | undefined> {
    const inMemory = this.#find(id);
    if (inMemory) return inMemory;
    const manifest = await this.manifest();
    await this.loadNational();
    const found = this.#find(id);
    if (found) return found;
    const bucket = (await this.#fetchJson(lookupPath(manifest.dataVersion, lookupBucket(id, manifest.lookup.buckets)))) as LookupBucket;
    const shardIds = Object.hasOwn(bucket, id) ? (bucket[id] ?? []) : [];
    const entry = manifest.shards.find((s) => shardIds.includes(s.id));
    if (!entry) return undefined;
    await this.#load(entry);
    return this.#find(id);
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

  #find(id: string): DirectoryService | undefined {
    for (const shard of this.#ready.values()) {
      const service = shard.services.find((s) => s.id === id);
      if (service) return service;
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
