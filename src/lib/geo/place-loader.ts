/**
 * The browser's way to the place tables: `/geo/index.json`, then the towns table and (when this
 * build has one) the postcode district table. Fetched the first time someone looks a place up,
 * then kept in memory for the tab. Import this module dynamically: it brings the tables' code
 * and the postcode rules, which the first page never needs.
 */
import { resolveNear, type ChosenPlace, type NearProblem } from './chosen-place';
import { fetchGeoFile, forgetGeoIndex, geoIndex, PlaceTablesUnavailableError } from './geo-index';
import { PlaceFinder } from './place-lookup';
import { isDistrictsTable, isTownsTable } from './tables';

export { geoIndex, PlaceTablesUnavailableError } from './geo-index';

let finder: Promise<PlaceFinder> | undefined;

/** The tab's one PlaceFinder; rejects with PlaceTablesUnavailableError. */
export function placeFinder(fetchFn: typeof fetch = fetch): Promise<PlaceFinder> {
  finder ??= (async () => {
    const { towns, postcodeDistricts } = await geoIndex(fetchFn);
    const [townsTable, districtsTable] = await Promise.all([
      fetchGeoFile(fetchFn, towns.file, isTownsTable),
      postcodeDistricts ? fetchGeoFile(fetchFn, postcodeDistricts.file, isDistrictsTable) : undefined
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
  forgetGeoIndex();
  finder = undefined;
}
