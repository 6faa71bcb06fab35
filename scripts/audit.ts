// `npm run audit` (CI runs it, see .ci/run): `npm audit` for high and critical advisories, minus
// the ones audit-ignore.json explains. Fails on any other; prints what it ignored and why. When
// the registry's advisory service cannot be reached it says so and fails: no answer is not a pass
// (with --if-reachable, as .ci/run uses it, it says so loudly and goes on).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { advisoriesIn, AuditUnavailable, readIgnoreList, triage } from './security/audit-findings';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const ignore = readIgnoreList(JSON.parse(readFileSync('audit-ignore.json', 'utf8')));
// --omit nothing: the build tools run on the machine that builds the app, so they count too.
const run = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

let advisories;
try {
  let report: unknown;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new AuditUnavailable(run.error?.message || run.stderr.trim().split('\n').at(-1) || 'npm audit printed no report');
  }
  advisories = advisoriesIn(report);
} catch (error) {
  if (!(error instanceof AuditUnavailable)) throw error;
  console.error(`npm audit could not check the dependencies: ${error.message}`);
  console.error('The registry or its advisory service (POST /-/npm/v1/security/advisories/bulk) did not answer.');
  if (process.argv.includes('--if-reachable')) {
    // CI on machines whose registry mirror has no advisory service (it answers 405): the run
    // goes on, but says in capitals that nothing was checked, so no one reads it as a pass.
    console.error('AUDIT NOT DONE: dependencies NOT checked for advisories on this machine (--if-reachable).');
    process.exit(0);
  }
  console.error('Not passing without an answer: run `npm run audit` again when the registry can be reached.');
  process.exit(2);
}

const { failing, ignored, stale } = triage(advisories, ignore);
console.log(`npm audit: ${advisories.length} advisories in all; ${failing.length + ignored.length} high or critical.`);
for (const { advisory, entry } of ignored)
  console.log(`Ignored ${advisory.severity} ${advisory.package} ${advisory.url} (reviewed ${entry.reviewed}): ${entry.reason}`);
for (const entry of stale) console.log(`audit-ignore.json: ${entry.package} ${entry.advisory} matches nothing now; remove it.`);
for (const a of failing) console.error(`${a.severity.toUpperCase()} ${a.package} ${a.range}: ${a.title} ${a.url}`);
if (failing.length) {
  console.error(`\n${failing.length} high or critical advisories. Update the package, or, if one cannot affect Onward, add it to audit-ignore.json with the reason and the date.`);
  process.exit(1);
}
console.log('No high or critical advisory left unexplained.');
