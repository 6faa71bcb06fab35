/**
 * `npm run geo:build -- <ONS Postcode Directory CSV> [--year 2025] [--include-bt]`
 *
 * Turns the ONSPD file a deployer downloaded from the ONS Open Geography portal into
 * `data/geo/postcode-districts.json` (one centre per postcode district, with the attribution
 * lines). The next `npm run build` ships it in `static/geo/`, and the app then finds typed
 * postcodes. The output is generated, so it is not committed (.gitignore).
 */
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { writeAtomic } from '../lib/write-atomic';
import { districtsPath } from './districts-path';
import { districtsFromFile, yearFromFileName } from './onspd';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--year');
const yearArg = args.includes('--year') ? Number(args[args.indexOf('--year') + 1]) : undefined;
const out = process.env.ONWARD_DISTRICTS_OUT ?? districtsPath;

if (!file) {
  console.error('Usage: npm run geo:build -- <ONSPD CSV file> [--year YYYY] [--include-bt]');
  process.exit(2);
}
try {
  statSync(file);
} catch {
  console.error(`Cannot read ${file}.`);
  process.exit(2);
}
const year = yearArg ?? yearFromFileName(file);
if (!year || !Number.isInteger(year) || year < 2000 || year > 2100) {
  console.error('Give the ONSPD edition year (for the copyright lines): --year YYYY');
  process.exit(2);
}

const started = performance.now();
try {
  const { table, counts } = await districtsFromFile(file, { year, includeNorthernIreland: args.includes('--include-bt') });
  if (table.districts.length === 0) throw new Error('no live postcode with a position was found');
  const text = JSON.stringify(table);
  writeAtomic(out, `${text}\n`);
  console.log(
    `Postcode districts: ${table.districts.length} from ${counts.rows} postcodes ` +
      `(left out: ${counts.terminated} terminated, ${counts.noPosition} with no position, ` +
      `${counts.northernIreland} in Northern Ireland${counts.unreadable ? `, ${counts.unreadable} unreadable` : ''}), ` +
      `${Math.round(gzipSync(text).length / 1024)} KB gzip, in ${Math.round(performance.now() - started)} ms → ${out}`
  );
  console.log('Run `npm run build` to ship it.');
} catch (error) {
  console.error(`${file}: ${(error as Error).message}. Nothing was written.`);
  process.exit(1);
}
