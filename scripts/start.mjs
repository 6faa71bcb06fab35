// `npm start`: installs what is missing, builds the site with the built-in sample directory,
// and serves build/ on http://localhost:4173 as any static host would.
// Plain JavaScript, not TypeScript like the other scripts: it runs on a fresh clone, before
// `npm ci` has installed tsx; every step after the install is a TypeScript script run by tsx.
import { ensureDependencies, run } from './lib/ensure.js';

ensureDependencies();
run('npx', ['tsx', 'scripts/data/build.ts']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsx', 'scripts/serve.ts', 'build', '4173']);
