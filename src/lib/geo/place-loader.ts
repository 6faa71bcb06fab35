/**
 * The browser's way to the place tables: `/geo/index.json`, then the towns table, and for a typed
 * postcode the file of its postcode area only ("SG1 2AB" → the SG districts, a few hundred
 * bytes). Fetched the first time someone looks a place up, then kept in memory for the tab.
 * Import this module dynamically: it brings the tables' code and the postcode rules, which the
 * first page never needs.
 */
import { resolveNear, type ChosenPlace, type NearProblem } from './chosen-place';
import { fetchGeoFile, forgetGeoIndex, geoIndex, PlaceTablesUnavailableError } from './geo-index';
import { outcodeOf, PlaceFinder } from './place-lookup';
import { isDistrictsTable, isTownsTable, postcodeArea } from './tables';

export { geoIndex, PlaceTablesUnavailableError } from './geo-index';

let finder: Promise<PlaceFinder> | undefined;
/** Postcode area files fetched (or being fetched) in this tab, by file name. */
const areaFiles = new Map<string, Promise<void>>();

/**
 * The tab's one PlaceFinder, ready to look up `text` (a typed postcode brings its area's
 * districts first); rejects with PlaceTablesUnavailableError.
 */
export async function placeFinder(fetchFn: typeof fetch = fetch, text?: string): Promise<PlaceFinder> {
  finder ??= (async () => {
    const { towns, postcodeDistricts } = await geoIndex(fetchFn);
    const townsTable = await fetchGeoFile(fetchFn, towns.file, isTownsTable);
    // With districts in this build, postcodes can be looked up: their rows come by area.
    return new PlaceFinder(townsTable, postcodeDistricts ? { format: 'onward-postcode-districts', version: 1, attribution: [], districts: [] } : undefined);
  })().catch((error) => {
    finder = undefined;
    throw error;
  });
  const places = await finder;
  const outcode = text === undefined ? undefined : outcodeOf(text);
  if (outcode) await loadArea(fetchFn, places, postcodeArea(outcode));
  return places;
}

/** Adds one postcode area's districts to the finder; an area this build does not have adds none. */
async function loadArea(fetchFn: typeof fetch, places: PlaceFinder, area: string): Promise<void> {
  const areas = (await geoIndex(fetchFn)).postcodeDistricts?.areas;
  const file = areas && Object.hasOwn(areas, area) ? areas[area] : undefined;
  if (!file) return;
  let loading = areaFiles.get(file);
  if (!loading) {
    loading = fetchGeoFile(fetchFn, file, isDistrictsTable).then((table) => places.addDistricts(table));
    loading.catch(() => areaFiles.delete(file)); // offline: the next lookup tries again
    areaFiles.set(file, loading);
  }
  await loading;
}

/**
 * For Find help's URL: the place a `near=` value names ("Leeds", "Newport, Isle of Wight",
 * "LS1", "53.80,-1.55"), or why it cannot be used.
 */
export async function resolveNearValue(value: string, fetchFn: typeof fetch = fetch): Promise<{ place: ChosenPlace } | { problem: NearProblem }> {
  const finder = await placeFinder(fetchFn, value).catch((error) => {
    if (error instanceof PlaceTablesUnavailableError) return undefined;
    throw error;
  });
  return resolveNear(value, finder);
}

/** Forgets the loaded tables (tests). */
export function forgetPlaceTables(): void {
  forgetGeoIndex();
  finder = undefined;
  areaFiles.clear();
}
