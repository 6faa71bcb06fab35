/**
 * Mozilla's HTTP Observatory (@mdn/mdn-http-observatory, MPL-2.0): its own retriever, analyzer
 * tests and grader. Its `scan(hostname)` reads only ports 80 and 443 of a public host, so a site
 * on this machine is retrieved with the ports of its local servers (`retrieve` takes them) and
 * graded here exactly as `scan` grades (its src/scanner/index.js).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { retrieve, type RetrieveOptions } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';
import { ALL_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { getGradeForScore, getScoreDescription, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';

export type ObservatoryTest = { test: string; result: string; pass: boolean; modifier: number; description: string };
export type ObservatoryScan = { score: number; grade: string; tests: ObservatoryTest[]; notes: string[] };

const packageDir = dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));
const preloadList = join(packageDir, 'conf', 'hsts-preload.json');

/**
 * The package reads Chromium's HSTS preload list from conf/hsts-preload.json, which its
 * postinstall downloads. Installs here skip install scripts (.npmrc: these machines have no
 * internet, and no package should run code at install), so an empty list stands in when there is
 * none. The list only lets a host that browsers already force to HTTPS pass without its own
 * redirect; localhost is never on it, so a local scan's grade does not depend on it.
 */
function usePreloadList(): string[] {
  if (existsSync(preloadList) && readFileSync(preloadList, 'utf8').trim() !== '{}') return [];
  writeFileSync(preloadList, '{}');
  return ['Scored without the HSTS preload list (it is downloaded by `npm explore @mdn/mdn-http-observatory -- npm run updateHsts`, online).'];
}

/** Retrieves a host (its http and https addresses, ports as given) and grades it as the Observatory's scan does. */
export async function observatoryScan(hostname: string, options: RetrieveOptions = {}): Promise<ObservatoryScan> {
  const notes = usePreloadList();
  const requests = await retrieve(hostname, options);
  const status = requests.responses.auto?.status;
  if (status === undefined) throw new Error(`${hostname} did not answer.`);
  if (status < 200 || (status >= 400 && ![401, 403].includes(status))) throw new Error(`${hostname} answered with HTTP ${status}.`);

  let withExtraCredit = 100;
  let uncurved = 100;
  const tests = ALL_TESTS.map((run): ObservatoryTest => {
    const output = run(requests);
    const result = output.result ?? '';
    const modifier = result ? getScoreModifier(result) : 0;
    withExtraCredit += modifier;
    if (modifier < 0) uncurved += modifier;
    return { test: output.constructor.name, result, pass: !!output.pass, modifier, description: result ? getScoreDescription(result) : '' };
  });
  // Bonuses count only for a site that already has an A without them.
  const { score, grade } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
  return { score, grade, tests, notes };
}
