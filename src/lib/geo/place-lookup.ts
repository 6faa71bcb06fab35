/**
 * Finds what a person typed in "Where are you?": a UK town (forgiving case, punctuation,
 * "St"/"Saint" and small typos) or a postcode. A postcode is only ever answered from the
 * postcode district table (Great Britain's, built in, or a deployer's from ONS data); without
 * one we say so and ask for the town, never guessing a position. Pure: the tables come in, so it
 * runs the same in tests and browser.
 */
import { isValid, toOutcode, validOutcode } from 'postcode';
import { kmBetween } from '../directory/distance';
import { nationNames, type DistrictsTable, type Nation, type TownsTable } from './tables';

export interface Town {
  name: string;
  /** County or unitary authority, tidied ("City and Borough of Leeds" → "Leeds"). */
  area: string;
  nation: Nation;
  latitude: number;
  longitude: number;
  /** 0 when GeoNames has none (district names, small seats of local government). */
  population: number;
  /** "Newport, Isle of Wight", "Newport, Wales": enough to tell places of one name apart. */
  label: string;
}

export type PlaceLookup =
  | { kind: 'empty' }
  /** One town to use (`exact`), or places to choose from: several of that name, or close spellings. */
  | { kind: 'towns'; towns: Town[]; exact: boolean }
  | { kind: 'postcode'; outcode: string; latitude: number; longitude: number }
  /** A postcode, but no district table in this build: ask for the town. */
  | { kind: 'postcode-no-table'; outcode: string }
  /** A postcode whose district the table does not have (new, or Northern Ireland left out). */
  | { kind: 'postcode-unknown'; outcode: string }
  | { kind: 'not-found' };

/** Most choices shown at once: more is a wall of text on a small phone. */
export const maxChoices = 6;

/** Lower case, no accents or punctuation, "saint" → "st", "&" → "and", single spaces. */
export function normalisePlace(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bste\b/g, 'st')
    .trim();
}

/** Edits (insert, delete, change, swap of neighbours) from a to b, or `max + 1` once past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current.push(d);
      rowBest = Math.min(rowBest, d);
    }
    if (rowBest > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, max + 1);
}

/** Typos forgiven: none in very short names, where one letter makes another real place. */
const typosAllowed = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

interface Indexed extends Town {
  key: string;
  areaKey: string;
}

/** The postcode's outward code ("LS1" for "ls1 4dy", "LS1" or "LS1 4"), or undefined if it is no postcode. */
export function outcodeOf(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/\s+/g, ' ').trim();
  if (isValid(compact)) return toOutcode(compact) ?? undefined;
  // "LS1 4": the start of a full postcode still names its district (and is not LS14).
  const [first, rest, more] = compact.split(' ');
  if (first && rest !== undefined && more === undefined && validOutcode(first) && /^\d[A-Z]?$/.test(rest)) return first;
  return compact && !compact.includes(' ') && validOutcode(compact) ? compact : undefined;
}

/**
 * The letter a town's towns file is kept under: the first of its normalised name ("l" for
 * Leeds, and for "Leeds, England": the part after a comma only narrows the area).
 */
export const townLetter = (text: string): string => normalisePlace(text.split(',')[0] ?? '').charAt(0);

export class PlaceFinder {
  private towns: Indexed[] = [];
  private byKey = new Map<string, Indexed[]>();
  private districts: Map<string, [number, number]> | undefined;
  /** The first letters whose towns are here, while only some are; undefined once all are. */
  private letters: Set<string> | undefined;

  /** Every town, and the postcode districts when there are any. */
  constructor(towns: TownsTable, districts?: DistrictsTable) {
    this.addTowns(towns);
    this.districts = districts && new Map(districts.districts.map(([outcode, lat, lon]) => [outcode, [lat, lon]]));
  }

  /** A finder with no towns yet, given them a first letter at a time by addTowns (the browser's way). */
  static byLetter(districts?: DistrictsTable): PlaceFinder {
    const finder = new PlaceFinder({ format: 'onward-towns', version: 1, attribution: [], areas: [], towns: [] }, districts);
    finder.letters = new Set();
    return finder;
  }

  /** Whether every town is here (not only some first letters'). */
  get hasAllTowns(): boolean {
    return this.letters === undefined;
  }

  /** Whether the towns a lookup of `text` needs are here: every town, or those of its first letter. */
  hasTownsFor(text: string): boolean {
    return !this.letters || this.letters.has(townLetter(text));
  }

