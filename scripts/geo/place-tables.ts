/**
 * The data build's place step (called by scripts/data/build.ts): writes `static/geo/` with
 *   - towns.<hash>.json: UK places from GeoNames (always);
 *   - postcode-districts.<hash>.json: when a deployer has made data/geo/postcode-districts.json
 *     with `npm run geo:build`;
 *   - index.json: which of those this build has.
 * The service worker precaches all three (scripts/pwa/service-worker-plugin.ts), so typed places are found offline;
 * the app fetches them only when someone types a place. Names carry a content hash, so a cached
 * old table is never served for a new one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isDistrictsTable, type DistrictsTable, type GeoIndex, type TownsTable } from '../../src/lib/geo/tables';
import { districtsPath } from './districts-path';
import { townsTable } from './towns-table';
import { ukPlaces } from './uk-places';

const hashed = (stem: string, text: string) => `${stem}.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;

/** The files of `static/geo/`, by name. */
export function compilePlaceTables(towns: TownsTable, districts?: DistrictsTable): Map<string, string> {
  const files = new Map<string, string>();
  const townsText = JSON.stringify(towns);
  const index: GeoIndex = {
    format: 'onward-geo-index',
    version: 1,
    towns: { file: hashed('towns', townsText), count: towns.towns.length, attribution: towns.attribution }
  };
  files.set(index.towns.file, townsText);
  if (districts) {
    const text = JSON.stringify(districts);
    index.postcodeDistricts = { file: hashed('postcode-districts', text), count: districts.districts.length, attribution: districts.attribution };
    files.set(index.postcodeDistricts.file, text);
  }
  files.set('index.json', JSON.stringify(index));
  return files;
}

/** The deployer's district table, if there is one; a broken one stops the build. */
export function readDistricts(path = districtsPath): DistrictsTable | undefined {
  if (!existsSync(path)) return undefined;
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isDistrictsTable(json)) throw new Error(`${path} is not a postcode district table: make it again with npm run geo:build`);
  return json;
}

/** Builds `outDir` afresh (swapped in whole, so a failed run leaves the last good one). */
export function writePlaceTables(outDir = 'static/geo', districts = readDistricts()): { summary: string } {
  const files = compilePlaceTables(townsTable(ukPlaces()), districts);
  const temporary = `${outDir}.tmp-${process.pid}`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(temporary, name), text);
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(temporary, outDir);
  rmSync(old, { recursive: true, force: true });

  const index = JSON.parse(files.get('index.json') as string) as GeoIndex;
  const kb = (file: string) => Math.round(gzipSync(files.get(file) as string).length / 1024);
  const postcodes = index.postcodeDistricts
    ? `${index.postcodeDistricts.count} postcode districts (${kb(index.postcodeDistricts.file)} KB gzip)`
    : `no postcode districts (npm run geo:build -- <ONSPD CSV> adds them)`;
  return { summary: `Places: ${index.towns.count} towns (${kb(index.towns.file)} KB gzip), ${postcodes} → ${outDir}/` };
}
