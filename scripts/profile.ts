// `npm run profile -- [path] [selector]`: where a page's main-thread time goes as it opens on a
// slow phone (issue #18: "profile Find help with results … measure first, then change").
// Builds the app with source maps into build-profile/, opens the page in Chromium with the CPU
// slowed 4x (Lighthouse's mobile setting), samples the JavaScript while it opens until
// `selector` shows, and prints, over RUNS runs (default 3):
//   - each long task (over 50 ms at 4x: what Total Blocking Time counts) with its start, length
//     and the source lines that took most of it;
//   - the costs summed over all long tasks, by source function (self time), so one odd run
//     cannot hide or make up a cost.
// Time outside JavaScript (style, layout, paint, parsing HTML) shows as "(program)".
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { run } from './lib/ensure.js';
import { startStaticServer } from './lib/static-server';

const path = process.argv[2] ?? '/en/find/?c=housing&near=Leeds';
const selector = process.argv[3] ?? '[data-testid=results] li';
const RUNS = Number(process.env.RUNS) || 3;
const CPU = 4;
const out = 'build-profile';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } } };

const maps = new Map<string, SourceMapConsumer | undefined>();
/** "function@file:line" in the source, from the build's hidden source maps. */
function where({ functionName, url, lineNumber, columnNumber }: Node['callFrame']): string {
  const file = url.match(/\/_app\/(.+\.js)$/)?.[1];
  if (!file) return functionName || (url ? new URL(url).pathname : '(program)');
  const mapFile = `${out}/_app/${file}.map`;
  if (!maps.has(mapFile)) maps.set(mapFile, existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
  const at = maps.get(mapFile)?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
  if (!at?.source) return `${functionName || '(anonymous)'} ${file}`;
  const source = at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
  return `${at.name ?? functionName ?? ''}@${source}:${at.line}`;
}

const total = new Map<string, number>();
let runsDone = 0;
try {
  console.log(`Building the app with source maps → ${out}/ …`);
  run('npx', ['tsx', 'scripts/data/build.ts']);
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { ONWARD_OUT: out, ONWARD_SOURCEMAP: '1' });
  const server = await startStaticServer({ root: out, port: 4291 });
  try {
    for (let i = 1; i <= RUNS; i++) {
      console.log(`\nRun ${i}: ${path} at ${CPU}x CPU, until ${selector} shows`);
      for (const line of await profileOnce(`${server.url}${path}`)) console.log(line);
      runsDone++;
    }
  } finally {
    await server.close();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`\nSelf time in long tasks, by source function, summed over ${runsDone} runs (ms at ${CPU}x CPU):`);
for (const [name, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(ms / runsDone).toFixed(0).padStart(6)} a run  ${name}`);

async function profileOnce(url: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url);
    await page.locator(selector).first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    return longTasks(trace.traceEvents, profile);
  } finally {
    await browser.close();
  }
}

function longTasks(events: TraceEvent[], profile: Profile): string[] {
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // The page's own navigation (the browser also starts one for about:blank).
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http'))?.ts ?? 0;
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 50_000 && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  // Each sample's time is the gap to the next one; samples and trace share one clock (µs).
  const samples: { at: number; node: number; us: number }[] = [];
  let at = profile.startTime;
  profile.samples.forEach((node, i) => {
    at += profile.timeDeltas[i] ?? 0;
    samples.push({ at, node, us: profile.timeDeltas[i + 1] ?? 0 });
  });
  const lines: string[] = [];
  let blocking = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    blocking += (task.dur ?? 0) / 1000 - 50;
    const self = new Map<string, number>();
    for (const s of samples) {
      if (s.at < task.ts || s.at > end) continue;
      const frame = frames.get(s.node);
      const name = frame ? where(frame) : '?';
      if (name === '(idle)') continue;
      self.set(name, (self.get(name) ?? 0) + s.us / 1000);
      total.set(name, (total.get(name) ?? 0) + s.us / 1000);
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, ms]) => `${n} ${ms.toFixed(0)}`);
    lines.push(`  long task at ${((task.ts - navigation) / 1000).toFixed(0).padStart(5)} ms, ${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms: ${top.join(' | ')}`);
  }
  lines.push(`  blocking time (each long task over 50 ms, from navigation): ${blocking.toFixed(0)} ms`);
  return lines;
}
