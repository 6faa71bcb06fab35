/**
 * The app with a hostile directory in it, for tests/fuzz-directory.spec.ts: hostile Open Referral records
 * (src/lib/directory/import/fixtures/hostile-feed.ts) go through the real pipeline, the
 * `data:import` command and then `data:build`, into a copy of build/. As `npm run perf:search`
 * does, only the directory is swapped: the app reads /directory/ at run time, so no rebuild.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { DirectoryDataset } from '../src/lib/directory/model';
import { hostileFeed } from '../src/lib/directory/import/fixtures/hostile-feed';

export const fuzzBuild = 'build-fuzz';
const scratch = '.scratch/fuzz';

/** Far enough apart (over 100 km) that each search near one loads only its own records. */
export const fuzzPlaces = [
  { name: 'Leeds', latitude: 53.8, longitude: -1.55 },
  { name: 'Bristol', latitude: 51.45, longitude: -2.59 },
  { name: 'Norwich', latitude: 52.63, longitude: 1.3 },
  { name: 'Newcastle', latitude: 54.97, longitude: -1.61 }
] as const;

function run(args: string[], env: Record<string, string> = {}): void {
  // The import lists every dropped value (tens of thousands of lines): only a failure is shown.
  const result = spawnSync('npx', ['tsx', ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr.slice(-4000)}`);
}

/** Writes `count` hostile records through import and build into build-fuzz/; returns the imported dataset. */
export function buildHostileDirectory(seed: number, count: number): DirectoryDataset {
  mkdirSync(scratch, { recursive: true });
  writeFileSync(`${scratch}/feed.json`, JSON.stringify(hostileFeed({ seed, count, places: fuzzPlaces })));
  // A hostile feed loses most of its values on purpose: keep what survives (the field report still lists every loss).
  run(['scripts/data/import.ts', `${scratch}/feed.json`, '--out', `${scratch}/dataset.json`, '--name', 'Fuzz', '--contact-email', 'fuzz-reports@example.org', '--accept-losses']);
  rmSync(fuzzBuild, { recursive: true, force: true });
  // The demo services' prerendered pages are not needed: every page here is drawn from the data.
  cpSync('build', fuzzBuild, { recursive: true, filter: (path) => !/[/\\][a-z]{2,3}(?:-[A-Z]{2})?[/\\]service$/.test(path) });
  rmSync(`${fuzzBuild}/directory`, { recursive: true, force: true });
  run(['scripts/data/build.ts', `${scratch}/dataset.json`], { ONWARD_DIRECTORY_OUT: `${fuzzBuild}/directory`, ONWARD_GEO_OUT: `${fuzzBuild}/geo` });
  return JSON.parse(readFileSync(`${scratch}/dataset.json`, 'utf8')) as DirectoryDataset;
}
