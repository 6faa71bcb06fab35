/**
 * A search's whole state lives in the address (`/en/find/?c=housing&near=Leeds&open=1`), so copying
 * the address bar shares exactly that search. The address is untrusted: this is its one door.
 * Anything unknown or malformed is dropped and named, so the page can say so; nothing throws.
 */
import { roundPosition } from '$lib/geo/place';
import { checkCoordinates } from '../../safe-values';
import { isAttributeCode, isCategoryCode } from '../taxonomy';

export type FindView = 'list' | 'map';

export interface FindState {
  text: string;
  categories: string[];
  attributes: string[];
  openNow: boolean;
  /** A UK town or postcode district, as typed. */
  near: string;
  /** "Near me": a position rounded to about 1 km (the address may be shared). */
  at: { latitude: number; longitude: number } | null;
  view: FindView;
}

export const emptyFind: FindState = Object.freeze({
  text: '',
  categories: [],
  attributes: [],
  openNow: false,
  near: '',
  at: null,
  view: 'list'
}) as FindState;

export interface ParsedFind {
  state: FindState;
  /**
   * `locate=1`: the person tapped Near me on a page without JavaScript (Home), so this page asks
   * for their position once. Never written back: the position replaces it (`at=`).
   */
  locate: boolean;
  /** Names of the parameters that were left out (unknown, repeated or malformed). */
  ignored: string[];
}

const maxText = 100;
const maxNear = 60;
/** Letters (any script), digits, spaces and the punctuation of UK place names and postcodes. */
const nearPattern = /^[\p{L}\p{M}\d][\p{L}\p{M}\d '’.,&()-]*$/u;

function codes(raw: string, isKnown: (code: string) => boolean): { codes: string[]; bad: boolean } {
  const parts = raw.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  const known = [...new Set(parts.filter(isKnown))];
  return { codes: known, bad: known.length !== parts.length || parts.length === 0 };
}

/** Reads a search from the address. Every value is checked; at most the first of a repeated name counts. */
export function parseFindParams(params: URLSearchParams): ParsedFind {
  const state: FindState = { ...emptyFind, categories: [], attributes: [] };
  const ignored = new Set<string>();
  const seen = new Set<string>();
  let locate = false;
  for (const [name, rawValue] of params) {
    const value = rawValue.trim();
    if (seen.has(name)) {
      ignored.add(name);
      continue;
    }
    seen.add(name);
    switch (name) {
      case 'q':
        if (value.length > maxText) ignored.add(name);
        else state.text = value;
        break;
      case 'c':
      case 'a': {
        const read = codes(value, name === 'c' ? isCategoryCode : isAttributeCode);
        if (name === 'c') state.categories = read.codes;
        else state.attributes = read.codes;
        if (read.bad) ignored.add(name);
        break;
      }
      case 'open':
        if (value === '1') state.openNow = true;
        else if (value !== '0' && value !== '') ignored.add(name);
        break;
      case 'near':
        if (value === '' ) break;
        if (value.length <= maxNear && nearPattern.test(value)) state.near = value.replace(/\s+/g, ' ');
        else ignored.add(name);
        break;
      case 'at': {
        const [lat, lon, ...rest] = value.split(',');
        const checked = rest.length === 0 && lat && lon ? checkCoordinates(Number(lat), Number(lon)) : null;
        // Two decimals, about 1 km: the address may be shared (the rule of src/lib/geo/place.ts).
        if (checked?.ok) state.at = { latitude: roundPosition(checked.value.latitude), longitude: roundPosition(checked.value.longitude) };
        else ignored.add(name);
        break;
      }
      case 'locate':
        if (value === '1') locate = true;
        else ignored.add(name);
        break;
      case 'view':
        if (value === 'map' || value === 'list') state.view = value;
        else ignored.add(name);
        break;
      default:
        ignored.add(name);
    }
  }
  // A place by name wins over a position: both at once is a hand-edited link.
  if (state.near && state.at) {
    state.at = null;
    ignored.add('at');
  }
  if (locate && (state.near || state.at)) locate = false; // a place was given: no need to ask
  return { state, locate, ignored: [...ignored] };
}

/** The address query for a search: only what differs from the empty search, in a stable order. */
export function findQueryString(state: FindState): string {
  const params = new URLSearchParams();
  if (state.text.trim()) params.set('q', state.text.trim());
  if (state.categories.length) params.set('c', state.categories.join(','));
  if (state.attributes.length) params.set('a', state.attributes.join(','));
  if (state.openNow) params.set('open', '1');
  if (state.near) params.set('near', state.near);
  else if (state.at) params.set('at', `${state.at.latitude},${state.at.longitude}`);
  if (state.view === 'map') params.set('view', 'map');
  // Commas stay readable (`c=housing,food`): they are safe in a query and easier to read aloud.
  const query = params.toString().replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}
