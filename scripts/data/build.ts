/**
 * `npm run data:build` (run by `npm run build`): checks the datasets, then compiles them into
 * `static/directory/` (manifest, national shard, region shards, id lookup). Refuses to build
 * from data with errors, and swaps the whole folder in at the end, so a failed run leaves the
 * last good build in place. Then writes the place tables to `static/geo/` (scripts/geo/place-tables.ts).
 *
 * `--deploy` (npm run build:deploy) builds for a real site: it refuses datasets with demo records
 * (scripts/data/demo-guard.ts) unless `--allow-demo` asks for a demo site on purpose.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkDataset, duplicateIdsAcross } from '../../src/lib/directory/check/check-dataset';
import { formatIssue, type DirectoryDataset, type DirectoryService } from '../../src/lib/directory/model';
import { compileDatasets } from '../../src/lib/directory/shards/compile';
import { coreBudgetMessage } from '../../src/lib/directory/shards/core-budget';
import { helplinesFile, helplinesFrom } from '../../src/lib/directory/helplines';
import { writePlaceTables } from '../geo/place-tables';
import { demoRefusal } from './demo-guard';
import { datasetPaths, readJson } from './read-datasets';

const out = process.env.ONWARD_DIRECTORY_OUT ?? 'static/directory';
const started = performance.now();
const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
for (const flag of flags)
  if (flag !== '--deploy' && flag !== '--allow-demo') {
    console.error(`error: unknown option ${flag} (options: --deploy, --allow-demo)`);
    process.exit(2);
  }
const services: DirectoryService[] = [];
const datasets = datasetPaths(args.filter((a) => !a.startsWith('--'))).map((file) => {
  try {
    return { file, json: readJson(file) };
  } catch (error) {
    console.error(`error ${file} › - › (file): cannot read it as JSON: ${(error as Error).message}. The last build is unchanged.`);
    process.exit(1);
  }
});
const problems = [
  ...datasets.flatMap(({ file, json }) => checkDataset(json, { file, today: new Date() })),
  ...duplicateIdsAcross(datasets)
].filter((i) => i.level === 'error');
for (const problem of problems) console.error(`error ${formatIssue(problem)}`);
const errors = problems.length;
for (const { json } of datasets) services.push(...(json as DirectoryDataset).services);
if (errors) {
  console.error(`\n${errors} errors: fix them (npm run data:check) before building. The last build is unchanged.`);
  process.exit(1);
}
const refusal = flags.has('--deploy') ? demoRefusal(datasets, flags.has('--allow-demo')) : undefined;
if (refusal) {
  console.error(`${refusal}\nThe last build is unchanged.`);
  process.exit(1);
}

// Each dataset keeps its name and report address (source.contact_email) for the service pages.
const { manifest, files } = compileDatasets(datasets.map(({ json }) => json as DirectoryDataset));
// Home lists the helplines from this small file, without loading any directory code.
files.set(helplinesFile, JSON.stringify(helplinesFrom(services.filter((s) => s.status === 'active'))));
const temporary = `${out}.tmp-${process.pid}`;
rmSync(temporary, { recursive: true, force: true });
for (const [path, text] of files) {
  mkdirSync(dirname(join(temporary, path)), { recursive: true });
  writeFileSync(join(temporary, path), text);
}
const old = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, old);
renameSync(temporary, out);
rmSync(old, { recursive: true, force: true });

const gzip = [manifest.national, manifest.unplaced, ...manifest.shards].reduce((n, s) => n + s.gzipBytes, 0);
// The project's budgets, wherever the data folder is (a deployer's, or a test's temporary one).
const budgets = JSON.parse(readFileSync(new URL('../../perf/budgets.json', import.meta.url), 'utf8')) as { directory: { coreGzipBytes: number } };
const overBudget = coreBudgetMessage(manifest, datasets.map(({ json }) => json as DirectoryDataset), budgets.directory.coreGzipBytes);
if (overBudget) console.warn(`warning ${overBudget}`);
console.log(
  `Directory: ${manifest.total} services → ${manifest.shards.length} region shards + national (${manifest.national.count}) ` +
    `+ unplaced (${manifest.unplaced.count}), ${Math.round(gzip / 1024)} KB gzip in all, ` +
    `in ${Math.round(performance.now() - started)} ms → ${out}/`
);

try {
  console.log(writePlaceTables(process.env.ONWARD_GEO_OUT ?? 'static/geo').summary);
} catch (error) {
  console.error(`error place tables: ${(error as Error).message}. The last build of static/geo/ is unchanged.`);
  process.exit(1);
}
