/**
 * The data build's place step (called by scripts/data/build.ts): writes `static/geo/` with
 *   - towns-<letter>.<hash>.json: UK places from GeoNames (always), by the first letter of their
 *     name (a typed town needs only its letter's file);
 *   - postcode-districts-<area>.<hash>.json: one file per postcode area ("sg" holds SG1…SG19),
 *     from Great Britain's districts in data/geo/, or a deployer's ONS table made with
 *     `npm run geo:build`;
 *   - index.json: which of those this build has.
 * The service worker precaches them all (scripts/pwa/service-worker-plugin.ts), so typed places
 * are found offline; the app fetches the towns when someone types a place, and a postcode area's
 * file only for a postcode in it. Names carry a content hash, so a cached old table is never
 * served for a new one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isDistrictsTable, postcodeArea, type DistrictRow, type DistrictsTable, type GeoIndex, type TownsTable } from '../../src/lib/geo/tables';
import { townsByLetter } from '../../src/lib/geo/towns-by-letter';
import { defaultDistricts } from './default-districts';
import { districtsPath } from './districts-path';
import { townsTable } from './towns-table';
import { ukPlaces } from './uk-places';

const hashed = (stem: string, text: string) => `${stem}.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.json`;

/** The files of `static/geo/`, by name. */
export function compilePlaceTables(towns: TownsTable, districts?: DistrictsTable): Map<string, string> {
  const files = new Map<string, string>();
  const byLetter: Record<string, string> = {};
  for (const [letter, table] of townsByLetter(towns)) {
    const text = JSON.stringify(table);
    byLetter[letter] = hashed(`towns-${letter}`, text);
    files.set(byLetter[letter], text);
  }
  const index: GeoIndex = {
    format: 'onward-geo-index',
    version: 3,
    towns: { count: towns.towns.length, attribution: towns.attribution, byLetter }
  };
  if (districts) {
    const byArea = new Map<string, DistrictRow[]>();
    for (const row of districts.districts) {
      const area = postcodeArea(row[0]);
      const rows = byArea.get(area);
      if (rows) rows.push(row);
      else byArea.set(area, [row]);
    }
    const areas: Record<string, string> = {};
    for (const [area, rows] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
      // The attribution is in the index, once, not in each of the ~120 files.
      const text = JSON.stringify({ ...districts, attribution: [], districts: rows } satisfies DistrictsTable);
      areas[area] = hashed(`postcode-districts-${area.toLowerCase()}`, text);
      files.set(areas[area], text);
    }
    index.postcodeDistricts = { areas, count: districts.districts.length, attribution: districts.attribution };
  }
  files.set('index.json', JSON.stringify(index));
  return files;
}

/** The deployer's district table if there is one (a broken one stops the build), else Great Britain's. */
export function readDistricts(path = districtsPath): DistrictsTable {
  if (!existsSync(path)) return defaultDistricts();
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
  const gzipKb = (names: string[]) => Math.round(names.reduce((n, name) => n + gzipSync(files.get(name) as string).length, 0) / 1024);
  const areaFiles = Object.values(index.postcodeDistricts?.areas ?? {});
  const postcodes = index.postcodeDistricts
    ? `${index.postcodeDistricts.count} postcode districts in ${areaFiles.length} area files (${gzipKb(areaFiles)} KB gzip in all)`
    : 'no postcode districts';
  const letterFiles = Object.values(index.towns.byLetter);
  const largestLetter = Math.max(...letterFiles.map((name) => gzipSync(files.get(name) as string).length));
  return {
    summary: `Places: ${index.towns.count} towns by first letter in ${letterFiles.length} files (${gzipKb(letterFiles)} KB gzip in all, the largest ${Math.round(largestLetter / 1024)} KB), ${postcodes} → ${outDir}/`
  };
}
