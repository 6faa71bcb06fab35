// `npm run perf:search` (also run by `npm run perf`): how long Find help takes to show new
// results after a keystroke or a filter tap, in Chromium, on big synthetic directories.
// Issue #4 budgets: p95 <= 16 ms (one frame) over 10,000 services with the CPU slowed 4x, and
// <= 50 ms over 50,000 unthrottled. It builds one copy of the app (build-search/, no service
// pages) whose /find loads the whole directory, puts each synthetic directory in it, then
// measures two things in the page for every change:
//   - search: the search itself (the app's `onward:search` User Timing measure);
//   - on screen: from the input event to the new result cards painted (search + Svelte's DOM
//     update + style, layout and paint of the next frame), because that is what a person waits
//     for. The wait for the display's next frame is left out: it is not the app's work, and on
//     a 60 Hz screen it alone can take 16 ms.
//   Both are checked against the budget (issue #18: the search function alone was not enough).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { startStaticServer } from './lib/static-server';
import { formatTable } from './lib/table';

const cases = [
  { services: 10_000, cpu: 4, budgetP95: 16 },
  { services: 50_000, cpu: 1, budgetP95: 50 }
];
// What people type, a letter at a time, and the filters they tap.
const words = ['hostel', 'food bank', 'drug', 'naloxone', 'gp', 'benefits', 'detox', 'night shelter', 'probation', 'peer'];

const run = (cmd: string, args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
};

const rows: (string | number)[][] = [];
let failed = false;
const out = 'build-search';
try {
  // One build of the app whose Find help loads the whole directory even when it is big; each
  // synthetic directory is then compiled straight into its copy (the app reads /directory/ at
  // run time), which is much faster than building the app once per size.
  console.log(`Building the app → ${out}/ …`);
  run('npx', ['tsx', 'scripts/data/build.ts']);
  run('npx', ['vite', 'build', '--logLevel', 'warn'], {
    ONWARD_OUT: out,
    ONWARD_SKIP_SERVICE_PAGES: '1',
    ONWARD_WHOLE_DIRECTORY_UP_TO: String(Math.max(...cases.map((c) => c.services)) + 1000)
  });
  for (const c of cases) {
    const synth = `.scratch/synth-${c.services}-1.json`;
    console.log(`\n${c.services} synthetic services …`);
    run('npx', ['tsx', 'scripts/data/synth.ts', '--services', String(c.services), '--seed', '1', '--out', synth]);
    rmSync(`${out}/directory`, { recursive: true, force: true });
    run('npx', ['tsx', 'scripts/data/build.ts', synth, 'data/national.json'], { ONWARD_DIRECTORY_OUT: `${out}/directory`, ONWARD_GEO_OUT: `${out}/geo` });
    const timings = await measure(out, c.cpu);
    const stat = (list: number[]) => {
      const s = [...list].sort((a, b) => a - b);
      return { median: s[Math.floor(s.length / 2)] ?? NaN, p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] ?? NaN, n: s.length };
    };
    for (const [kind, { search, screen }] of Object.entries(timings)) {
      const s = stat(search);
      const e = stat(screen);
      const ok = s.p95 <= c.budgetP95 && e.p95 <= c.budgetP95;
      failed ||= !ok;
      const row = [c.services, `${c.cpu}x`, kind, s.n, s.median.toFixed(1), s.p95.toFixed(1), `${c.budgetP95}`, ok ? 'ok' : 'OVER', e.median.toFixed(1), e.p95.toFixed(1)];
      console.log(row.join('  '));
      rows.push(row);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(`\n${formatTable(['services', 'CPU', 'change', 'n', 'search median ms', 'search p95 ms', 'budget p95', '', 'on screen median ms', 'on screen p95 ms'], rows)}`);
console.log('search: the app\'s onward:search User Timing measure. on screen: from the input/change event to the new results painted, without the wait for the display\'s next frame (performance.now() in the page). Both must be within the budget.');
process.exit(failed ? 1 : 0);

type Timings = { search: number[]; screen: number[] };

async function measure(dir: string, cpu: number): Promise<Record<'keystroke' | 'filter', Timings>> {
  const server = await startStaticServer({ root: dir, port: 4290 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  try {
    // No service worker: its precache list names the sample directory's files, not these.
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    // A place, as a person searching would give: results are sorted by distance from it.
    await page.goto(`${server.url}/en/find/?near=52.48,-1.90`);
    await page.locator('main[data-hydrated="true"]').waitFor();
    await page.getByTestId('results').waitFor({ timeout: 120_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    // tsx keeps function names with a `__name` helper the page does not have.
    await page.evaluate('globalThis.__name = (f) => f');
    return await page.evaluate(async ({ words, measureName }) => {
      const input = document.getElementById('find-text') as HTMLInputElement;
      /** Resolves in the next task: a MessageChannel message, without setTimeout's clamping. */
      const nextTask = () =>
        new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        });
      /**
       * Times one change to its painted frame: the event handler, the search and Svelte's DOM
       * update (microtasks after the event, so done by the next task), then the frame: from its
       * animation-frame callback to the task after it, which runs once style, layout and paint of
       * that frame are done. The idle wait between the two, for the display's next frame, is not
       * counted.
       */
      const timed = async (act: () => void, into: Timings) => {
        performance.clearMeasures(measureName);
        const start = performance.now();
        act();
        await nextTask();
        const updated = performance.now();
        const frameStart = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
        await nextTask();
        into.screen.push(updated - start + (performance.now() - frameStart));
        const search = performance.getEntriesByName(measureName).at(-1);
        if (search) into.search.push(search.duration);
      };
      const keystroke: Timings = { search: [], screen: [] };
      const filter: Timings = { search: [], screen: [] };
      for (const word of words) {
        for (let i = 1; i <= word.length; i++) {
          await timed(() => {
            input.value = word.slice(0, i);
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }, keystroke);
          await new Promise((r) => setTimeout(r, 20));
        }
        const open = document.querySelector('input[type="checkbox"]') as HTMLInputElement;
        await timed(() => open.click(), filter);
        await new Promise((r) => setTimeout(r, 20));
        await timed(() => open.click(), filter);
        await new Promise((r) => setTimeout(r, 20));
      }
      return { keystroke, filter };
    }, { words, measureName: 'onward:search' });
  } finally {
    await browser.close();
    await server.close();
  }
}
