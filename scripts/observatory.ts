// `npm run observatory [-- <built site folder> | https://your.host/] [--json]`: Mozilla's HTTP
// Observatory (@mdn/mdn-http-observatory) on Onward's home page, and the grade. Default: build/,
// served on this machine over HTTPS with its _headers, as Netlify or Cloudflare Pages would send
// them (scripts/security/local-https-site.ts). Given a URL, it scans what that host really sends
// (needs internet). Fails below A+.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { certificateIn, makeLocalhostCertificate, startLocalHttpsSite } from './security/local-https-site';
import { observatoryScan, type ObservatoryScan } from './security/observatory';

const args = process.argv.slice(2);
const json = args.includes('--json');
const target = args.find((arg) => !arg.startsWith('--')) ?? 'build';

async function scanTarget(): Promise<ObservatoryScan> {
  if (/^https?:\/\//.test(target)) return observatoryScan(new URL(target).hostname);
  if (!existsSync(join(target, 'index.html'))) {
    console.error(`No built site in ${target}/. Run "npm run build" first, or give a built folder or a URL.`);
    process.exit(2);
  }
  const certificate = process.env.ONWARD_TEST_CERTIFICATE;
  if (!certificate) {
    // Node trusts an extra root only if told when it starts: run this script again, trusting it.
    const dir = makeLocalhostCertificate();
    const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, ONWARD_TEST_CERTIFICATE: dir, NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') }
    });
    process.exit(again.status ?? 1);
  }
  const site = await startLocalHttpsSite(target, certificateIn(certificate));
  try {
    return await observatoryScan('localhost', { httpPort: String(site.httpPort), httpsPort: String(site.httpsPort) });
  } finally {
    await site.close();
  }
}

const scan = await scanTarget();
if (json) console.log(JSON.stringify(scan));
else {
  console.log(`Mozilla HTTP Observatory (@mdn/mdn-http-observatory) on ${target}\n`);
  const width = Math.max(...scan.tests.map((t) => t.test.length));
  for (const t of scan.tests) console.log(`${t.pass ? 'pass' : 'FAIL'}  ${t.test.padEnd(width)}  ${(t.modifier > 0 ? `+${t.modifier}` : String(t.modifier)).padStart(3)}  ${t.result}`);
  for (const note of scan.notes) console.log(`Note: ${note}`);
  console.log(`\nScore ${scan.score}, grade ${scan.grade}`);
}
if (scan.grade !== 'A+') process.exit(1);
