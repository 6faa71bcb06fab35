/**
 * Postcode district centres from the ONS Postcode Directory (ONSPD), the open file of every UK
 * postcode with its position. A deployer downloads it (about 1.4 GB of CSV) and runs
 * `npm run geo:build -- <file>`; this module averages the live postcodes of each district
 * (outward code: "LS1" of "LS1 4DY") into one point.
 *
 * ONSPD columns used (any case): pcds (or pcd), lat, long, doterm. Terminated postcodes (doterm
 * set) are left out, and so are rows with ONS' "no position" values (lat 99.999999, long 0).
 */
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { toOutcode } from 'postcode';
import type { DistrictRow, DistrictsTable } from '../../src/lib/geo/tables';
import { round3 } from './towns-table';

export interface DistrictOptions {
  /**
   * Keep Northern Ireland (BT) districts. Off by default: ONS licenses BT postcodes apart from
   * the rest (free for non-commercial use; otherwise Land & Property Services' terms apply), so
   * a deployer turns them on only after checking those terms fit (see data/README.md).
   */
  includeNorthernIreland?: boolean;
  /** Year of the ONSPD edition, for the copyright lines. */
  year: number;
}

export interface DistrictCounts {
  rows: number;
  terminated: number;
  noPosition: number;
  northernIreland: number;
  unreadable: number;
}

/** Running sums per district; one pass, constant memory per district (about 3,000 of them). */
export class DistrictAverager {
  private sums = new Map<string, { lat: number; lon: number; n: number }>();
  readonly counts: DistrictCounts = { rows: 0, terminated: 0, noPosition: 0, northernIreland: 0, unreadable: 0 };
  private columns: { postcode: number; lat: number; lon: number; doterm: number } | undefined;

  constructor(private options: DistrictOptions) {}

  /** Feeds one CSV record; the first must be the header row. */
  add(record: string[]): void {
    if (!this.columns) {
      this.columns = findColumns(record);
      return;
    }
    this.counts.rows++;
    const { postcode, lat, lon, doterm } = this.columns;
    if ((record[doterm] ?? '').trim() !== '') {
      this.counts.terminated++;
      return;
    }
    const latitude = Number(record[lat]);
    const longitude = Number(record[lon]);
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || latitude > 90 || latitude < -90 || (latitude === 0 && longitude === 0)) {
      // ONS writes 99.999999 / 0.000000 where a postcode has no grid reference.
      this.counts.noPosition++;
      return;
    }
    const outcode = toOutcode(record[postcode] ?? '');
    if (!outcode) {
      this.counts.unreadable++;
      return;
    }
    if (outcode.startsWith('BT') && !this.options.includeNorthernIreland) {
      this.counts.northernIreland++;
      return;
    }
    const sum = this.sums.get(outcode) ?? { lat: 0, lon: 0, n: 0 };
    sum.lat += latitude;
    sum.lon += longitude;
    sum.n++;
    this.sums.set(outcode, sum);
  }

  /** The table, districts sorted by outward code. */
  table(): DistrictsTable {
    const districts: DistrictRow[] = [...this.sums]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([outcode, { lat, lon, n }]) => [outcode, round3(lat / n), round3(lon / n)]);
    return { format: 'onward-postcode-districts', version: 1, attribution: onspdAttribution(this.options), districts };
  }
}

function findColumns(header: string[]) {
  const names = header.map((h) => h.trim().toLowerCase().replace(/^\uFEFF/, ''));
  const at = (...wanted: string[]) => wanted.map((w) => names.indexOf(w)).find((i) => i >= 0) ?? -1;
  const columns = { postcode: at('pcds', 'pcd', 'pcd7', 'pcd8'), lat: at('lat'), lon: at('long', 'lon', 'lng'), doterm: at('doterm') };
  const missing = Object.entries({ 'pcds or pcd': columns.postcode, lat: columns.lat, long: columns.lon, doterm: columns.doterm })
    .filter(([, i]) => i < 0)
    .map(([name]) => name);
  if (missing.length) throw new Error(`not an ONS Postcode Directory CSV: no column ${missing.join(', ')} in the first row`);
  return columns;
}

/** The statements the ONSPD user guide says must be shown wherever its data is used. */
export function onspdAttribution({ year, includeNorthernIreland }: DistrictOptions): string[] {
  return [
    `Contains OS data © Crown copyright and database right ${year}`,
    `Contains Royal Mail data © Royal Mail copyright and database right ${year}`,
    'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
    ...(includeNorthernIreland
      ? [`Northern Ireland (BT) postcodes: © Crown copyright and database right ${year}, Land & Property Services; used under the ONSPD terms for Northern Ireland data`]
      : [])
  ];
}

/** Reads an ONSPD CSV file (streamed: the full file is over a gigabyte). */
export async function districtsFromFile(path: string, options: DistrictOptions): Promise<{ table: DistrictsTable; counts: DistrictCounts }> {
  const averager = new DistrictAverager(options);
  const parser = createReadStream(path).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  for await (const record of parser) averager.add(record as string[]);
  return { table: averager.table(), counts: averager.counts };
}

/** The edition's year from an ONSPD file name such as ONSPD_FEB_2025_UK.csv. */
export function yearFromFileName(path: string): number | undefined {
  const match = /(?:^|[^0-9])(20\d\d)(?:[^0-9]|$)/.exec(path.split(/[\\/]/).pop() ?? '');
  return match ? Number(match[1]) : undefined;
}
