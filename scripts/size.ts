// `npm run size`: what each route makes a first-time visitor download, and what the service worker
// precaches. Writes perf/size.json and rewrites perf/README.md. The budgets in perf/budgets.json
// are checked by `npm test` (tests/budgets.spec.ts), not here.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { compressedSizes, languagePackTotals, measureFirstLoad, precacheTotal, type FirstLoad } from './lib/first-load';
import { firstLoadShares, type ChunkModules, type ModuleShare } from './lib/module-sizes';
import { moduleSizesFile } from './lib/module-sizes-plugin';
import { onFreePort } from './lib/free-port';
import { measuredNow, partsTable, sizeTable, type SizeFigures } from './lib/perf-figures';
import { writePerfReadme } from './lib/perf-readme';
import { startStaticServer } from './lib/static-server';
import { formatTable } from './lib/table';

// Paths below are relative to the repository, wherever the script is started from.
const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const buildDir = 'build';
// `/` only redirects (its one small script) to the chosen language. Its figure is what it asks for
// before leaving: measureFirstLoad stops counting at the redirect, which leaves the root
// document's modulepreloads. Most are aborted mid-flight and fetched again by /en/, so this is an
// upper bound on what `/` itself costs, not a page that ever runs.
const routes = ['/en/', '/en/find/?c=housing&near=Leeds', '/en/service/demo-leeds-alcohol-drug-advice/', '/en/plan/', '/en/overdose/', '/en/overdose/now/', '/en/more/', '/en/more/staying-safe/', '/fr/', '/'];

if (!existsSync(`${buildDir}/index.html`) || !existsSync(`${buildDir}/sw.js`)) {
  console.error(`No built site in ${buildDir}/. Run "npm run build" first.`);
  process.exit(2);
}

const server = await onFreePort(4180, (port) => startStaticServer({ root: buildDir, port }));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
const results: Record<string, FirstLoad> = {};
try {
  for (const route of routes) {
    // A fresh context per route: an empty HTTP cache, as on a first visit.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    results[route] = await measureFirstLoad(await context.newPage(), server.url + route, buildDir);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
/** The app pages' biggest parts, when this build recorded its modules (scripts/lib/module-sizes-plugin.ts). */
function firstLoadParts(): Record<string, ModuleShare[]> | undefined {
  if (!existsSync(moduleSizesFile)) return undefined;
  const chunks = JSON.parse(readFileSync(moduleSizesFile, 'utf8')) as ChunkModules;
  const appPages = ['/en/find/?c=housing&near=Leeds', '/en/service/demo-leeds-alcohol-drug-advice/', '/en/plan/', '/en/more/'];
  return Object.fromEntries(
    appPages.map((route) => {
      const files = Object.fromEntries((results[route]?.js.files ?? []).map((file) => [file, compressedSizes(readFileSync(`${buildDir}${file}`)).gzip]));
      return [route, firstLoadShares(files, chunks)];
    })
  );
}

const figures: SizeFigures = {
  measured: measuredNow(),
  routes: results,
  precache: precacheTotal(buildDir),
  languagePacks: languagePackTotals(buildDir),
  parts: firstLoadParts()
};

const table = sizeTable(figures);
console.log(formatTable(table.headers, table.rows));
for (const note of table.notes) console.log(note);
if (figures.parts) {
  const parts = partsTable(figures.parts);
  console.log(`\nWhere first-load JS goes\n${formatTable(parts.headers, parts.rows)}`);
  for (const note of parts.notes) console.log(note);
}

mkdirSync('perf', { recursive: true });
writeFileSync('perf/size.json', `${JSON.stringify(figures, null, 2)}\n`);
console.log('Wrote perf/size.json');
writePerfReadme(root, 'npm run size');
