// `npm run build:deploy [-- --allow-demo]`: builds the site for a real host. The data build refuses
// datasets holding demo records (data/demo.json) unless --allow-demo asks for a demo site; then the
// site is built as `npm run build` builds it. A script, not an npm one-liner, because npm adds
// arguments after the last command, and --allow-demo belongs to the data build.
import { run } from './lib/ensure.js';

const unknown = process.argv.slice(2).filter((a) => a !== '--allow-demo');
if (unknown.length) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run build:deploy [-- --allow-demo]`);
  process.exit(2);
}
run('npx', ['tsx', 'scripts/data/build.ts', '--deploy', ...process.argv.slice(2)]);
run('npx', ['vite', 'build']);
