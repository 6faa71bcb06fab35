/**
 * Find help's link to the place lookup (src/lib/geo): `near=` values, the remembered place, and
 * the words for a `near=` that cannot be used. The lookup code and its tables load on first use.
 */
import type { FindPlace, PlaceResolver, RememberedPlace } from './find-session.svelte';

export const resolvePlace: PlaceResolver = async (near) => {
  const { resolveNearValue } = await import('$lib/geo/place-loader');
  const found = await resolveNearValue(near).catch(() => ({ problem: 'tables-unavailable' as const }));
  return 'problem' in found ? found : toFindPlace(found.place);
};

export const rememberedFindPlace: RememberedPlace = async () => {
  const { rememberedPlace } = await import('$lib/geo/remembered-place');
  const place = await rememberedPlace();
  return place ? { query: place.query, place: toFindPlace(place) } : undefined;
};

export function toFindPlace(place: { label: string; latitude: number; longitude: number }): FindPlace {
  return { label: place.label, latitude: place.latitude, longitude: place.longitude };
}

/** The place lookup's own words for each problem (messages `place.*`). */
export const nearProblemKeys = {
  'not-found': 'place.notFound',
  'outside-uk': 'place.notFound',
  empty: 'place.empty',
  'postcode-no-table': 'place.postcodeNoTable',
  'postcode-unknown': 'place.postcodeUnknown',
  'tables-unavailable': 'place.offline'
} as const;

export function nearProblemKey(problem: string): (typeof nearProblemKeys)[keyof typeof nearProblemKeys] {
  return Object.hasOwn(nearProblemKeys, problem) ? nearProblemKeys[problem as keyof typeof nearProblemKeys] : 'place.notFound';
}
