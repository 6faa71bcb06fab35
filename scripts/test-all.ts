// Every test, run by `npm test` (scripts/test.mjs) once dependencies are installed: builds the
// production site, then type check, lint (ESLint), unit tests (Vitest) and browser tests
// (Playwright on Debian's Chromium).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumVersion, ensureChromium } from './lib/chromium';
import { run } from './lib/ensure.js';

const started = Date.now();
ensureChromium();
console.log(`Browser: ${chromiumVersion()}`);

run('npx', ['tsx', 'scripts/data/build.ts']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'human']);
run('npm', ['run', '--silent', 'lint']);

// Reports go to reports/, not test-results/ (Playwright empties that folder when it starts).
rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const unit = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json'], {
  stdio: 'inherit'
});
const e2e = spawnSync('npx', ['playwright', 'test', '--reporter=list,json'], {
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json' }
});

type UnitReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number };
type BrowserStats = { expected: number; unexpected: number; flaky: number; skipped: number };

const read = <T>(file: string): T | undefined => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};
const u = read<UnitReport>('reports/unit.json');
const e = read<{ stats: BrowserStats }>('reports/e2e.json')?.stats;
const passed = (u?.numPassedTests ?? 0) + (e?.expected ?? 0) + (e?.flaky ?? 0);
// A runner that stopped before or beside its tests (a busy port, a crash) counts as one failure
// more, so the closing line never says "0 failed" for a red run.
const broke = (status: number | null, failures: number | undefined) => (status !== 0 && !failures ? 1 : 0);
const failed = (u?.numFailedTests ?? 0) + (e?.unexpected ?? 0) + broke(unit.status, u?.numFailedTests) + broke(e2e.status, e?.unexpected);
const skipped = (u?.numPendingTests ?? 0) + (e?.skipped ?? 0);
console.log(`\nTook ${Math.round((Date.now() - started) / 1000)} s.`);
// The plain closing line CI reads.
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(unit.status === 0 && e2e.status === 0 && failed === 0 ? 0 : 1);
