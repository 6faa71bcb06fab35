/** The town table in `data/towns.json`, shared by the demo draft, the synthetic generator and tests. */
import { readFileSync } from 'node:fs';

export interface Town {
  id: string;
  name: string;
  /** Address city when it differs from `name` (London boroughs: "London"). */
  postal_town?: string;
  region: string;
  country: 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';
  latitude: number;
  longitude: number;
  /** Approximate, rounded; weights synthetic data. */
  population: number;
  /** Real outward codes at or near the centre, for demo addresses. */
  postcode_districts?: string[];
  /** Id of a bigger entry this place lies inside (synthetic data skips it). */
  part_of?: string;
  /** Synthetic spread (standard deviation, km) when the default does not fit. */
  sigma_km?: number;
}

export const townsPath = new URL('../../data/towns.json', import.meta.url);

export function loadTowns(): Town[] {
  return (JSON.parse(readFileSync(townsPath, 'utf8')) as { towns: Town[] }).towns;
}

/** The city an address in this town carries. */
export function addressCity(town: Town): string {
  return town.postal_town ?? town.name;
}

const earthRadiusKm = 6371;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** The point `northKm` north and `eastKm` east of `from`, rounded to 5 decimals (about 1 m). */
export function offsetKm(from: { latitude: number; longitude: number }, northKm: number, eastKm: number): { latitude: number; longitude: number } {
  const kmPerDegree = (Math.PI * earthRadiusKm) / 180;
  const latitude = from.latitude + northKm / kmPerDegree;
  const longitude = from.longitude + eastKm / (kmPerDegree * Math.cos(toRadians(from.latitude)));
  return { latitude: Math.round(latitude * 1e5) / 1e5, longitude: Math.round(longitude * 1e5) / 1e5 };
}
