/** Search results for the map's unit tests. */
import { makeService } from '$lib/directory/fixtures';
import type { SearchHit } from '$lib/directory/search';

/** A result at a position; `null` makes one with no map position. */
export function hitAt(position: { latitude: number; longitude: number } | null, name?: string): SearchHit {
  const base = makeService(name ? { name } : {});
  const location = { id: `${base.id}-place`, ...(position ?? {}) };
  return { service: { ...base, locations: [location] }, location, distanceKm: null, open: { state: 'unknown' }, score: 0 };
}
