import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFor, parseHeadersFile } from '../scripts/lib/headers-file';
import { metaPolicies, parsePolicy, type Policy } from '../scripts/security/content-security-policy';
import { maxHeaderLine } from '../scripts/security/headers-plugin';
import type { ObservatoryScan } from '../scripts/security/observatory';

// The headers check on the real build (no browser): build/_headers as the build wrote it, against
// the pages it will be sent with. scripts/security/headers.test.ts checks static/_headers.

const buildDir = fileURLToPath(new URL('../build', import.meta.url));
const headersFile = readFileSync(join(buildDir, '_headers'), 'utf8');
const rules = parseHeadersFile(headersFile);
const header = parsePolicy(headersFor(rules, '/').get('content-security-policy') ?? '');
const pages = readdirSync(buildDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('build/_headers is filled in and fits Cloudflare Pages', () => {
  const rulesText = headersFile.split('\n').filter((line) => !line.trim().startsWith('#'));
  expect(rulesText.join('\n')).not.toMatch(/\{[a-z-]+\}/); // every placeholder filled
  expect(headersFile.split('\n').every((line) => line.length <= maxHeaderLine)).toBe(true);
  expect(header.get('script-src')?.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0);
  expect(header.get('script-src')).not.toContain("'unsafe-inline'");
  expect(header.get('script-src')).not.toContain("'unsafe-eval'");
  expect(header.get('frame-ancestors')).toEqual(["'none'"]);
});

/** Mozilla's HTTP Observatory on a built site served over HTTPS on this machine (`npm run observatory`). */
function observatory(dir: string): ObservatoryScan {
  const run = spawnSync('npx', ['tsx', 'scripts/observatory.ts', dir, '--json'], { encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`npm run observatory printed no result:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(line) as ObservatoryScan;
}

test('the HTTP Observatory (its own tests and grader) gives the built site A+, every test passed', () => {
  test.setTimeout(120_000);
  const scan = observatory(buildDir);
  expect(scan.tests.filter((t) => !t.pass)).toEqual([]);
  expect(scan.tests.map((t) => t.test)).toContain('content-security-policy');
  expect(scan.tests.find((t) => t.test === 'redirection')?.result).toBe('redirection-to-https');
  expect(scan.grade).toBe('A+');
});

test('the HTTP Observatory marks a site down when its headers are missing (this check can fail)', () => {
  test.setTimeout(120_000);
  const weak = mkdtempSync(join(tmpdir(), 'onward-weak-site-'));
  writeFileSync(join(weak, 'index.html'), '<!doctype html><title>Weak</title><p>No headers');
  writeFileSync(join(weak, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  const scan = observatory(weak);
  expect(scan.tests.find((t) => t.test === 'content-security-policy')?.result).toBe('csp-not-implemented');
  expect(scan.tests.find((t) => t.test === 'strict-transport-security')?.result).toBe('hsts-not-implemented');
  expect(scan.grade).not.toMatch(/^A/);
});

test('every page: its inline scripts and styles are hashed in its <meta> policy, which the header allows too', () => {
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const name = file.slice(buildDir.length);
    const metas = metaPolicies(html);
    if (metas.length !== 1) {
      problems.push(`${name}: ${metas.length} <meta> policies`);
      continue;
    }
    const meta: Policy = parsePolicy(metas[0]!);
    for (const [, attrs, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attrs!) || /type="application\/json"/.test(attrs!)) continue;
      if (!meta.get('script-src')?.includes(sha256(code!))) problems.push(`${name}: an inline script its policy does not allow`);
    }
    for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
      if (!meta.get('style-src')?.includes(sha256(css!))) problems.push(`${name}: a <style> block its policy does not allow`);
    // Code in attributes never runs under this policy: there must be none.
    if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) problems.push(`${name}: an inline event handler`);
    if (/\b(href|src|action)\s*=\s*["']?\s*javascript:/i.test(html)) problems.push(`${name}: a javascript: URL`);

    // The browser enforces the header and the <meta> policy: the header must allow at least as much.
    for (const [directive, sources] of meta) {
      const allowed = header.get(directive) ?? [];
      const missing = sources.filter((s) => !allowed.includes(s));
      if (missing.length) problems.push(`${name}: ${directive} ${missing.join(' ')} is not in the header`);
      // ...and no more than the meta allows, except what only the service worker needs.
      const extra = allowed.filter((s) => !sources.includes(s) && !s.startsWith("'sha256-"));
      if (extra.length && directive !== 'connect-src') problems.push(`${name}: the header's ${directive} also allows ${extra.join(' ')}`);
    }
  }
  expect(problems).toEqual([]);
});
