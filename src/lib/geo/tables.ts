/**
 * The place tables the app looks places up in, as built into `static/geo/` by the data build
 * (scripts/geo/place-tables.ts) and read by the browser (place-loader.ts). Rows are arrays, not
 * objects, to keep the files small; the guards check everything fetched before it is used.
 */

/** UK nations, as GeoNames' first-level codes for GB say them. */
export type Nation = 'E' | 'W' | 'S' | 'N';
export const nationNames: Record<Nation, string> = { E: 'England', W: 'Wales', S: 'Scotland', N: 'Northern Ireland' };

/** `static/geo/index.json`: which table files this build has (their names carry a content hash). */
export interface GeoIndex {
  format: 'onward-geo-index';
  version: 3;
  /**
   * The towns, by the first letter of their name (normalisePlace: "l" → Leeds, Lincoln…), a few
   * KB each: looking up a typed town fetches one file, not the country's; naming a phone's
   * position or a misspelt first letter fetches them all.
   */
  towns: { count: number; attribution: string[]; byLetter: Record<string, string> };
  /**
   * Postcode districts, one file per postcode area ("SG" → the file with SG1…SG19), so looking up
   * "SG1 2AB" fetches a few hundred bytes, not the whole country. Great Britain's districts are
   * built in (data/geo/); a deployer's ONS table replaces them (`npm run geo:build`).
   * Absent only in a build without either.
   */
  postcodeDistricts?: { areas: Record<string, string>; count: number; attribution: string[] };
}

/** The postcode area of an outward code: its letters ("SG" of "SG1", "W" of "W1A"). */
export function postcodeArea(outcode: string): string {
  return /^[A-Z]{1,2}/.exec(outcode.toUpperCase())?.[0] ?? '';
}

/** [area name, nation]: a county or unitary authority, named as GeoNames names it (tidied). */
export type AreaRow = [name: string, nation: Nation];
/** [name, index into `areas`, latitude, longitude, population (0 when GeoNames has none)]. */
export type TownRow = [name: string, area: number, latitude: number, longitude: number, population: number];

export interface TownsTable {
  format: 'onward-towns';
  version: 1;
  attribution: string[];
  areas: AreaRow[];
  towns: TownRow[];
}

/** [outward code, latitude, longitude]: the centre of a postcode district's live postcodes. */
export type DistrictRow = [outcode: string, latitude: number, longitude: number];

export interface DistrictsTable {
  format: 'onward-postcode-districts';
  version: 1;
  attribution: string[];
  districts: DistrictRow[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isLatitude = (v: unknown): v is number => typeof v === 'number' && v >= -90 && v <= 90;
const isLongitude = (v: unknown): v is number => typeof v === 'number' && v >= -180 && v <= 180;
const isLines = (v: unknown): v is string[] => Array.isArray(v) && v.every((line) => isText(line, 500));
/** A bare file name: the index must not point the app anywhere but `static/geo/`. */
const isFileName = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9][a-z0-9.-]{0,80}\.json$/.test(v);
const isLetterFiles = (v: unknown) => isObject(v) && Object.entries(v).every(([letter, file]) => /^[a-z0-9]$/.test(letter) && isFileName(file));
const isTownsEntry = (v: unknown) => isObject(v) && typeof v.count === 'number' && isLines(v.attribution) && isLetterFiles(v.byLetter);
const isAreaFiles = (v: unknown) => isObject(v) && Object.entries(v).every(([area, file]) => /^[A-Z]{1,2}$/.test(area) && isFileName(file));
const isDistrictsEntry = (v: unknown) => isObject(v) && isAreaFiles(v.areas) && typeof v.count === 'number' && isLines(v.attribution);

export function isGeoIndex(v: unknown): v is GeoIndex {
  return (
    isObject(v) &&
    v.format === 'onward-geo-index' &&
    v.version === 3 &&
    isTownsEntry(v.towns) &&
    (v.postcodeDistricts === undefined || isDistrictsEntry(v.postcodeDistricts))
  );
}

export function isTownsTable(v: unknown): v is TownsTable {
  if (!isObject(v) || v.format !== 'onward-towns' || v.version !== 1 || !isLines(v.attribution)) return false;
  const { areas, towns } = v;
  if (!Array.isArray(areas) || !Array.isArray(towns)) return false;
  const areaOk = (a: unknown) => Array.isArray(a) && isText(a[0]) && typeof a[1] === 'string' && a[1] in nationNames;
  const townOk = (t: unknown) =>
    Array.isArray(t) &&
    isText(t[0]) &&
    Number.isInteger(t[1]) &&
    (t[1] as number) >= 0 &&
    (t[1] as number) < areas.length &&
    isLatitude(t[2]) &&
    isLongitude(t[3]) &&
    typeof t[4] === 'number' &&
    t[4] >= 0;
  return areas.every(areaOk) && towns.every(townOk);
}

export function isDistrictsTable(v: unknown): v is DistrictsTable {
  return (
    isObject(v) &&
    v.format === 'onward-postcode-districts' &&
    v.version === 1 &&
    isLines(v.attribution) &&
    Array.isArray(v.districts) &&
    v.districts.every((d) => Array.isArray(d) && isText(d[0], 4) && isLatitude(d[1]) && isLongitude(d[2]))
  );
}
