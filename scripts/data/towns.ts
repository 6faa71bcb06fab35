/**
 * UK towns for the synthetic generator and the bench: the GeoNames places the app's own towns
 * table is built from (scripts/geo/uk-places.ts), with their population. The demo's 25 towns,
 * which also need postcode districts, are in demo-towns.ts.
 */
import { nationNames } from '../../src/lib/geo/tables';
import { ukPlaces } from '../geo/uk-places';
import { slug } from './fictional';

export interface Town {
  id: string;
  name: string;
  /** Address city when it differs from `name` (London boroughs: "London"). */
  postal_town?: string;
  /** County or unitary authority. */
  region: string;
  country: 'England' | 'Wales' | 'Scotland' | 'Northern Ireland';
  latitude: number;
  longitude: number;
  /** Weights synthetic data. */
  population: number;
  /** Real outward codes at or near the centre, for demo addresses. */
  postcode_districts?: string[];
  /** Id of a bigger entry this place lies inside (synthetic data skips it). */
  part_of?: string;
  /** Synthetic spread (standard deviation, km) when the default does not fit. */
  sigma_km?: number;
}

let towns: Town[] | undefined;

/**
 * UK places that GeoNames gives a population, biggest first. Places in Greater London are marked
 * `part_of: 'london'`: GeoNames counts London's people once for London and again for districts
 * such as Croydon. Ids are the name's slug, with the area added when the name is shared.
 */
export function loadTowns(): Town[] {
  if (towns) return towns;
  const places = ukPlaces().filter((p) => p.population > 0);
  const shared = new Set(places.filter((p, i) => places.findIndex((q) => q.name === p.name) !== i).map((p) => p.name));
  towns = places
    .map(
      (p): Town => ({
        id: shared.has(p.name) ? slug(`${p.name} ${p.area}`) : slug(p.name),
        name: p.name,
        region: p.area,
        country: nationNames[p.nation] as Town['country'],
        latitude: p.latitude,
        longitude: p.longitude,
        population: p.population,
        ...(p.area === 'Greater London' && p.name !== 'London' ? { part_of: 'london' } : {})
      })
    )
    .sort((a, b) => b.population - a.population || a.id.localeCompare(b.id));
  return towns;
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
