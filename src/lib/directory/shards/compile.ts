/**
 * Compiles datasets into the offline form (see `format.ts`). Pure: returns file contents by
 * path; `scripts/data/build.ts` writes them. Runs in Node at build time.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { DatasetSource, DirectoryService, Schedule } from '../model';
import { buildSearchIndex } from '../search-index';
import { checkCoordinates } from '../../safe-values';
import {
  detailsPath,
  listFields,
  lookupBucket,
  lookupPath,
  shardDefaults,
  shardFormat,
  shardFormatVersion,
  shardPath,
  type DetailsFile,
  type LookupBucket,
  type ShardEntry,
  type ShardFile,
  type ShardManifest,
  type ShardService
} from './format';
import { partition, type PartitionOptions } from './partition';
import { buildPointIndex, encodePointIndex } from './points';
import { compileWeeklyHours } from './weekly-hours';

export interface CompileOptions extends PartitionOptions {
  /** Aim for this many ids per lookup file. */
  idsPerLookupBucket: number;
}

export const defaultCompileOptions: CompileOptions = { maxPoints: 150, idsPerLookupBucket: 250 };

export interface CompiledDirectory {
  manifest: ShardManifest;
  /** Path (relative to the directory root) → file text. Includes `manifest.json`. */
  files: Map<string, string>;
}

interface ServicePoint {
  longitude: number;
  latitude: number;
  service: DirectoryService;
  /** Index of the place in `service.locations`. */
  location: number;
}

/** A dataset as the build reads it: its name and source, and its services. */
export interface DatasetInput {
  name: string;
  source?: Pick<DatasetSource, 'contact_email'>;
  services: readonly DirectoryService[];
}

/** One dataset without a source: for tests and benchmarks. */
export function compileDirectory(services: readonly DirectoryService[], options: CompileOptions = defaultCompileOptions): CompiledDirectory {
  return compileDatasets([{ name: 'Directory', services }], options);
}

/** Every dataset built together (`npm run data:build`): one manifest, one set of shards. */
export function compileDatasets(datasets: readonly DatasetInput[], options: CompileOptions = defaultCompileOptions): CompiledDirectory {
  const datasetOf = new Map<DirectoryService, number>();
  datasets.forEach((dataset, i) => dataset.services.forEach((service) => datasetOf.set(service, i)));
  const services = datasets.flatMap((dataset) => dataset.services);
  // Inactive and defunct services never reach a phone; "temporarily closed" ones do, so a
  // shared link can say so.
  const active = services.filter((s) => s.status === 'active' || s.status === 'temporarily closed');
  const national = active.filter((s) => s.national);
  const points: ServicePoint[] = [];
  const unplaced: DirectoryService[] = [];
  for (const service of active) {
    if (service.national) continue;
    let placed = false;
    for (const [i, location] of service.locations.entries()) {
      const coordinates = checkCoordinates(location.latitude, location.longitude);
      if (!coordinates.ok) continue;
      points.push({ ...coordinates.value, service, location: i });
      placed = true;
    }
    if (!placed) unplaced.push(service);
  }

  const files = new Map<string, string>();
  const shards: ShardEntry[] = [];
  const shardsOfService = new Map<string, string[]>();
  const emit = (id: string, shardServices: DirectoryService[], shardPoints: ServicePoint[], bbox: ShardEntry['bbox'], split = false): ShardEntry => {
    const whole = shardFile(id, shardServices, shardPoints, datasetOf);
    const { list, details } = split ? splitDetails(whole.services) : { list: whole.services, details: undefined };
    const text = JSON.stringify({ ...whole, services: list });
    const detailsText = details ? JSON.stringify({ format: shardFormat, version: shardFormatVersion, id, details } satisfies DetailsFile) : '';
    const entry: ShardEntry = { id, hash: hash(text + detailsText).slice(0, 8), bbox: outward(bbox), count: shardServices.length, gzipBytes: gzipSync(text).length };
    files.set(shardPath(entry), text);
    if (details) {
      entry.details = true;
      files.set(detailsPath(entry) as string, detailsText);
    }
    for (const s of shardServices) shardsOfService.set(s.id, [...(shardsOfService.get(s.id) ?? []), id]);
    return entry;
  };

  // The core shards (precached with the app) carry whole services. A region shard carries what a
  // list needs, and its details file the rest: on national data that is about a third off what
  // a phone downloads for an area, and a service page fetches one small file more.
  const nationalEntry = emit('national', national, [], [-180, -90, 180, 90]);
  const unplacedEntry = emit('unplaced', unplaced, [], [-180, -90, 180, 90]);
  for (const cell of partition(points, options)) {
    const shardServices = [...new Set(cell.points.map((p) => p.service))];
    shards.push(emit(cell.id, shardServices, cell.points, cell.bbox, true));
  }

  const dataVersion = hash([...files.keys()].sort().join('\n')).slice(0, 12);
  const buckets = Math.max(1, 2 ** Math.ceil(Math.log2(Math.max(1, shardsOfService.size) / options.idsPerLookupBucket)));
  const lookup = Array.from({ length: buckets }, (): LookupBucket => ({}));
  for (const [id, shardIds] of shardsOfService) (lookup[lookupBucket(id, buckets)] as LookupBucket)[id] = shardIds;
  lookup.forEach((bucket, i) => files.set(lookupPath(dataVersion, i), JSON.stringify(bucket)));

  const manifest: ShardManifest = {
    format: shardFormat,
    version: shardFormatVersion,
    dataVersion,
    total: active.length,
    national: nationalEntry,
    unplaced: unplacedEntry,
    shards,
    lookup: { buckets },
    datasets: datasets.map(({ name, source }) => (source?.contact_email ? { name, contact_email: source.contact_email } : { name }))
  };
  files.set('manifest.json', JSON.stringify(manifest));
  return { manifest, files };
}

