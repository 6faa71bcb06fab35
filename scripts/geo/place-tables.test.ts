import { describe, expect, it } from 'vitest';
import { districtsFixture, townsFixture } from '../../src/lib/geo/fixtures';
import { isGeoIndex } from '../../src/lib/geo/tables';
import { compilePlaceTables } from './place-tables';

describe('the files of static/geo/', () => {
  it('names the towns table by its content, and lists it in the index with its attribution', () => {
    const files = compilePlaceTables(townsFixture);
    const index = JSON.parse(files.get('index.json') ?? '');
    expect(isGeoIndex(index)).toBe(true);
    expect(index.towns).toEqual({ file: expect.stringMatching(/^towns\.[0-9a-f]{10}\.json$/), count: townsFixture.towns.length, attribution: townsFixture.attribution });
    expect(index.postcodeDistricts).toBeUndefined();
    expect(JSON.parse(files.get(index.towns.file) ?? '')).toEqual(townsFixture);
    expect([...files.keys()]).toHaveLength(2);
  });

  it('adds the postcode district table when a deployer made one', () => {
    const files = compilePlaceTables(townsFixture, districtsFixture);
    const index = JSON.parse(files.get('index.json') ?? '');
    expect(index.postcodeDistricts).toEqual({ file: expect.stringMatching(/^postcode-districts\.[0-9a-f]{10}\.json$/), count: 4, attribution: districtsFixture.attribution });
    expect(JSON.parse(files.get(index.postcodeDistricts.file) ?? '')).toEqual(districtsFixture);
  });

  it('gives a changed table a new name, so no cache serves the old one', () => {
    const before = compilePlaceTables(townsFixture);
    const after = compilePlaceTables({ ...townsFixture, towns: townsFixture.towns.slice(1) });
    expect(JSON.parse(after.get('index.json') ?? '').towns.file).not.toBe(JSON.parse(before.get('index.json') ?? '').towns.file);
  });
});
