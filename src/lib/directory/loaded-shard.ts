/** A shard as the phone holds it in memory, ready to search. */
import type KDBush from 'kdbush';
import type { DirectoryService, Schedule } from './model';
import { shardDefaults, shardFormat, shardFormatVersion, type BBox, type ShardFile, type ShardService } from './shards/format';
import { decodePointIndex, pointCoordinates } from './shards/points';
import { useWeeklyHours } from './shards/weekly-hours';

export interface LoadedShard {
  id: string;
  services: DirectoryService[];
  /**
   * The shard's MiniSearch index as stored (without its document ids, which are positions):
   * revived by text-search.ts only when words are searched, so a category and a town never pay
   * for it.
   */
  textIndex: ShardFile['index'];
  /** Null for shards without map points (national, unplaced). */
  points: KDBush | null;
  pointService: number[];
  /** Bounds of the shard's points; null without points. */
  bbox: BBox | null;
  /** Index in `manifest.datasets` of the service at each position. */
  datasetAt: (position: number) => number;
}

/** Thrown when a shard file is not one this app version can read (corrupt cache, old build). */
export class ShardFormatError extends Error {
  constructor(id: string, reason: string) {
    super(`Directory shard ${id} could not be read: ${reason}`);
    this.name = 'ShardFormatError';
  }
}

export function loadShard(json: unknown, expectedId: string): LoadedShard {
  const file = json as Partial<ShardFile> | null;
  if (!file || file.format !== shardFormat || file.version !== shardFormatVersion || file.id !== expectedId)
    throw new ShardFormatError(expectedId, 'unexpected format or id');
  const { services, pointService, pointLocation, points, index } = file;
  if (!Array.isArray(services) || !Array.isArray(pointService) || !Array.isArray(pointLocation) || typeof points !== 'string' || !isStoredIndex(index))
    throw new ShardFormatError(expectedId, 'missing parts');

  const restored = services.map(withDefaults);
  const spatial = points ? decodePointIndex(points) : null;
  let bbox: BBox | null = null;
  if (spatial) {
    // The shard stores each place's coordinates once, in the spatial index: put them back.
    const coordinates = pointCoordinates(spatial);
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let point = 0; point < pointService.length; point++) {
      const longitude = coordinates[2 * point] as number;
      const latitude = coordinates[2 * point + 1] as number;
      const location = restored[pointService[point] as number]?.locations[pointLocation[point] as number];
      if (location) Object.assign(location, { latitude: round5(latitude), longitude: round5(longitude) });
      [w, s, e, n] = [Math.min(w, longitude), Math.min(s, latitude), Math.max(e, longitude), Math.max(n, latitude)];
    }
    bbox = [w, s, e, n];
  }
  return {
    id: expectedId,
    services: restored,
    textIndex: index,
    points: spatial,
    pointService,
    bbox,
    datasetAt: (position) => (typeof file.dataset === 'number' ? file.dataset : (file.dataset?.[position] ?? 0))
  };
}

/**
 * The index is revived only when words are searched, so its shape is checked now: a bad file is
 * then a "could not be read" on loading, not an error in the middle of someone typing.
 */
function isStoredIndex(index: unknown): index is ShardFile['index'] {
  const i = index as Partial<ShardFile['index']> | null;
  return !!i && typeof i.serializationVersion === 'number' && Array.isArray(i.index) && typeof i.fieldIds === 'object' && i.fieldIds !== null;
}

/**
 * Coordinates come back from the Float32 spatial index; 5 decimals (about 1 m) recovers the
 * stored value exactly, since Float32 is good to ±0.000002° at UK latitudes.
 */
function round5(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/**
 * Puts back what the compiler left out (`shardDefaults`), copying so the shard file is untouched,
 * and hands each set of hours its compiled `weekly` value, which it takes off the record.
 */
function withDefaults({ weekly, ...service }: ShardService): DirectoryService {
  const fill = (schedules: Schedule[], compiled: unknown) => {
    const filled = schedules.map((s) => ({ ...s, timezone_name: s.timezone_name ?? shardDefaults.timezone_name }));
    useWeeklyHours(filled, compiled);
    return filled;
  };
  return {
    ...service,
    status: service.status ?? shardDefaults.status,
    schedules: fill(service.schedules, weekly),
    locations: service.locations.map(({ weekly, ...l }) => ({ ...l, ...(l.schedules ? { schedules: fill(l.schedules, weekly) } : {}) }))
  };
}
