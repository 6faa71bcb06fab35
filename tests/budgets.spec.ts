import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureFirstLoad } from '../scripts/lib/first-load.js';

// `npm test` fails here when a route's first-load JavaScript grows past its budget in
// perf/budgets.json. Bytes are gzip -9 of the built files each route requests (see first-load.js).
const buildDir = fileURLToPath(new URL('../build', import.meta.url));
const budgets: { firstLoadJsGzipBytes: Record<string, number> } = JSON.parse(
  readFileSync(new URL('../perf/budgets.json', import.meta.url), 'utf8')
);

// Blocked, so the page's own requests are all there is (no precache, no worker answering).
test.use({ serviceWorkers: 'block' });

for (const [route, budget] of Object.entries(budgets.firstLoadJsGzipBytes)) {
  test(`first-load JS budget: ${route} ships at most ${budget} bytes of gzip JS`, async ({ page }) => {
    const { js } = await measureFirstLoad(page, route, buildDir);
    // A measurement that found no scripts would pass any budget: make sure it saw the real app
    // (a budget of 0 would say the route must load no JavaScript at all).
    if (budget === 0) expect(js.files, 'scripts requested').toEqual([]);
    else expect(js.files.length, 'scripts requested').toBeGreaterThan(0);
    expect(js.gzip, `JS gzip on ${route}; files:\n${js.files.join('\n')}`).toBeLessThanOrEqual(budget);
  });
}
