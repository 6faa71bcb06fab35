// What `npm run size` and `npm run perf` record (perf/size.json, perf/lighthouse.json) and the
// tables made from it: one shape serves the terminal and the generated perf/README.md alike.
import { execFileSync } from 'node:child_process';
import type { FirstLoad, LanguagePackTotal, PrecacheTotal } from './first-load';
import type { ModuleShare } from './module-sizes';
import { bytes } from './table';

/** When and on what code figures were measured, so a reader can tell how old they are. */
export type Measured = { date: string; commit: string };

export type SizeFigures = {
  measured?: Measured; // absent in files written before it was recorded
  routes: Record<string, FirstLoad>;
  precache: PrecacheTotal;
  languagePacks: Record<string, LanguagePackTotal>;
  /** Where the biggest routes' first-load JS comes from (absent when the build recorded no module sizes). */
  parts?: Record<string, ModuleShare[]>;
};

/** One Lighthouse run's figures, or their medians over the runs. */
export type LighthouseRun = {
  perf: number;
  a11y: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  tbt: number;
  cls: number;
  bytes: number;
  belowOne: Record<string, number>;
};

export type LighthouseFigures = {
  measured?: Measured;
  lighthouse: string;
  runsPerPage: number;
  medians: Record<string, LighthouseRun>;
  runs: Record<string, LighthouseRun[]>;
};

export type Table = { headers: string[]; rows: (string | number)[][]; notes: string[] };

/**
 * Today's date (UTC) and the commit checked out; `+ changes` when files other than the generated
 * page differ from it, since then the figures are not that commit's.
 */
export function measuredNow(now = new Date()): Measured {
  const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let commit: string;
  try {
    commit = git(['rev-parse', '--short', 'HEAD']);
    if (git(['status', '--porcelain', '--', '.', ':!perf/README.md'])) commit += ' + changes';
  } catch {
    commit = 'unknown commit';
  }
  return { date: now.toISOString().slice(0, 10), commit };
}

/** First-load bytes per route, then the precache and language packs (`npm run size`). */
export function sizeTable(size: SizeFigures): Table {
  return {
    headers: ['route', 'JS gzip', 'JS brotli', 'CSS gzip', 'HTML gzip', 'requests'],
    rows: Object.entries(size.routes).map(([route, r]) => [
      route === '/' ? '/ (before redirect)' : route,
      bytes(r.js.gzip),
      bytes(r.js.brotli),
      bytes(r.css.gzip),
      bytes(r.html.gzip),
      r.requests
    ]),
    notes: [
      'Bytes; gzip -9 / brotli q11 per file. requests = document + scripts + stylesheets.',
      `Precache (sw.js list): ${size.precache.entries} entries, ${bytes(size.precache.raw)} B raw, ${bytes(size.precache.gzip)} B gzip`,
      `Language packs (cached once a phone uses that language): ${Object.entries(size.languagePacks)
        .map(([lang, p]) => `${lang} ${bytes(p.gzip)} B gzip (${p.files} files)`)
        .join(', ')}`
    ]
  };
}

/** Lighthouse medians per page, each beside the floor's (`npm run perf`). */
export function lighthouseTable(lh: LighthouseFigures): Table {
  const base = lh.medians.floor;
  if (!base) throw new Error('Lighthouse figures without the floor: nothing to compare with');
  return {
    headers: ['page', 'perf', 'a11y', 'best-pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'bytes', '÷floor: perf', 'LCP', 'TBT', 'bytes'],
    rows: Object.entries(lh.medians).map(([label, m]) => [
      label,
      m.perf,
      m.a11y,
      m.bestPractices,
      m.seo,
      Math.round(m.lcp),
      Math.round(m.tbt),
      m.cls.toFixed(3),
      bytes(m.bytes),
      ratio(m.perf, base.perf),
      ratio(m.lcp, base.lcp),
      ratio(m.tbt, base.tbt),
      ratio(m.bytes, base.bytes)
    ]),
    notes: [
      `Medians of ${lh.runsPerPage} Lighthouse ${lh.lighthouse} mobile runs (simulated 150 ms RTT, 1.6 Mbps, 4x CPU), served with brotli/gzip.`,
      ...Object.entries(lh.medians).flatMap(([label, m]) => {
        const below = Object.entries(m.belowOne).map(([id, score]) => `${id} ${score}`);
        return below.length ? [`${label}: audits scoring under 1 (lowest over the runs): ${below.join(', ')}`] : [];
      })
    ]
  };
}

/** value ÷ floor. The floor's TBT is usually 0, where a ratio means nothing: show the difference. */
function ratio(value: number, floorValue: number): string {
  if (floorValue === 0) return value === 0 ? '1.00×' : `+${Math.round(value)} (floor 0)`;
  return `${(value / floorValue).toFixed(2)}×`;
}

/** The biggest parts of each measured route's first-load JS, side by side (`npm run size`). */
export function partsTable(parts: Record<string, ModuleShare[]>): Table {
  const routes = Object.keys(parts);
  const depth = Math.max(...routes.map((route) => parts[route]?.length ?? 0));
  return {
    headers: routes,
    rows: Array.from({ length: depth }, (_, i) => routes.map((route) => {
      const part = parts[route]?.[i];
      return part ? `${part.name} ${bytes(part.gzip)}` : '';
    })),
    notes: ['Gzip bytes: each chunk shared among its modules by their own gzip sizes (scripts/lib/module-sizes.ts); words are the JSON message files.']
  };
}
