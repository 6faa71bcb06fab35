import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterSiteWritten } from '../lib/after-site-written';
import { fillPolicy, hashesOf, metaPolicies, parsePolicy, policyTemplate, tileConfigFor, tileImageSources } from './content-security-policy';

/** Cloudflare Pages ignores `_headers` lines longer than this. */
export const maxHeaderLine = 2000;

/** Every .html file under dir (the prerendered pages and the 200.html fallback). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The hashes the built pages' own <meta> policies allow: SvelteKit put them there, one page at a
 * time. A page with inline content but no <meta> policy would be a build gone wrong.
 */
export function pageHashes(dir: string): { scriptHashes: string[]; styleHashes: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of htmlFiles(dir)) {
    const policies = metaPolicies(readFileSync(file, 'utf8'));
    if (!policies.length) throw new Error(`${file} has no Content-Security-Policy <meta> tag (is kit.csp set?)`);
    for (const policy of policies.map(parsePolicy)) {
      hashesOf(policy, 'script-src').forEach((h) => scripts.add(h));
      hashesOf(policy, 'style-src').forEach((h) => styles.add(h));
    }
  }
  return { scriptHashes: [...scripts].sort(), styleHashes: [...styles].sort() };
}

/** static/_headers with its Content-Security-Policy filled in for this build. */
export function buildHeadersFile(template: string, fill: Parameters<typeof fillPolicy>[1]): string {
  const policy = policyTemplate(template);
  const out = `# Written by \`npm run build\` from static/_headers: edit that file, not this one.\n${template.replace(policy, () => fillPolicy(policy, fill))}`;
  const long = out.split('\n').find((line) => line.length > maxHeaderLine);
  if (long) throw new Error(`build/_headers: a line of ${long.length} characters (Cloudflare Pages ignores lines over ${maxHeaderLine})`);
  return out;
}

/**
 * Writes build/_headers after SvelteKit's adapter has written the site: the static/_headers
 * template (copied there by the adapter) with every page's hashes and this build's tile host.
 */
export function securityHeadersPlugin(): Plugin {
  return afterSiteWritten('onward-security-headers', ({ dir, root, mode }) => {
    const template = readFileSync(join(root, 'static/_headers'), 'utf8');
    const tiles = tileImageSources(tileConfigFor(mode, root));
    const fill = { ...pageHashes(dir), mapTiles: tiles, serviceWorkerTiles: tiles };
    writeFileSync(join(dir, '_headers'), buildHeadersFile(template, fill));
  });
}
