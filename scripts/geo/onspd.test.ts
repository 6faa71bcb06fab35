import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { districtsFixture } from '../../src/lib/geo/fixtures';
import { isDistrictsTable } from '../../src/lib/geo/tables';
import { DistrictAverager, districtsFromFile, yearFromFileName } from './onspd';

const fixture = fileURLToPath(new URL('./fixtures/onspd-sample.csv', import.meta.url));
const header = ['pcd', 'pcds', 'doterm', 'lat', 'long'];

describe('postcode districts from the ONS Postcode Directory', () => {
  it('averages the live postcodes of each district of the fixture file, leaving out the rest', async () => {
    const { table, counts } = await districtsFromFile(fixture, { year: 2025 });
    expect(isDistrictsTable(table)).toBe(true);
    // The unit tests' district fixture is this very output, so the two cannot drift apart.
    expect(table.districts).toEqual(districtsFixture.districts);
    // LS1: two live postcodes averaged; the terminated one (doterm 200512) left out.
    expect(table.districts[0]).toEqual(['LS1', 53.797, -1.548]);
    expect(counts).toEqual({ rows: 9, terminated: 1, noPosition: 1, northernIreland: 1, unreadable: 0 });
  });

  it('carries the attribution lines ONS asks for, with the edition year', async () => {
    const { table } = await districtsFromFile(fixture, { year: 2025 });
    expect(table.attribution).toEqual([
      'Contains OS data © Crown copyright and database right 2025',
      'Contains Royal Mail data © Royal Mail copyright and database right 2025',
      'Source: Office for National Statistics licensed under the Open Government Licence v.3.0'
    ]);
  });

  it('keeps Northern Ireland (BT) only when asked, and then says so in the attribution', async () => {
    const { table } = await districtsFromFile(fixture, { year: 2025, includeNorthernIreland: true });
    expect(table.districts.map(([outcode]) => outcode)).toContain('BT1');
    expect(table.attribution.at(-1)).toMatch(/^Northern Ireland \(BT\) postcodes: .*Land & Property Services/);
  });

  it('reads the 7-character pcd column when pcds is missing, and columns in any case', () => {
    const averager = new DistrictAverager({ year: 2025 });
    averager.add(['PCD', 'DOTERM', 'LAT', 'LONG']);
    averager.add(['M1  9XF', '', '53.478', '-2.234']);
    averager.add(['M11 9XG', '', '53.48', '-2.2']);
    expect(averager.table().districts).toEqual([['M1', 53.478, -2.234], ['M11', 53.48, -2.2]]);
  });

  it('skips rows with no position or no readable postcode', () => {
    const averager = new DistrictAverager({ year: 2025 });
    averager.add(header);
    averager.add(['LS1 9XA', 'LS1 9XA', '', '99.999999', '0.000000']);
    averager.add(['', 'not a postcode', '', '53.8', '-1.5']);
    averager.add(['LS1 9XB', 'LS1 9XB', '', '', '']);
    expect(averager.table().districts).toEqual([]);
    expect(averager.counts).toMatchObject({ rows: 3, noPosition: 2, unreadable: 1 });
  });

  it('refuses a file that is not ONSPD', () => {
    expect(() => new DistrictAverager({ year: 2025 }).add(['postcode', 'latitude', 'longitude'])).toThrow(/no column pcds or pcd, lat, long, doterm/);
  });

  it('takes the edition year from the file name', () => {
    expect(yearFromFileName('/downloads/ONSPD_FEB_2025_UK.csv')).toBe(2025);
    expect(yearFromFileName('onspd.csv')).toBeUndefined();
  });

  it('stays small: the fixture table, and an estimate for the whole UK', async () => {
    const { table } = await districtsFromFile(fixture, { year: 2025 });
    // About 3,000 districts of ~22 characters each ([ "LS10",53.797,-1.548 ],).
    const estimate = JSON.stringify({ ...table, districts: Array.from({ length: 3000 }, (_, i) => [`LS${i}`, 53 + i / 1000, -1 - i / 1000]) });
    expect(gzipSync(JSON.stringify(table)).length).toBeLessThan(1024);
    expect(gzipSync(estimate).length).toBeLessThan(150 * 1024);
  });
});
