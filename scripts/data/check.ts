/**
 * `npm run data:check [file…]`: prints every problem as `file › service id › field: problem`.
 * Exit 1 when there are errors, 0 when there are only warnings.
 */
import { checkDataset, duplicateIdsAcross } from '../../src/lib/directory/check/check-dataset';
import { formatIssue, type DataIssue } from '../../src/lib/directory/model';
import { datasetPaths, readJson } from './read-datasets';

const started = performance.now();
const issues: DataIssue[] = [];
const read: { file: string; json: unknown }[] = [];
let services = 0;
for (const path of datasetPaths(process.argv.slice(2))) {
  let json: unknown;
  try {
    json = readJson(path);
  } catch (error) {
    issues.push({ level: 'error', file: path, id: '-', field: '(file)', problem: `cannot read it as JSON: ${(error as Error).message}` });
    continue;
  }
  services += Array.isArray((json as { services?: unknown }).services) ? (json as { services: unknown[] }).services.length : 0;
  read.push({ file: path, json });
  issues.push(...checkDataset(json, { file: path, today: new Date() }));
}
issues.push(...duplicateIdsAcross(read));

const errors = issues.filter((i) => i.level === 'error');
const warnings = issues.filter((i) => i.level === 'warning');
for (const issue of [...errors, ...warnings]) console.log(`${issue.level === 'error' ? 'error  ' : 'warning'} ${formatIssue(issue)}`);
console.log(
  `\nChecked ${services} services in ${Math.round(performance.now() - started)} ms: ${errors.length} errors, ${warnings.length} warnings.`
);
process.exit(errors.length ? 1 : 0);
