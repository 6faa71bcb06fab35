import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PlaceFinder } from '../../src/lib/geo/place-lookup';
import { isTownsTable } from '../../src/lib/geo/tables';
import { compilePlaceTables } from './place-tables';
import { townsTable } from './towns-table';
import { joinGeoNames, tidyArea, ukPlaces, type AreaCity, type PopulatedCity } from './uk-places';

const populated = (name: string, adminCode: string, population: number, [lat, lon]: [number, number]): PopulatedCity => ({
  name,
  country: 'GB',
  adminCode,
  population,
  loc: { coordinates: [lon, lat] }
});
const withArea = (name: string, admin1: string, admin2: string, [lat, lon]: [number, number]): AreaCity => ({ name, lat: String(lat), lng: String(lon), country: 'GB', admin1, admin2 });
const areaNames = new Map([
  ['GB.ENG.I6', 'Isle of Wight'],
  ['GB.WLS.Y5', 'Newport'],
  ['GB.ENG.Q4', 'City and Borough of Leeds'],
  ['GB.ENG.F1', 'Staffordshire']
]);

describe('joining the two GeoNames extracts', () => {
  it('gives each place its area from one extract and its population from the other', () => {
    const places = joinGeoNames(
      [populated('Newport', 'ENG', 24884, [50.70118, -1.28904]), populated('Newport', 'WLS', 306844, [51.58774, -2.99835])],
      [withArea('Newport', 'ENG', 'I6', [50.70118, -1.28904]), withArea('Newport', 'WLS', 'Y5', [51.58774, -2.99835])],
      areaNames
    );
    expect(places).toEqual([
      { name: 'Newport', area: 'Isle of Wight', nation: 'E', latitude: 50.70118, longitude: -1.28904, population: 24884 },
      { name: 'Newport', area: 'Newport', nation: 'W', latitude: 51.58774, longitude: -2.99835, population: 306844 }
    ]);
  });

  it('matches a renamed place by position and keeps the newer name; keeps unpopulated places', () => {
    const places = joinGeoNames(
      [populated('Wombourn', 'ENG', 13511, [52.53333, -2.18333])],
      [withArea('Wombourne', 'ENG', 'F1', [52.5342, -2.1849]), withArea('Holbeck', 'ENG', 'Q4', [53.785, -1.561])],
      areaNames
    );
    expect(places.map((p) => [p.name, p.area, p.population])).toEqual([
      ['Holbeck', 'Leeds', 0],
      ['Wombourne', 'Staffordshire', 13511]
    ]);
  });

  it('leaves out places outside the UK and other countries', () => {
    const places = joinGeoNames([], [withArea('Dhekelia', '', '', [34.98, 33.73]), { ...withArea('Lyon', 'ENG', 'Q4', [45.7, 4.8]), country: 'FR' }], areaNames);
    expect(places).toEqual([]);
  });

  it('tidies administrative words out of area names', () => {
    expect(tidyArea('City and Borough of Leeds')).toBe('Leeds');
    expect(tidyArea('Royal Borough of Windsor and Maidenhead')).toBe('Windsor and Maidenhead');
    expect(tidyArea('Caerphilly County Borough')).toBe('Caerphilly');
    expect(tidyArea('Bournemouth, Christchurch and Poole Council')).toBe('Bournemouth, Christchurch and Poole');
    expect(tidyArea('Sir Powys')).toBe('Powys');
    expect(tidyArea('Isle of Wight')).toBe('Isle of Wight');
  });
});

describe('the towns table the app ships (real GeoNames data)', () => {
  const table = townsTable(ukPlaces());
  const finder = new PlaceFinder(table);
  const labels = (typed: string) => {
    const found = finder.find(typed);
    return found.kind === 'towns' ? found.towns.map((t) => t.label) : [];
  };

  it('is a valid table of the whole UK, Northern Ireland included, in letter files of a few KB each', () => {
    expect(isTownsTable(table)).toBe(true);
    expect(table.towns.length).toBeGreaterThan(4000);
    expect(new Set(table.areas.map(([, nation]) => nation))).toEqual(new Set(['E', 'W', 'S', 'N']));
    const letters = [...compilePlaceTables(table)].filter(([name]) => name.startsWith('towns-'));
    for (const [file] of letters) expect(file).toMatch(/^towns-[a-z0-9]\.[0-9a-f]{10}\.json$/);
    const sizes = letters.map(([, text]) => gzipSync(text).length);
    // Looking up "Leeds" costs its letter's file only; every town together stays what it was.
    expect(Math.max(...sizes)).toBeLessThan(12 * 1024);
    expect(sizes.reduce((sum, n) => sum + n, 0)).toBeLessThan(100 * 1024);
  });

  it('finds the towns people type, telling same-named places apart', () => {
    expect(labels('Leeds')[0]).toBe('Leeds, England');
    expect(labels('Belfast')[0]).toBe('Belfast, Northern Ireland');
    expect(labels('Saint Albans')[0]).toBe('St Albans, Hertfordshire');
    expect(labels('Newport')).toEqual(expect.arrayContaining(['Newport, Wales', 'Newport, Isle of Wight']));
    expect(labels('Newport')[0]).toBe('Newport, Wales');
    expect(labels('Tottenham')[0]).toBe('Tottenham, Greater London');
  });
});
