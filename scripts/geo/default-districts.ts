/**
 * Great Britain's postcode districts, committed in data/geo/ (see its README), so a typed
 * postcode works in every build. A deployer's own ONS table (data/geo/postcode-districts.json,
 * from `npm run geo:build`) replaces it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { validOutcode } from 'postcode';
import { inUk } from '../../src/lib/geo/place';
import type { DistrictRow, DistrictsTable } from '../../src/lib/geo/tables';
import { round3 } from './towns-table';

/** In the repository beside this script, wherever the build is started from (a deployer's data folder may be elsewhere). */
export const defaultDistrictsPath = fileURLToPath(new URL('../../data/geo/postcode-districts-gb.csv', import.meta.url));

/** The lines data/geo/README.md says must travel with the table. */
export const defaultDistrictsAttribution = [
  'Contains OS data © Crown copyright and database right',
  'Contains Royal Mail data © Royal Mail copyright and database right',
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0'
];

/**
 * The committed table as the app reads it. A row without a position in the UK (BF1, British
 * Forces, has none) or with a code that is no outward code is left out: it could only send
 * someone to the wrong place.
 */
export function defaultDistricts(path = defaultDistrictsPath): DistrictsTable {
  const rows = parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const districts: DistrictRow[] = [];
  const leftOut: string[] = [];
  for (const row of rows) {
    const outcode = (row.district ?? '').toUpperCase();
    const latitude = Number(row.latitude);
    const longitude = Number(row.longitude);
    if (!validOutcode(outcode) || !row.latitude || !row.longitude || !inUk(latitude, longitude)) leftOut.push(outcode || '(no code)');
    else districts.push([outcode, round3(latitude), round3(longitude)]);
  }
  // Said on stdout with the build's other lines: an expected gap (BF1), not an error.
  if (leftOut.length) console.log(`Postcode districts left out (no code, or no position in the UK): ${leftOut.join(', ')}`);
  if (districts.length < 2000) throw new Error(`${path} gave only ${districts.length} postcode districts: is it the whole file?`);
  return { format: 'onward-postcode-districts', version: 1, attribution: defaultDistrictsAttribution, districts };
}
