/**
 * Search over the shards a phone has loaded: text (typo-tolerant, prefix as you type), categories,
 * yes/no attributes, open now, and distance. Pure and synchronous, so it is unit-tested and
 * benchmarked in Node.
 */
import { around } from 'geokdbush';
import { kmBetween, kmToBox } from './distance';
import type { DirectoryService, ServiceLocation } from './model';
import type { LoadedShard } from './loaded-shard';
import type { TextSearch } from './text-search';
import { isOpenAt, openState, type OpenState } from './schedule';

export interface SearchQuery {
  text?: string;
  /** Any of these categories (a service may be in several). */
  categories?: readonly string[];
  /** All of these attributes. */
  attributes?: readonly string[];
  openNow?: boolean;
  near?: { latitude: number; longitude: number };
  /** With `near`: leave out places further than this. */
  radiusKm?: number;
  /** Most local results to return (default 20). */
  limit?: number;
  /** "Now" for open-now (tests and benchmarks pass a fixed time). */
  now?: Date;
}

export interface SearchHit {
  service: DirectoryService;
  /** Km to the nearest of its places; null without `near` or for places with no map position. */
  distanceKm: number | null;
  /** Its place nearest to `near` (or its first place). */
  location?: ServiceLocation;
  open: OpenState;
  /** Text relevance; 0 without text. */
  score: number;
}

export interface SearchResults {
  /** Local services, nearest first with `near`, else best match first. */
  local: SearchHit[];
  /** National helplines that match: shown everywhere, no distance. */
  national: SearchHit[];
  /** More local services match than were returned: ask again with a higher limit. */
  more: boolean;
}

interface Candidate {
  service: DirectoryService;
  score: number;
  distanceKm: number | null;
  location?: ServiceLocation;
  /** Worked out while collecting only when the query filters on it (the full state is worked out for shown results only). */
  openNow?: boolean;
}

type Combine = 'AND' | 'OR';

/**
 * Every word must match first (precise); only if nothing matches may any word, so
 * "drug help watford" still finds something. `words` matches text (text-search.ts): a query
 * with text needs it, one without never loads it.
 */
export function searchShards(local: readonly LoadedShard[], national: LoadedShard | null, query: SearchQuery, words: TextSearch | null = null): SearchResults {
  if (query.text?.trim() && !words) throw new Error('A search with words needs text search (Directory.loadTextSearch)');
  const now = query.now ?? new Date();
  const limit = query.limit ?? 20;
  let found = collect(local, query, 'AND', now, limit, words);
  if (found.matched === 0 && query.text && words?.hasQueryWords(query.text)) found = collect(local, query, 'OR', now, limit, words);
  const sorted = [...found.candidates.values()].filter((c) => !query.openNow || c.openNow).sort(query.near ? byDistance : byScore);
  const hits = sorted.slice(0, limit).map(({ openNow: _, ...c }) => ({ ...c, open: openState(hoursAt(c.service, c.location), now) }));

  const fromNational = national ? collect([national], { ...query, near: undefined }, 'AND', now, Infinity, words) : null;
  const nationalHits = fromNational
    ? [...fromNational.candidates.values()]
        .map(({ openNow: _, ...c }) => ({ ...c, open: openState(c.service.schedules, now) }))
        .filter((h) => !query.openNow || h.open.state === 'open')
        .sort(byScore)
    : [];
  return { local: hits, national: nationalHits, more: found.stoppedEarly || sorted.length > limit };
}

/**
 * Matching services, one entry per id (shards can share a service). With `near`, shards are
 * searched nearest first, and the search stops once it holds `limit` results that no unsearched
 * shard could beat: on a phone with a city loaded, most searches touch one or two shards.
 */
