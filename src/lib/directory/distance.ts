/** Distances on the globe, shared by the directory's loader and search. */
import { distance } from 'geokdbush';
import type { BBox } from './shards/format';

/** Great-circle km between two points. */
export function kmBetween(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  return distance(a.longitude, a.latitude, b.longitude, b.latitude);
}

/** Km from a point to the nearest edge of a box (0 inside it). */
export function kmToBox(latitude: number, longitude: number, [w, s, e, n]: BBox): number {
  const lon = Math.min(Math.max(longitude, w), e);
  const lat = Math.min(Math.max(latitude, s), n);
  return distance(longitude, latitude, lon, lat);
}
