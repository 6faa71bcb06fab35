/**
 * Region shards by k-d split: a group of points is cut across its longer side (in km) until
 * each part holds at most `maxPoints`. Cuts fall where whole shards fit on each side, so every
 * shard holds close to `maxPoints`, so a rural shard covers a county and a city-centre shard a few streets.
 * That keeps the "near me" download small wherever someone is, which a fixed grid cannot do
 * with UK densities, and avoids the many near-empty cells a quadtree leaves (each costs a file,
 * a manifest line and a search call).
 */
import type { BBox } from './format';

export interface PlacedPoint {
  longitude: number;
  latitude: number;
}

interface Cell<P extends PlacedPoint> {
  /** Split path: `k` then 0 (west/south half) or 1 (east/north half) per level. */
  id: string;
  /** Tight bounds of the cell's points. */
  bbox: BBox;
  points: P[];
}

export interface PartitionOptions {
  /** Split a group holding more points than this. */
  maxPoints: number;
}

export function partition<P extends PlacedPoint>(points: readonly P[], options: PartitionOptions): Cell<P>[] {
  const leaves: Cell<P>[] = [];
  if (points.length) split('k', [...points], options.maxPoints, leaves);
  return leaves;
}

function split<P extends PlacedPoint>(id: string, points: P[], maxPoints: number, leaves: Cell<P>[]): void {
  const bbox = boundsOf(points);
  if (points.length <= maxPoints) {
    leaves.push({ id, bbox, points });
    return;
  }
  const [w, s, e, n] = bbox;
  // Compare sides in km, not degrees: a degree of longitude is ~0.6 of a degree of latitude here.
  const widthKm = (e - w) * Math.cos((((s + n) / 2) * Math.PI) / 180);
  const key = widthKm >= n - s ? (p: P) => p.longitude : (p: P) => p.latitude;
  points.sort((a, b) => key(a) - key(b));
  // Cut where whole shards fit on each side, so leaves come out close to `maxPoints`, not half it.
  const parts = Math.ceil(points.length / maxPoints);
  const middle = Math.round((points.length * Math.floor(parts / 2)) / parts);
  split(`${id}0`, points.slice(0, middle), maxPoints, leaves);
  split(`${id}1`, points.slice(middle), maxPoints, leaves);
}

function boundsOf(points: readonly PlacedPoint[]): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    w = Math.min(w, p.longitude);
    s = Math.min(s, p.latitude);
    e = Math.max(e, p.longitude);
    n = Math.max(n, p.latitude);
  }
  return [w, s, e, n];
}