function collect(shards: readonly LoadedShard[], query: SearchQuery, combineWith: Combine, now: Date, limit: number, words: TextSearch | null) {
  const candidates = new Map<string, Candidate>();
  const categories = query.categories?.length ? new Set(query.categories) : null;
  const attributes = query.attributes ?? [];
  const wanted = (s: DirectoryService) =>
    (!categories || s.categories.some((c) => categories.has(c))) && attributes.every((a) => s.attributes.includes(a));
  const text = query.text?.trim();
  const textQuery = text && words?.hasQueryWords(text) ? { words, text, combineWith } : null;
  const near = query.near;
  const order = near
    ? shards.map((shard) => ({ shard, km: shard.bbox ? kmToBox(near.latitude, near.longitude, shard.bbox) : Infinity })).sort((a, b) => a.km - b.km)
    : shards.map((shard) => ({ shard, km: 0 }));

  let matched = 0;
  let stoppedEarly = false;
  const kept: number[] = [];
  for (const { shard, km } of order) {
    if (near && km !== Infinity) {
      if (query.radiusKm !== undefined && km > query.radiusKm) continue;
      if (kept.length >= limit && kthSmallest(kept, limit) <= km) {
        stoppedEarly = true;
        break;
      }
    }
    for (const [position, score] of candidatesIn(shard, query, textQuery)) {
      const service = shard.services[position];
      if (!service || !wanted(service)) continue;
      const place = choosePlace(service, near, query.openNow ? now : null);
      if (query.radiusKm !== undefined && place.distanceKm !== null && place.distanceKm > query.radiusKm) continue;
      const seen = candidates.get(service.id);
      if (seen && (seen.distanceKm ?? Infinity) <= (place.distanceKm ?? Infinity)) continue;
      if (!seen) matched++;
      const candidate: Candidate = { service, score: Math.max(score, seen?.score ?? 0), ...place };
      candidates.set(service.id, candidate);
      if (!seen && (!query.openNow || candidate.openNow)) kept.push(place.distanceKm ?? Infinity);
    }
  }
  return { candidates, matched, stoppedEarly };
}

/** The k-th smallest value (k ≥ 1): the distance a new result must beat. */
function kthSmallest(values: number[], k: number): number {
  values.sort((a, b) => a - b);
  values.length = Math.min(values.length, k);
  return values[k - 1] as number;
}

/** [position in shard, text score] pairs worth checking. */
function candidatesIn(
  shard: LoadedShard,
  query: SearchQuery,
  textQuery: { words: TextSearch; text: string; combineWith: Combine } | null
): Array<[number, number]> {
  if (textQuery) return textQuery.words.matches(shard, textQuery.text, textQuery.combineWith);
  if (query.near && query.radiusKm !== undefined && shard.points) {
    // The shard's spatial index narrows a radius search to nearby points without a full scan.
    const ids = around(shard.points, query.near.longitude, query.near.latitude, Infinity, query.radiusKm);
    return [...new Set(ids.map((id) => shard.pointService[id] as number))].map((p) => [p, 0]);
  }
  return shard.services.map((_, i) => [i, 0]);
}

/**
 * The place to show for a service: the nearest one; with open-now, the nearest one open now (a
 * service shut at its nearest place may be open at another), else the nearest.
 */
function choosePlace(service: DirectoryService, near: SearchQuery['near'], openAt: Date | null): Omit<Candidate, 'service' | 'score'> {
  const distanceTo = (location: ServiceLocation): number | null =>
    near && location.latitude !== undefined && location.longitude !== undefined
      ? kmBetween(near, { latitude: location.latitude, longitude: location.longitude })
      : null;
  if (openAt) {
    if (service.locations.length === 0) return { location: undefined, distanceKm: null, openNow: isOpenAt(service.schedules, openAt) };
    // Hours first: at night most places are shut, and a shut place's distance is never shown
    // (open-now leaves it out), so it is not worked out.
    let open: Omit<Candidate, 'service' | 'score'> | null = null;
    for (const location of service.locations) {
      if (!isOpenAt(hoursAt(service, location), openAt)) continue;
      const distanceKm = distanceTo(location);
      if (!open || (distanceKm ?? Infinity) < (open.distanceKm ?? Infinity)) open = { location, distanceKm, openNow: true };
    }
    return open ?? { location: service.locations[0], distanceKm: null, openNow: false };
  }
  let nearest: Omit<Candidate, 'service' | 'score'> = { location: service.locations[0], distanceKm: null };
  for (const location of near ? service.locations : []) {
    const distanceKm = distanceTo(location);
    if (distanceKm !== null && distanceKm < (nearest.distanceKm ?? Infinity)) nearest = { location, distanceKm };
  }
  return nearest;
}

/** Hours at a place when it has its own, else the service's. */
function hoursAt(service: DirectoryService, location: ServiceLocation | undefined) {
  return location?.schedules?.length ? location.schedules : service.schedules;
}

function byDistance(a: Candidate, b: Candidate): number {
  return (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || b.score - a.score || a.service.name.localeCompare(b.service.name);
}

function byScore(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.service.name.localeCompare(b.service.name);
}
