// `npm run perf`: Lighthouse (mobile, default simulated throttling) on Onward's main routes and on
// a FLOOR, a bare SvelteKit page built with the same settings, so each score can be read as
// "how far above what SvelteKit alone costs". Writes perf/lighthouse.json, rewrites perf/README.md
// and, per run, writes the full report in perf/reports/ (gitignored). Five runs per page (issue
// #18); medians are reported.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { serveCompressedCopy } from './lib/compressed-server';
import { lighthouseTable, measuredNow, type LighthouseFigures, type LighthouseRun as Run } from './lib/perf-figures';
import { writePerfReadme } from './lib/perf-readme';
import { formatTable } from './lib/table';

const root = fileURLToPath(new URL('..', import.meta.url));
const floorDir = `${root}perf/floor`;
const allRoutes = ['/en/', '/en/find/?c=housing&near=Leeds', '/en/service/demo-leeds-alcohol-drug-advice/', '/en/plan/', '/en/overdose/', '/en/overdose/now/', '/en/more/'];
// ONWARD_PERF_ROUTES="/en/find/?c=housing&near=Leeds" and ONWARD_PERF_RUNS=1 check one page quickly while working on it.
const routes = process.env.ONWARD_PERF_ROUTES ? process.env.ONWARD_PERF_ROUTES.split(',') : allRoutes;
const RUNS = Number(process.env.ONWARD_PERF_RUNS) || 5;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const lighthouseVersion = '12.8.2';

if (!existsSync(`${root}build/index.html`)) {
  console.error('No built site in build/. Run "npm run build" first.');
  process.exit(2);
}

console.log('Building the floor (perf/floor) …');
const built = spawnSync(`${root}node_modules/.bin/vite`, ['build'], { cwd: floorDir, encoding: 'utf8' });
if (built.status !== 0) throw new Error(`The floor build failed:\n${built.stdout}${built.stderr}`);

const app = await serveCompressedCopy(`${root}build`, 4280);
const floor = await serveCompressedCopy(`${floorDir}/build`, 4290);
// label → URL; the floor first, then each route
const targets: [string, string][] = [['floor', `${floor.url}/`], ...routes.map((r): [string, string] => [r, app.url + r])];
const runs: Record<string, Run[]> = Object.fromEntries(targets.map(([label]) => [label, []]));
mkdirSync(`${root}perf/reports`, { recursive: true });
const started = Date.now();
try {
  // Round-robin rather than route after route, so a slow patch of the machine hits every page alike.
  for (let i = 0; i < RUNS; i++)
    for (const [label, url] of targets) {
      runs[label]?.push(await audit(url, `${root}perf/reports/${slug(label)}-${i + 1}.json`));
      process.stdout.write(`\r${Object.values(runs).flat().length}/${RUNS * targets.length} runs`);
    }
} finally {
  await app.close();
  await floor.close();
}
console.log(` in ${Math.round((Date.now() - started) / 1000)} s\n`);

const medians = Object.fromEntries(Object.entries(runs).map(([label, list]) => [label, medianRun(list)]));
const figures: LighthouseFigures = { measured: measuredNow(), lighthouse: lighthouseVersion, runsPerPage: RUNS, medians, runs };
const table = lighthouseTable(figures);
console.log(formatTable(table.headers, table.rows));
for (const note of table.notes) console.log(note);

// A quick run over chosen pages does not replace the record of a full one.
if (!process.env.ONWARD_PERF_ROUTES) {
  writeFileSync(`${root}perf/lighthouse.json`, `${JSON.stringify(figures, null, 2)}\n`);
  console.log('Wrote perf/lighthouse.json');
  writePerfReadme(root, 'npm run perf');
}

/**
 * One Lighthouse run in a fresh Chromium, as the CLI does, so no run inherits another's state.
 */
async function audit(url: string, reportPath: string): Promise<Run> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: chromiumFlags });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: categories });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} on ${url}`);
    writeFileSync(reportPath, JSON.stringify(lhr));
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      perf: score('performance'),
      a11y: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      bytes: value('total-byte-weight'),
      // The audits that cost points: weighted in a category and scored under 1.
      belowOne: Object.fromEntries(
        Object.values(lhr.categories)
          .flatMap((c) => c.auditRefs.filter((ref) => ref.weight > 0))
          .map((ref): [string, number] => [ref.id, lhr.audits[ref.id]?.score ?? 1])
          .filter(([, score]) => score < 1)
      )
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * Each figure's own median over the runs, so one odd run cannot move the result.
 */
function medianRun(list: Run[]): Run {
  const median = (pick: (r: Run) => number) => {
    const sorted = list.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] as number;
  };
  return {
    perf: median((r) => r.perf),
    a11y: median((r) => r.a11y),
    bestPractices: median((r) => r.bestPractices),
    seo: median((r) => r.seo),
    lcp: median((r) => r.lcp),
    tbt: median((r) => r.tbt),
    cls: median((r) => r.cls),
    bytes: median((r) => r.bytes),
    belowOne: list.reduce((low, r) => {
      for (const [id, score] of Object.entries(r.belowOne)) low[id] = Math.min(low[id] ?? 1, score);
      return low;
    }, {} as Record<string, number>)
  };
}

function slug(label: string): string {
  return label.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'root';
}
