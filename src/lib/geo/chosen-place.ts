/** Making a ChosenPlace from what was found, and the way back from a URL `near=` value to one. */
import { inUk, roundPosition, type ChosenPlace } from './place';
import { normalisePlace, outcodeOf, type PlaceFinder, type Town } from './place-lookup';

export type { ChosenPlace } from './place';

export function placeFromTown(town: Town, finder: PlaceFinder): ChosenPlace {
  const shared = finder.find(town.name);
  const unique = shared.kind === 'towns' && shared.exact;
  return { label: town.label, latitude: town.latitude, longitude: town.longitude, kind: 'town', query: unique ? town.name : town.label };
}

export function placeFromDistrict(outcode: string, latitude: number, longitude: number): ChosenPlace {
  return { label: outcode, latitude, longitude, kind: 'postcode', query: outcode };
}

export function placeFromPosition(latitude: number, longitude: number, finder: PlaceFinder | undefined): ChosenPlace {
  const lat = roundPosition(latitude);
  const lon = roundPosition(longitude);
  return { label: finder?.nearestTown(lat, lon)?.label ?? '', latitude: lat, longitude: lon, kind: 'gps', query: `${lat.toFixed(2)},${lon.toFixed(2)}` };
}

/** Why a `near=` value could not be used, for the page to say so in plain words. */
export type NearProblem = 'empty' | 'not-found' | 'outside-uk' | 'postcode-no-table' | 'postcode-unknown' | 'tables-unavailable';

const position = /^\s*(-?\d{1,2}(?:\.\d{1,6})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,6})?)\s*$/;

/** Whether a `near=` value is a position ("53.80,-1.55") rather than a name or a postcode. */
export const isPosition = (text: string): boolean => position.test(text.slice(0, 100));

/**
 * The place a URL's `near=` names: "53.80,-1.55", an outward code ("LS1"), or a town
 * ("Leeds", "Newport, Isle of Wight"; a shared name alone means the biggest). Only exact town
 * names count here: a URL is not a typo to second-guess. A position needs no tables (its label is
 * then empty); anything else does, so without a finder it is 'tables-unavailable'.
 */
export function resolveNear(value: string, finder: PlaceFinder | undefined): { place: ChosenPlace } | { problem: NearProblem } {
  const text = value.slice(0, 100);
  const match = position.exec(text);
  if (match) {
    const [latitude, longitude] = [Number(match[1]), Number(match[2])];
    return inUk(latitude, longitude) ? { place: placeFromPosition(latitude, longitude, finder) } : { problem: 'outside-uk' };
  }
  if (!text.trim()) return { problem: 'empty' };
  if (!finder) return { problem: 'tables-unavailable' };
  if (outcodeOf(text)) {
    const found = finder.find(text);
    if (found.kind === 'postcode') return { place: placeFromDistrict(found.outcode, found.latitude, found.longitude) };
    return { problem: found.kind === 'postcode-no-table' ? 'postcode-no-table' : 'postcode-unknown' };
  }
  const found = finder.find(text);
  if (found.kind !== 'towns') return { problem: 'not-found' };
  const name = normalisePlace(text.split(',')[0] ?? '');
  const town = found.towns.find((t) => normalisePlace(t.name) === name);
  return town ? { place: placeFromTown(town, finder) } : { problem: 'not-found' };
}

