// `npm test`: installs what is missing, then runs every test (scripts/test-all.ts).
// Plain JavaScript, not TypeScript like the other scripts: it runs on a fresh clone, before
// `npm ci` has installed tsx, so it does only the install and hands over to tsx.
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './lib/ensure.js';

ensureDependencies();
// Not ensure.js's run(): its failure line would come after the "N passed, M failed" line CI reads.
const { status } = spawnSync('npx', ['tsx', 'scripts/test-all.ts'], { stdio: 'inherit' });
process.exit(status ?? 1);
