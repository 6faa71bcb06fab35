// `npm run observatory [-- <_headers file or https URL>]`: scores the headers Onward's home page
// gets with Mozilla's HTTP Observatory rules (scripts/security/observatory.ts) and prints the
// grade. Default: build/_headers, as Netlify or Cloudflare Pages would send it for `/`. Given a
// URL (a deployed site), it scores what that host really sends. Fails below A+.
import { existsSync, readFileSync } from 'node:fs';
import { headersFor, parseHeadersFile } from './lib/headers-file';
import { observatoryScore } from './security/observatory';

const target = process.argv[2] ?? 'build/_headers';

async function headersOf(where: string): Promise<Map<string, string>> {
  if (/^https?:\/\//.test(where)) {
    const response = await fetch(where, { redirect: 'follow' });
    return new Map([...response.headers].map(([name, value]) => [name.toLowerCase(), value]));
  }
  if (!existsSync(where)) {
    console.error(`No ${where}. Run "npm run build" first, or give a _headers file or a URL.`);
    process.exit(2);
  }
  return headersFor(parseHeadersFile(readFileSync(where, 'utf8')), '/');
}

const { score, grade, results, notes } = observatoryScore(await headersOf(target));
console.log(`HTTP Observatory rules, headers for / from ${target}\n`);
const width = Math.max(...results.map((r) => r.test.length));
for (const r of results) console.log(`${r.test.padEnd(width)}  ${(r.modifier > 0 ? `+${r.modifier}` : String(r.modifier)).padStart(3)}  ${r.result}`);
for (const note of notes) console.log(`Note: ${note}`);
console.log(`\nScore ${score}, grade ${grade}`);
if (grade !== 'A+') process.exit(1);
