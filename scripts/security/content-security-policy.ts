/**
 * Onward's Content-Security-Policy, from its one source: the `/*` rule of static/_headers. The
 * same text becomes SvelteKit's `kit.csp` (a <meta> tag in every prerendered page, with that
 * page's hashes) and the header in build/_headers (with every page's hashes: a browser enforces
 * both policies, so the header must allow what any page's <meta> allows). Pure, except the two
 * loaders at the end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnv } from 'vite';
import { parseHeadersFile } from '../lib/headers-file';
import { readTileConfig, type TileConfig } from '../../src/lib/geo/map/tile-config';

/** Directive name → sources, in the order written. Sources keep their quotes (`'self'`). */
export type Policy = Map<string, string[]>;

/** What only the build knows, filled into the template's `{…}` placeholders. */
export interface PolicyFill {
  /** `'sha256-…'` of every inline script SvelteKit writes. */
  scriptHashes: readonly string[];
  /** `'sha256-…'` of every inline <style> block SvelteKit writes. */
  styleHashes: readonly string[];
  /** Where map pictures come from (tileImageSources). */
  mapTiles: readonly string[];
  /**
   * The same, for connect-src of the header only: the service worker fetches the tiles it caches,
   * and a worker's fetch() is checked against connect-src of the policy its script came with.
   */
  serviceWorkerTiles: readonly string[];
}

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // A repeated directive is ignored by browsers (the first wins), so it is here too.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The Content-Security-Policy template of static/_headers (its `/*` rule). */
export function policyTemplate(headersFile: string): string {
  const all = parseHeadersFile(headersFile).find((rule) => rule.pattern === '/*');
  const csp = all?.headers.find(([name]) => name.toLowerCase() === 'content-security-policy');
  if (!csp) throw new Error('static/_headers: the /* rule has no Content-Security-Policy');
  return csp[1];
}

const placeholders = {
  '{script-hashes}': 'scriptHashes',
  '{style-hashes}': 'styleHashes',
  '{map-tiles}': 'mapTiles',
  '{service-worker-tiles}': 'serviceWorkerTiles'
} as const;

/** The template with the build's hashes and tile host filled in. */
export function fillPolicy(template: string, fill: PolicyFill): string {
  const filled = template.replace(/\{[^}]*\}/g, (placeholder) => {
    const key = placeholders[placeholder as keyof typeof placeholders];
    if (!key) throw new Error(`Content-Security-Policy template: unknown placeholder ${placeholder}`);
    return [...new Set(fill[key])].sort().join(' ');
  });
  return formatPolicy(parsePolicy(filled));
}

/**
 * The policy as SvelteKit's `kit.csp.directives` take it, for the pages' <meta> tags: without
 * hashes (Kit adds each page's own), without the service worker's tile hosts (pages enforce the
 * header AND this, so their connect-src stays 'self'), and with sources unquoted (Kit quotes
 * keywords and hashes itself).
 */
export function kitDirectives(template: string, mapTiles: readonly string[]): Record<string, string[]> {
  const policy = parsePolicy(fillPolicy(template, { scriptHashes: [], styleHashes: [], mapTiles, serviceWorkerTiles: [] }));
  return Object.fromEntries([...policy].map(([name, sources]) => [name, sources.map((s) => s.replace(/^'(.*)'$/, '$1'))]));
}

/**
 * The origins map pictures come from, for img-src: the tile URL's origin, once per subdomain when
 * it has Leaflet's `{s}` (Leaflet's default subdomains a, b and c; leaflet-map.ts sets no others).
 * Named hosts, not a `*.` wildcard, so no other host of the provider's domain is allowed.
 */
export function tileImageSources(tiles: TileConfig | null): string[] {
  if (!tiles) return [];
  const origins = ['a', 'b', 'c'].map((s) => new URL(tiles.url.replaceAll('{s}', s).replace(/\{[xyzr]\}/g, '0')).origin);
  return [...new Set(origins)];
}

/** Every policy a built page carries in `<meta http-equiv="content-security-policy">`. */
export function metaPolicies(html: string): string[] {
  const tags = html.match(/<meta\b[^>]*http-equiv=["']?content-security-policy["']?[^>]*>/gi) ?? [];
  return tags.map((tag) => {
    const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    return decodeEntities(content?.[1] ?? content?.[2] ?? '');
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The `'sha256-…'` sources of one directive. */
export function hashesOf(policy: Policy, directive: string): string[] {
  return (policy.get(directive) ?? []).filter((source) => /^'sha(256|384|512)-/.test(source));
}

/** This build's tile settings (.env and the environment, as Vite reads them for `mode`). */
export function tileConfigFor(mode: string, envDir = process.cwd()): TileConfig | null {
  const env = loadEnv(mode, envDir, 'PUBLIC_MAP_');
  return readTileConfig({ url: env.PUBLIC_MAP_TILE_URL, attribution: env.PUBLIC_MAP_ATTRIBUTION, attributionUrl: env.PUBLIC_MAP_ATTRIBUTION_URL }).config;
}

/** `kit.csp` for svelte.config.js: hash mode (every page is prerendered), directives from static/_headers. */
export function kitContentSecurityPolicy(root = process.cwd()): { mode: 'hash'; directives: Record<string, string[]> } {
  const template = policyTemplate(readFileSync(join(root, 'static/_headers'), 'utf8'));
  // Kit reads its config before Vite knows the mode; the tile settings live in .env either way.
  const mode = process.env.NODE_ENV === 'development' ? 'development' : 'production';
  return { mode: 'hash', directives: kitDirectives(template, tileImageSources(tileConfigFor(mode, root))) };
}
