import { describe, expect, it } from 'vitest';
import { districtsFixture, townsFixture } from './fixtures';
import { editDistance, labelFor, normalisePlace, outcodeOf, PlaceFinder, type PlaceLookup } from './place-lookup';

const finder = new PlaceFinder(townsFixture);
const withPostcodes = new PlaceFinder(townsFixture, districtsFixture);
const labels = (found: PlaceLookup) => (found.kind === 'towns' ? found.towns.map((t) => t.label) : found.kind);

describe('typed towns', () => {
  it('finds a town whatever the case, spacing or punctuation', () => {
    for (const typed of ['Leeds', 'leeds', '  LEEDS ', 'Leeds.']) {
      const found = finder.find(typed);
      expect(found, typed).toMatchObject({ kind: 'towns', exact: true });
      expect(labels(found), typed).toEqual(['Leeds, England']);
    }
    expect(labels(finder.find('stoke on trent'))).toEqual(['Stoke-on-Trent, England']);
    expect(labels(finder.find('Kings Lynn'))).toEqual(["King's Lynn, Norfolk"]);
  });

  it('treats "Saint" and "St." as "St"', () => {
    for (const typed of ['Saint Albans', 'St. Albans', 'st albans']) expect(labels(finder.find(typed)), typed).toEqual(['St Albans, Hertfordshire']);
  });

  it('forgives a small typo, but offers it as a choice rather than picking it', () => {
    expect(finder.find('Manchster')).toEqual({ kind: 'towns', exact: false, towns: [expect.objectContaining({ name: 'Manchester' })] });
    expect(labels(finder.find('Leesd'))).toEqual(['Leeds, England']);
    // Three letters: one change makes another real place, so no guessing.
    expect(finder.find('Lee').kind).toBe('not-found');
  });

  it('lists every place of a shared name, biggest first, with its county to tell them apart', () => {
    expect(finder.find('Newport')).toMatchObject({ kind: 'towns', exact: false });
    expect(labels(finder.find('newport'))).toEqual(['Newport, Wales', 'Newport, Isle of Wight', 'Newport, Essex']);
  });

  it('narrows a shared name by the county or nation typed after a comma', () => {
    expect(finder.find('Newport, Isle of Wight')).toMatchObject({ kind: 'towns', exact: true, towns: [{ label: 'Newport, Isle of Wight' }] });
    expect(labels(finder.find('newport, wales'))).toEqual(['Newport, Wales']);
    // An area that matches nothing is ignored rather than hiding the town.
    expect(labels(finder.find('Leeds, Narnia'))).toEqual(['Leeds, England']);
  });

  it('offers the bigger place a short name starts, but not a smaller one', () => {
    expect(labels(finder.find('Newcastle'))).toEqual(['Newcastle upon Tyne, England', 'Newcastle, Newry Mourne and Down']);
    expect(finder.find('London')).toMatchObject({ kind: 'towns', exact: true, towns: [{ name: 'London' }] });
  });

  it('says when nothing matches, and when nothing was typed', () => {
    expect(finder.find('Atlantis')).toEqual({ kind: 'not-found' });
    expect(finder.find('  ')).toEqual({ kind: 'empty' });
    expect(finder.find('!!!')).toEqual({ kind: 'not-found' });
  });
});

describe('typed postcodes', () => {
  it('recognises full postcodes, outward codes and the start of a postcode, in any case', () => {
    expect(outcodeOf('LS1 4DY')).toBe('LS1');
    expect(outcodeOf('ls14dy')).toBe('LS1');
    expect(outcodeOf('sw1a 1aa')).toBe('SW1A');
    expect(outcodeOf('m1')).toBe('M1');
    expect(outcodeOf('LS1 4')).toBe('LS1');
    expect(outcodeOf('Leeds')).toBeUndefined();
    expect(outcodeOf('12 High Street')).toBeUndefined();
  });

  it('asks for the town when this build has no postcode table, never guessing a position', () => {
    expect(finder.hasPostcodes).toBe(false);
    expect(finder.find('LS1 4DY')).toEqual({ kind: 'postcode-no-table', outcode: 'LS1' });
  });

  it('finds the district centre of a full postcode or an outward code when the table is there', () => {
    expect(withPostcodes.find('ls1 4dy')).toEqual({ kind: 'postcode', outcode: 'LS1', latitude: 53.797, longitude: -1.548 });
    expect(withPostcodes.find('M1')).toEqual({ kind: 'postcode', outcode: 'M1', latitude: 53.479, longitude: -2.232 });
    expect(withPostcodes.find('BT1 1AA')).toEqual({ kind: 'postcode-unknown', outcode: 'BT1' });
    // Towns still work with the table.
    expect(labels(withPostcodes.find('Leeds'))).toEqual(['Leeds, England']);
  });
});

describe('the town a position is in', () => {
  it('names the nearest place, with its area', () => {
    expect(finder.nearestTown(53.8, -1.55)?.label).toBe('Leeds, England');
    expect(finder.nearestTown(53.787, -1.56)?.label).toBe('Holbeck, Leeds');
  });

  it('names nothing far from every town', () => {
    expect(finder.nearestTown(57.5, -4.2)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('normalises accents, ampersands and apostrophes', () => {
    expect(normalisePlace('Ynys Môn')).toBe('ynys mon');
    expect(normalisePlace('Brighton & Hove')).toBe('brighton and hove');
    expect(normalisePlace("King’s  Lynn")).toBe('kings lynn');
  });

  it('counts edits, swaps of neighbours as one, and stops past the limit', () => {
    expect(editDistance('leeds', 'leeds', 2)).toBe(0);
    expect(editDistance('leesd', 'leeds', 2)).toBe(1);
    expect(editDistance('manchster', 'manchester', 2)).toBe(1);
    expect(editDistance('london', 'leeds', 2)).toBe(3);
  });

  it('labels a place by its area, or by its nation when the area only repeats the name', () => {
    expect(labelFor('Newport', 'Isle of Wight', 'E')).toBe('Newport, Isle of Wight');
    expect(labelFor('Newport', 'Newport', 'W')).toBe('Newport, Wales');
    expect(labelFor('London', 'Greater London', 'E')).toBe('London, England');
    expect(labelFor('Belfast', 'Belfast', 'N')).toBe('Belfast, Northern Ireland');
  });
});
