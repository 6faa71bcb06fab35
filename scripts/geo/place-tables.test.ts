import { describe, expect, it } from 'vitest';
import { districtsFixture, townsFixture } from '../../src/lib/geo/fixtures';
import { gzipSync } from 'node:zlib';
import { normalisePlace } from '../../src/lib/geo/place-lookup';
import { isDistrictsTable, isGeoIndex, isTownsTable, type GeoIndex, type TownsTable } from '../../src/lib/geo/tables';
import { defaultDistrictsAttribution } from './default-districts';
import { compilePlaceTables, readDistricts } from './place-tables';

describe('the files of static/geo/', () => {
  it('names the towns table by its content, and lists it in the index with its attribution', () => {
    const files = compilePlaceTables(townsFixture);
    const index = JSON.parse(files.get('index.json') ?? '');
    expect(isGeoIndex(index)).toBe(true);
    expect(index.towns).toEqual({
      count: townsFixture.towns.length,
      attribution: townsFixture.attribution,
      byLetter: expect.objectContaining({ l: expect.stringMatching(/^towns-l\.[0-9a-f]{10}\.json$/) })
    });
    expect(index.postcodeDistricts).toBeUndefined();
    expect([...files.keys()]).toHaveLength(1 + Object.keys(index.towns.byLetter).length);
  });

  it('cuts the towns by first letter: every town in its letter\'s file once, with its own area', () => {
    const files = compilePlaceTables(townsFixture);
    const index = JSON.parse(files.get('index.json') ?? '') as GeoIndex;
    const seen: string[] = [];
    for (const [letter, file] of Object.entries(index.towns.byLetter)) {
      const table = JSON.parse(files.get(file) ?? '');
      expect(isTownsTable(table)).toBe(true);
      for (const [name, area, latitude, longitude, population] of (table as TownsTable).towns) {
        expect(normalisePlace(name).charAt(0)).toBe(letter);
        const whole = townsFixture.towns.find((t) => t[0] === name && t[2] === latitude && t[3] === longitude);
        expect(whole && townsFixture.areas[whole[1]], name).toEqual((table as TownsTable).areas[area]);
        expect(whole?.[4]).toBe(population);
        seen.push(`${name} ${latitude}`);
      }
    }
    expect(seen.sort()).toEqual(townsFixture.towns.map(([name, , latitude]) => `${name} ${latitude}`).sort());
  });

  it('splits the districts into one file per postcode area, listed in the index with the attribution', () => {
    const files = compilePlaceTables(townsFixture, districtsFixture);
    const index = JSON.parse(files.get('index.json') ?? '');
    expect(isGeoIndex(index)).toBe(true);
    expect(index.postcodeDistricts).toEqual({
      areas: {
        LS: expect.stringMatching(/^postcode-districts-ls\.[0-9a-f]{10}\.json$/),
        M: expect.stringMatching(/^postcode-districts-m\.[0-9a-f]{10}\.json$/),
        SW: expect.stringMatching(/^postcode-districts-sw\.[0-9a-f]{10}\.json$/)
      },
      count: 4,
      attribution: districtsFixture.attribution
    });
    const leeds = JSON.parse(files.get(index.postcodeDistricts.areas.LS) ?? '');
    expect(isDistrictsTable(leeds)).toBe(true);
    expect(leeds.districts).toEqual([
      ['LS1', 53.797, -1.548],
      ['LS2', 53.803, -1.553]
    ]);
  });

  it("builds in Great Britain's postcode districts when no deployer table is there", () => {
    const table = readDistricts('data/geo/no-such-file.json');
    expect(table.attribution).toEqual(defaultDistrictsAttribution);
    expect(table.districts.length).toBe(2787); // 2,788 less BF1 (British Forces), which has no position
    const stevenage = table.districts.find(([outcode]) => outcode === 'SG1');
    expect(stevenage?.[1]).toBeCloseTo(51.9, 1);
    expect(stevenage?.[2]).toBeCloseTo(-0.2, 1);
    expect(table.districts.some(([outcode]) => outcode.startsWith('BT'))).toBe(false);
    const files = compilePlaceTables(townsFixture, table);
    const index = JSON.parse(files.get('index.json') ?? '');
    // Looking up "SG1 2AB" fetches the SG file only: a few hundred bytes, not the whole country.
    expect(gzipSync(files.get(index.postcodeDistricts.areas.SG) ?? '').length).toBeLessThan(1024);
  });

  it('gives a changed table a new name, so no cache serves the old one', () => {
    const before = compilePlaceTables(townsFixture);
    const after = compilePlaceTables({ ...townsFixture, towns: townsFixture.towns.slice(1) });
    // The first town was Leeds: the "l" file changes name, the others keep theirs.
    const letterFiles = (files: Map<string, string>) => (JSON.parse(files.get('index.json') ?? '') as GeoIndex).towns.byLetter;
    expect(letterFiles(after).l).not.toBe(letterFiles(before).l);
    expect(letterFiles(after).h).toBe(letterFiles(before).h);
  });
});