function shardFile(id: string, services: DirectoryService[], points: ServicePoint[], datasetOf: Map<DirectoryService, number>): ShardFile {
  const position = new Map(services.map((s, i) => [s, i]));
  const origins = services.map((s) => datasetOf.get(s) ?? 0);
  const dataset = origins.every((d) => d === origins[0]) ? (origins[0] ?? 0) : origins;
  const { documentIds: _identity, ...index } = buildSearchIndex(services).toJSON();
  const here = new Set(points.map((p) => `${position.get(p.service)}:${p.location}`));
  return {
    format: shardFormat,
    version: shardFormatVersion,
    id,
    services: services.map((service, s) => withoutDefaults(service, (l) => here.has(`${s}:${l}`))),
    index,
    points: points.length ? encodePointIndex(buildPointIndex(points)) : '',
    pointService: points.map((p) => position.get(p.service) as number),
    pointLocation: points.map((p) => p.location),
    ...(dataset === 0 ? {} : { dataset })
  };
}

/**
 * Splits a shard's services into what the list keeps (`listFields`) and the rest, by position, for
 * the details file. The search index is built from the whole records, so words only in the
 * details still find the service.
 */
function splitDetails(services: ShardService[]): { list: ShardService[]; details: DetailsFile['details'] } {
  const kept = new Set<string>(listFields);
  const details: DetailsFile['details'] = [];
  const list = services.map((service) => {
    const inList: Record<string, unknown> = {};
    const rest: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(service)) (kept.has(key) || key === 'weekly' ? inList : rest)[key] = value;
    details.push(rest as Partial<DirectoryService>);
    return inList as ShardService;
  });
  return { list, details };
}

/**
 * Drops what the loader puts back: `shardDefaults`, and the coordinates of places whose point
 * is in this shard's spatial index (`inIndex`). About 10 % of a shard after gzip. Adds each set
 * of hours compiled for "Open now" (`weekly`).
 */
function withoutDefaults(service: DirectoryService, inIndex: (location: number) => boolean): ShardService {
  const strip = (schedules: Schedule[] | undefined) =>
    schedules?.map(({ timezone_name, ...rest }) => (timezone_name === shardDefaults.timezone_name ? rest : { timezone_name, ...rest }) as Schedule);
  const weekly = (schedules: Schedule[]) => {
    const compiled = compileWeeklyHours(schedules);
    return compiled ? { weekly: compiled } : {};
  };
  const { status, ...rest } = service;
  return {
    ...(status === shardDefaults.status ? rest : service),
    schedules: strip(service.schedules) ?? [],
    ...weekly(service.schedules),
    locations: service.locations.map((location, i) => {
      const { latitude, longitude, ...place } = location;
      const kept = inIndex(i) ? place : location;
      // A place's own hours are used only when it has some (search.ts `hoursAt`).
      return location.schedules ? { ...kept, schedules: strip(location.schedules), ...(location.schedules.length ? weekly(location.schedules) : {}) } : kept;
    })
  } as ShardService;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Bounding boxes to ~100 m, rounded outwards so no point falls outside: a smaller manifest. */
function outward([w, s, e, n]: ShardEntry['bbox']): ShardEntry['bbox'] {
  const down = (v: number) => Math.floor(v * 1000) / 1000;
  const up = (v: number) => Math.ceil(v * 1000) / 1000;
  return [down(w), down(s), up(e), up(n)];
}
