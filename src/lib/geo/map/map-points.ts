/**
 * What the map shows, worked out from search results: one point per result that has a map
 * position, and how many results have none (the screen says so; they stay in the list).
 */
import type { SearchHit } from '$lib/directory/search';

export interface LatLon {
  latitude: number;
  longitude: number;
}

export interface MapPoint extends LatLon {
  /** The service's id: unique among one search's results. */
  id: string;
  hit: SearchHit;
}

export interface MapPoints {
  points: MapPoint[];
  /** Results with no usable map position: not on the map. */
  unplaced: number;
}

/** A position Leaflet can draw (feeds may hold anything; the importer checks, this does too). */
export function isOnEarth(p: Partial<LatLon> | null | undefined): p is LatLon {
  return (
    !!p &&
    typeof p.latitude === 'number' &&
    typeof p.longitude === 'number' &&
    Math.abs(p.latitude) <= 90 &&
    Math.abs(p.longitude) <= 180
  );
}

/** Map points for search results, in the results' order; a service listed twice is shown once. */
export function mapPoints(hits: readonly SearchHit[]): MapPoints {
  const points: MapPoint[] = [];
  const seen = new Set<string>();
  let unplaced = 0;
  for (const hit of hits) {
    if (seen.has(hit.service.id)) continue;
    seen.add(hit.service.id);
    const place = hit.location;
    if (isOnEarth(place)) points.push({ id: hit.service.id, latitude: place.latitude, longitude: place.longitude, hit });
    else unplaced++;
  }
  return { points, unplaced };
}

/** South-west and north-east corners around the points and the searched place; null if none. */
export function boundsAround(points: readonly LatLon[], centre: LatLon | null): [[number, number], [number, number]] | null {
  const all = isOnEarth(centre) ? [...points, centre] : points;
  if (all.length === 0) return null;
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const p of all) {
    south = Math.min(south, p.latitude);
    north = Math.max(north, p.latitude);
    west = Math.min(west, p.longitude);
    east = Math.max(east, p.longitude);
  }
  return [
    [south, west],
    [north, east]
  ];
}
