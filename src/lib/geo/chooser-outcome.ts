/**
 * What LocationChooser does with a tap on Near me, a typed place or a picked choice: a place to
 * use, places to choose from, or a message (with whether the typing box should take the focus).
 * Kept out of the component so the first page carries only the markup; imported on first use.
 */
import type { Messages } from '$lib/i18n/messages';
import { placeFromDistrict, placeFromPosition, placeFromTown } from './chosen-place';
import { locate, type LocateEnvironment, type LocateProblem } from './locate';
import type { ChosenPlace } from './place';
import { placeFinder } from './place-loader';
import type { PlaceFinder, Town } from './place-lookup';

export type PlaceMessageKey = `place.${Exclude<keyof Messages['place'], 'credits'>}`;

export type ChooserOutcome =
  | { place: ChosenPlace }
  | { choices: Town[]; message: PlaceMessageKey }
  | { message: PlaceMessageKey; values?: Record<string, string>; focusInput: boolean };

const locateMessages: Record<LocateProblem, PlaceMessageKey> = {
  denied: 'place.denied',
  unavailable: 'place.unavailable',
  timeout: 'place.timeout',
  unsupported: 'place.unsupported',
  insecure: 'place.unsupported'
};

/** The place tables, ready to look up `text` when given (a postcode brings its area's file). */
type Finder = (text?: string) => Promise<PlaceFinder | undefined>;
const tabFinder: Finder = (text) => placeFinder(fetch, text).catch(() => undefined);

/** Near me: the phone's position, rounded, named by the nearest town when the tables load. */
export async function nearMeOutcome(environment?: LocateEnvironment, finder: Finder = tabFinder): Promise<ChooserOutcome> {
  const found = await locate(environment);
  if ('problem' in found) return { message: locateMessages[found.problem], focusInput: true };
  return { place: placeFromPosition(found.latitude, found.longitude, await finder()) };
}

/** A typed town or postcode. */
export async function typedOutcome(typed: string, finder: Finder = tabFinder): Promise<ChooserOutcome> {
  const text = typed.trim().slice(0, 100);
  if (!text) return { message: 'place.empty', focusInput: true };
  const places = await finder(text);
  if (!places) return { message: 'place.offline', focusInput: false };
  const found = places.find(text);
  switch (found.kind) {
    case 'towns':
      return found.exact && found.towns[0] ? { place: placeFromTown(found.towns[0], places) } : { choices: found.towns, message: 'place.choose' };
    case 'postcode':
      return { place: placeFromDistrict(found.outcode, found.latitude, found.longitude) };
    case 'postcode-no-table':
      return { message: 'place.postcodeNoTable', focusInput: true };
    case 'postcode-unknown':
      return { message: 'place.postcodeUnknown', values: { outcode: found.outcode }, focusInput: true };
    case 'empty':
      return { message: 'place.empty', focusInput: true };
    case 'not-found':
      return { message: 'place.notFound', values: { text }, focusInput: true };
  }
}

/** One of the offered choices. */
export async function pickedOutcome(town: Town, finder: Finder = tabFinder): Promise<ChooserOutcome> {
  const places = await finder();
  return places ? { place: placeFromTown(town, places) } : { message: 'place.offline', focusInput: false };
}
