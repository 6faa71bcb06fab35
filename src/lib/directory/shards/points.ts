/**
 * Spatial index for a shard: KDBush over Float32 longitude/latitude (±0.5 m at UK latitudes,
 * half the bytes of Float64), serialised as base64 so a shard is one JSON file.
 */
import KDBush from 'kdbush';

export interface Point {
  longitude: number;
  latitude: number;
}

export function buildPointIndex(points: readonly Point[]): KDBush {
  const index = new KDBush(points.length, 64, Float32Array);
  for (const p of points) index.add(p.longitude, p.latitude);
  index.finish();
  return index;
}

export function encodePointIndex(index: KDBush): string {
  const bytes = new Uint8Array(index.data);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function decodePointIndex(base64: string): KDBush {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return KDBush.from(bytes.buffer);
}

/** Longitude/latitude of every point, by insertion order (KDBush stores them tree-sorted). */
export function pointCoordinates(index: KDBush): Float64Array {
  const out = new Float64Array(index.numItems * 2);
  for (let k = 0; k < index.numItems; k++) {
    const id = index.ids[k] as number;
    out[2 * id] = index.coords[2 * k] as number;
    out[2 * id + 1] = index.coords[2 * k + 1] as number;
  }
  return out;
}
