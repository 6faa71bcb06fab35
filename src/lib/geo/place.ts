/**
 * The place a person chose, in the one shape the rest of the app uses (Find help's URL, the
 * distance sort, the remembered setting). No imports: the settings repository checks stored
 * places with it, and must not pull in the lookup code.
 */

export type PlaceKind = 'gps' | 'town' | 'postcode';

export interface ChosenPlace {
  /** What to show after "Near": "Leeds, England", "LS1"; for 'gps' the town it is in or near, or "" if none. */
  label: string;
  latitude: number;
  longitude: number;
  kind: PlaceKind;
  /** What goes in the URL: a town name (with its area when the name is shared), an outward code, or "53.80,-1.55". */
  query: string;
}

/**
 * A position from the phone is kept to 2 decimals (about 1 km) everywhere: in the URL, in the
 * remembered setting, and for sorting. Close enough to sort help by distance, and a phone that
 * falls into someone else's hands does not give away a home address.
 */
export const roundPosition = (n: number): number => Math.round(n * 100) / 100;

/** Inside the UK and its waters, give or take: Onward lists UK help only. */
export const inUk = (latitude: number, longitude: number): boolean => latitude > 49.5 && latitude < 61 && longitude > -8.9 && longitude < 2.1;

const kinds: readonly string[] = ['gps', 'town', 'postcode'] satisfies PlaceKind[];
const shortText = (v: unknown, empty = false): v is string => typeof v === 'string' && v.length <= 100 && (empty || v.length > 0);

/** Checks a place read back from storage (another version or a broken write may have left anything). */
export function isChosenPlace(v: unknown): v is ChosenPlace {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return (
    typeof p.kind === 'string' &&
    kinds.includes(p.kind) &&
    shortText(p.label, p.kind === 'gps') &&
    shortText(p.query) &&
    typeof p.latitude === 'number' &&
    typeof p.longitude === 'number' &&
    inUk(p.latitude, p.longitude) &&
    // A position is stored rounded: a value with more precision did not come from us.
    (p.kind !== 'gps' || (p.latitude === roundPosition(p.latitude) && p.longitude === roundPosition(p.longitude)))
  );
}
