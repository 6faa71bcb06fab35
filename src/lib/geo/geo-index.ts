/**
 * `/geo/index.json`: which place tables this build has, with their attribution lines. Apart from
 * the lookup code, so More can show the credits without downloading it.
 */
import { isGeoIndex, type GeoIndex } from './tables';

/** Where the data build puts the tables (static/geo/). */
export const geoRoot = '/geo/';

/** The tables could not be fetched (offline before they were ever saved) or were not what we expect. */
export class PlaceTablesUnavailableError extends Error {
  override name = 'PlaceTablesUnavailableError';
}

/** One file of `/geo/`, checked before use. */
export async function fetchGeoFile<T>(fetchFn: typeof fetch, file: string, check: (v: unknown) => v is T): Promise<T> {
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

/** The index, fetched once per tab; a failure (offline) is not remembered, so the next call tries again. */
export function geoIndex(fetchFn: typeof fetch = fetch): Promise<GeoIndex> {
  index ??= fetchGeoFile(fetchFn, 'index.json', isGeoIndex).catch((error) => {
    index = undefined;
    throw error;
  });
  return index;
}

/** Forgets the fetched index (tests). */
export function forgetGeoIndex(): void {
  index = undefined;
}
