// Serves a built site on localhost: `npx tsx scripts/serve.ts [dir] [port]` (default build/ on 4173).
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server';

const [dir = 'build', port = '4173'] = process.argv.slice(2);
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No built site in ${dir}/. Run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}
const server = await startStaticServer({ root: dir, port: Number(port), host: 'localhost' });
console.log(`Onward is running at ${server.url}/  (Ctrl+C to stop)`);
