/**
 * The browser's way to the place tables: `/geo/index.json`, then only the files a lookup needs:
 * for a typed town the towns of its first letter ("Leeds" → the "l" towns, a few KB), for a
 * postcode its area's districts ("SG1 2AB" → SG, a few hundred bytes), and every letter's towns
 * only to name a phone's position or to find a misspelt first letter. Each file is fetched once
 * and kept in memory for the tab. The service worker precaches every one of these files, so
 * which one a lookup fetches says nothing to anyone once the app is installed.
 * Import this module dynamically: it brings the tables' code and the postcode rules, which the
 * first page never needs.
 */
import { isPosition, resolveNear, type ChosenPlace, type NearProblem } from './chosen-place';
import { fetchGeoFile, forgetGeoIndex, geoIndex, PlaceTablesUnavailableError } from './geo-index';
import { outcodeOf, PlaceFinder, townLetter } from './place-lookup';
import { isDistrictsTable, isTownsTable, postcodeArea } from './tables';

export { geoIndex, PlaceTablesUnavailableError } from './geo-index';

let finder: Promise<PlaceFinder> | undefined;
/** Files fetched (or being fetched) into the finder in this tab, by file name. */
const loadedFiles = new Map<string, Promise<void>>();

/**
 * The tab's one PlaceFinder, ready to look up `text`: a postcode brings its area's districts, a
 * town name the towns of its first letter (and every town if none of those is close), a
 * position or no text every town. Rejects with PlaceTablesUnavailableError.
 */
export async function placeFinder(fetchFn: typeof fetch = fetch, text?: string): Promise<PlaceFinder> {
  finder ??= (async () => {
    const { postcodeDistricts } = await geoIndex(fetchFn);
    // With districts in this build, postcodes can be looked up: their rows come by area.
    return PlaceFinder.byLetter(postcodeDistricts ? { format: 'onward-postcode-districts', version: 1, attribution: [], districts: [] } : undefined);
  })().catch((error) => {
    finder = undefined;
    throw error;
  });
  const places = await finder;
  const { towns, postcodeDistricts } = await geoIndex(fetchFn);
  const outcode = text === undefined ? undefined : outcodeOf(text);
  if (outcode) {
    const areas = postcodeDistricts?.areas;
    const area = postcodeArea(outcode);
    const file = areas && Object.hasOwn(areas, area) ? areas[area] : undefined;
    // An area this build does not have adds none: the lookup then says the postcode is unknown.
    if (file) await load(fetchFn, file, isDistrictsTable, (table) => places.addDistricts(table));
    return places;
  }
  if (text !== undefined && !isPosition(text)) {
    const letter = townLetter(text);
    const file = Object.hasOwn(towns.byLetter, letter) ? towns.byLetter[letter] : undefined;
    if (file && !places.hasTownsFor(text)) await load(fetchFn, file, isTownsTable, (table) => places.addTowns(table, letter));
    if (places.hasTownsFor(text) && places.find(text).kind !== 'not-found') return places;
  }
  if (!places.hasAllTowns) {
    // Every letter's file: the towns are kept once, by letter, so the service worker precaches
    // them once. Each file is added as it comes; the finder knows it has them all only at the end.
    const letters = Object.entries(towns.byLetter);
    await Promise.all(letters.map(([letter, file]) => load(fetchFn, file, isTownsTable, (table) => places.addTowns(table, letter))));
    places.haveAllTowns();
  }
  return places;
}

/** Fetches one file into the finder, once per tab; a failure (offline) is not remembered, so the next lookup tries again. */
async function load<T>(fetchFn: typeof fetch, file: string, check: (v: unknown) => v is T, add: (table: T) => void): Promise<void> {
  let loading = loadedFiles.get(file);
  if (!loading) {
    loading = fetchGeoFile(fetchFn, file, check).then(add);
    loading.catch(() => loadedFiles.delete(file));
    loadedFiles.set(file, loading);
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
  loadedFiles.clear();
}
