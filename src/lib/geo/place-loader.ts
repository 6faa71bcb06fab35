/**
 * The browser's way to the place tables: `/geo/index.json`, then the towns table and (when this
 * build has one) the postcode district table. Fetched the first time someone looks a place up,
 * then kept in memory for the tab. Import this module dynamically: it brings the tables' code
 * and the postcode rules, which the first page never needs.
 */
import { resolveNear, type ChosenPlace, type NearProblem } from './chosen-place';
import { PlaceFinder } from './place-lookup';
import { isDistrictsTable, isGeoIndex, isTownsTable, type GeoIndex } from './tables';

/** Where the data build puts the tables (static/geo/). */
export const geoRoot = '/geo/';

/** The tables could not be fetched (offline before they were ever saved) or were not what we expect. */
export class PlaceTablesUnavailableError extends Error {
  override name = 'PlaceTablesUnavailableError';
}

async function fetchChecked<T>(fetchFn: typeof fetch, file: string, check: (v: unknown) => v is T): Promise<T> {
  let json: unknown;
  try {
    const response = await fetchFn(geoRoot + file);
    if (!response.ok) throw new Error(`answered ${response.status}`);
    json = await response.json();
  } catch (error) {
    throw new PlaceTablesUnavailableError(`${file}: ${(error as Error).message}`);
  }
  if (!check(json)) throw new PlaceTablesUnavailableError(`${file} is not a table this version of Onward can read`);
  return json;
}

let index: Promise<GeoIndex> | undefined;
let finder: Promise<PlaceFinder> | undefined;

/** Which tables this build has, with their attribution lines (the credits on More show them). */
export function geoIndex(fetchFn: typeof fetch = fetch): Promise<GeoIndex> {
  index ??= fetchChecked(fetchFn, 'index.json', isGeoIndex).catch((error) => {
    index = undefined; // a failure (offline) is not remembered: the next try fetches again
    throw error;
  });
  return index;
}

/** The tab's one PlaceFinder; rejects with PlaceTablesUnavailableError. */
export function placeFinder(fetchFn: typeof fetch = fetch): Promise<PlaceFinder> {
  finder ??= (async () => {
    const { towns, postcodeDistricts } = await geoIndex(fetchFn);
    const [townsTable, districtsTable] = await Promise.all([
      fetchChecked(fetchFn, towns.file, isTownsTable),
      postcodeDistricts ? fetchChecked(fetchFn, postcodeDistricts.file, isDistrictsTable) : undefined
    ]);
    return new PlaceFinder(townsTable, districtsTable);
  })().catch((error) => {
    finder = undefined;
    throw error;
  });
  return finder;
}

/**
 * For Find help's URL: the place a `near=` value names ("Leeds", "Newport, Isle of Wight",
 * "LS1", "53.80,-1.55"), or why it cannot be used.
 */
export async function resolveNearValue(value: string, fetchFn: typeof fetch = fetch): Promise<{ place: ChosenPlace } | { problem: NearProblem }> {
  const finder = await placeFinder(fetchFn).catch((error) => {
    if (error instanceof PlaceTablesUnavailableError) return undefined;
    throw error;
  });
  return resolveNear(value, finder);
}

/** Forgets the loaded tables (tests). */
export function forgetPlaceTables(): void {
  index = undefined;
  finder = undefined;
}
