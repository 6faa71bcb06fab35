// `npm start`: installs what is missing, builds the site with the built-in sample directory,
// and serves build/ on http://localhost:4173 as any static host would.
import { ensureDependencies, run } from './lib/ensure.js';

ensureDependencies();
run('npx', ['tsx', 'scripts/data/build.ts']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('node', ['scripts/serve.mjs', 'build', '4173']);