  /** Adds one first letter's towns (once), or, with no letter, a whole table. */
  addTowns(towns: TownsTable, letter?: string): void {
    const loaded = this.letters;
    if (letter !== undefined && (!loaded || loaded.has(letter))) return;
    // Each name is normalised once, each area once for all its towns (about 200 areas for 4,600
    // towns): this runs while Find help opens, on a slow phone.
    const areaKeys = towns.areas.map(([area]) => normalisePlace(area));
    for (const [name, areaIndex, latitude, longitude, population] of towns.towns) {
      const key = normalisePlace(name);
      const [area, nation] = towns.areas[areaIndex] ?? ['', 'E'];
      const areaKey = areaKeys[areaIndex] ?? '';
      const town: Indexed = { name, area, nation, latitude, longitude, population, label: labelOf(name, key, area, areaKey, nation), key, areaKey };
      this.towns.push(town);
      const same = this.byKey.get(key);
      if (same) same.push(town);
      else this.byKey.set(key, [town]);
    }
    if (letter === undefined) this.letters = undefined;
    else loaded?.add(letter);
  }

  /** Every letter's towns have been added (the browser fetched them all). */
  haveAllTowns(): void {
    this.letters = undefined;
  }

  /** Adds districts (one postcode area's file, fetched when a postcode of that area is typed). */
  addDistricts(table: DistrictsTable): void {
    this.districts ??= new Map();
    for (const [outcode, lat, lon] of table.districts) this.districts.set(outcode, [lat, lon]);
  }

  /** Whether typed postcodes can be looked up in this build. */
  get hasPostcodes(): boolean {
    return this.districts !== undefined;
  }

  find(text: string): PlaceLookup {
    if (!text.trim()) return { kind: 'empty' };
    const outcode = outcodeOf(text);
    if (outcode) {
      if (!this.districts) return { kind: 'postcode-no-table', outcode };
      const centre = this.districts.get(outcode);
      return centre ? { kind: 'postcode', outcode, latitude: centre[0], longitude: centre[1] } : { kind: 'postcode-unknown', outcode };
    }
    // "Newport, Isle of Wight": the part after the comma narrows down the area.
    const [namePart = '', ...areaParts] = text.split(',');
    const areaKey = normalisePlace(areaParts.join(' '));
    const key = normalisePlace(namePart);
    if (!key) return { kind: 'not-found' };
    const inArea = (towns: Indexed[]) => {
      if (!areaKey) return towns;
      const narrowed = towns.filter((t) => t.areaKey.startsWith(areaKey) || normalisePlace(nationNames[t.nation]).startsWith(areaKey));
      return narrowed.length ? narrowed : towns;
    };

    const exact = inArea(this.byKey.get(key) ?? []);
    const biggestExact = Math.max(-1, ...exact.map((t) => t.population));
    // "Newcastle" is a small town in County Down, but most people typing it mean a bigger one.
    const longer = key.length >= 4 ? inArea(this.towns.filter((t) => t.key.startsWith(`${key} `) && t.population > biggestExact)) : [];
    if (exact.length || longer.length) {
      const towns = choices([...exact, ...longer]);
      return { kind: 'towns', towns, exact: towns.length === 1 && exact.length === 1 };
    }

    const allowed = typosAllowed(key.length);
    if (!allowed) return { kind: 'not-found' };
    let best = allowed + 1;
    let close: Indexed[] = [];
    for (const town of this.towns) {
      const d = editDistance(key, town.key, Math.min(best, allowed));
      if (d < best) [best, close] = [d, [town]];
      else if (d === best && d <= allowed) close.push(town);
    }
    return close.length ? { kind: 'towns', towns: choices(inArea(close)), exact: false } : { kind: 'not-found' };
  }

  /** The nearest place to a position, to name it ("Holbeck, Leeds"); none if all are over `withinKm` away. */
  nearestTown(latitude: number, longitude: number, withinKm = 10): Town | undefined {
    let best: Indexed | undefined;
    let bestKm = withinKm;
    for (const town of this.towns) {
      // A cheap box test first: a degree of latitude is 111 km, of longitude about 65 km here.
      if (Math.abs(town.latitude - latitude) > 0.1 || Math.abs(town.longitude - longitude) > 0.2) continue;
      const km = kmBetween({ latitude, longitude }, town);
      if (km <= bestKm) [best, bestKm] = [town, km];
    }
    return best && plain(best);
  }
}

function plain({ key: _key, areaKey: _areaKey, ...town }: Indexed): Town {
  return town;
}

/** Biggest first; one entry per label (two hamlets of one name in one county look the same to a person). */
function choices(towns: Indexed[]): Town[] {
  const seen = new Set<string>();
  return [...towns]
    .sort((a, b) => b.population - a.population)
    .filter((t) => !seen.has(t.label) && seen.add(t.label))
    .slice(0, maxChoices)
    .map(plain);
}

/** "Newport, Isle of Wight"; the nation where the area only repeats the name ("Leeds, England"). */
export function labelFor(name: string, area: string, nation: Nation): string {
  return labelOf(name, normalisePlace(name), area, normalisePlace(area), nation);
}

function labelOf(name: string, key: string, area: string, areaKey: string, nation: Nation): string {
  const areaWords = new Set(areaKey.split(' '));
  const repeats = !area || key.split(' ').every((w) => areaWords.has(w));
  return `${name}, ${repeats ? nationNames[nation] : area}`;
}
