import { describe, expect, it } from 'vitest';
import { placeFromPosition, placeFromTown, resolveNear } from './chosen-place';
import { districtsFixture, townsFixture } from './fixtures';
import { isChosenPlace } from './place';
import { PlaceFinder, type Town } from './place-lookup';

const finder = new PlaceFinder(townsFixture);
const withPostcodes = new PlaceFinder(townsFixture, districtsFixture);
const town = (typed: string): Town => {
  const found = finder.find(typed);
  if (found.kind !== 'towns') throw new Error(`${typed}: ${found.kind}`);
  return found.towns[0] as Town;
};

describe('a chosen town', () => {
  it('goes in the URL by its name alone when no other place shares it', () => {
    expect(placeFromTown(town('Leeds'), finder)).toEqual({ label: 'Leeds, England', latitude: 53.797, longitude: -1.548, kind: 'town', query: 'Leeds' });
  });

  it('goes in the URL with its area when the name is shared, and comes back as the same place', () => {
    const newport = placeFromTown(town('Newport, Isle of Wight'), finder);
    expect(newport.query).toBe('Newport, Isle of Wight');
    expect(resolveNear(newport.query, finder)).toEqual({ place: newport });
  });
});

describe('a position from the phone', () => {
  it('is rounded to about 1 km and named by the nearest place', () => {
    expect(placeFromPosition(53.79712, -1.54853, finder)).toEqual({ label: 'Leeds, England', latitude: 53.8, longitude: -1.55, kind: 'gps', query: '53.80,-1.55' });
  });

  it('has no name far from any place, or when the tables could not be loaded', () => {
    expect(placeFromPosition(57.5, -4.2, finder).label).toBe('');
    expect(placeFromPosition(53.797, -1.548, undefined)).toMatchObject({ label: '', query: '53.80,-1.55' });
  });
});

describe('a near= value from the URL', () => {
  it('reads a position, rounded, and refuses one outside the UK', () => {
    expect(resolveNear('53.7971,-1.5485', finder)).toEqual({ place: expect.objectContaining({ kind: 'gps', query: '53.80,-1.55', label: 'Leeds, England' }) });
    expect(resolveNear('48.85,2.35', finder)).toEqual({ problem: 'outside-uk' });
    // A position needs no tables.
    expect(resolveNear('53.80,-1.55', undefined)).toEqual({ place: expect.objectContaining({ query: '53.80,-1.55' }) });
  });

  it('reads an exact town name, the biggest of a shared one, and no typo', () => {
    expect(resolveNear('leeds', finder)).toEqual({ place: expect.objectContaining({ label: 'Leeds, England', query: 'Leeds' }) });
    expect(resolveNear('Newport', finder)).toEqual({ place: expect.objectContaining({ label: 'Newport, Wales' }) });
    expect(resolveNear('Newcastle', finder)).toEqual({ place: expect.objectContaining({ label: 'Newcastle, Newry Mourne and Down' }) });
    expect(resolveNear('Leesd', finder)).toEqual({ problem: 'not-found' });
  });

  it('reads a postcode district only from the table, never guessing', () => {
    expect(resolveNear('LS1', withPostcodes)).toEqual({ place: { label: 'LS1', latitude: 53.797, longitude: -1.548, kind: 'postcode', query: 'LS1' } });
    expect(resolveNear('LS1', finder)).toEqual({ problem: 'postcode-no-table' });
    expect(resolveNear('BT1', withPostcodes)).toEqual({ problem: 'postcode-unknown' });
  });

  it('says what is wrong with an empty value, or when the tables are not there', () => {
    expect(resolveNear(' ', finder)).toEqual({ problem: 'empty' });
    expect(resolveNear('Leeds', undefined)).toEqual({ problem: 'tables-unavailable' });
  });
});

describe('a remembered place read back from storage', () => {
  const leeds = { label: 'Leeds, England', latitude: 53.797, longitude: -1.548, kind: 'town', query: 'Leeds' };

  it('is accepted as the app wrote it', () => {
    expect(isChosenPlace(leeds)).toBe(true);
    expect(isChosenPlace(placeFromPosition(53.79712, -1.54853, finder))).toBe(true);
  });

  it('is refused when anything is off', () => {
    expect(isChosenPlace(null)).toBe(false);
    expect(isChosenPlace({ ...leeds, kind: 'street' })).toBe(false);
    expect(isChosenPlace({ ...leeds, latitude: '53.8' })).toBe(false);
    expect(isChosenPlace({ ...leeds, latitude: 48.85, longitude: 2.35 })).toBe(false);
    expect(isChosenPlace({ ...leeds, query: '' })).toBe(false);
    expect(isChosenPlace({ ...leeds, label: 'x'.repeat(101) })).toBe(false);
    // A precise position was never written by us: positions are stored rounded.
    expect(isChosenPlace({ ...leeds, kind: 'gps', label: '' })).toBe(false);
  });
});
