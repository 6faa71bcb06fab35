import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../lib/headers-file';
import { openStreetMapTiles } from '../../src/lib/geo/map/tile-config';
import { parsePolicy } from './content-security-policy';
import { buildHeadersFile } from './headers-plugin';

// The headers check of issue #7, on static/_headers as the build fills it in (stand-in hashes,
// the default map tiles). tests/headers.spec.ts checks the real build/_headers the same way.
const template = readFileSync(new URL('../../static/_headers', import.meta.url), 'utf8');
const tiles = [new URL(openStreetMapTiles.url).origin];
const built = parseHeadersFile(
  buildHeadersFile(template, { scriptHashes: ["'sha256-c2NyaXB0='"], styleHashes: ["'sha256-c3R5bGU='"], mapTiles: tiles, serviceWorkerTiles: tiles })
);
const page = headersFor(built, '/en/plan/');
const csp = parsePolicy(page.get('content-security-policy') ?? '');

describe('static/_headers', () => {
  it('gives every page the Content-Security-Policy: nothing but its own site, the map tiles and data: images', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'sha256-c2NyaXB0='"]); // no 'unsafe-inline', no 'unsafe-eval'
    expect(csp.get('style-src')).toEqual(["'self'", "'sha256-c3R5bGU='"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
    // The tile host only for the service worker, which has no <meta> policy (see the template).
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://tile.openstreetmap.org']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]); // Home's search is a plain form
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('manifest-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('sends the other security headers', () => {
    expect(page.get('referrer-policy')).toBe('no-referrer');
    expect(page.get('x-content-type-options')).toBe('nosniff');
    expect(page.get('permissions-policy')).toBe('geolocation=(self), camera=(), microphone=()');
    expect(page.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(page.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('has the service worker and the manifest checked on every visit, and hashed files kept for a year', () => {
    expect(headersFor(built, '/sw.js').get('cache-control')).toBe('no-cache');
    expect(headersFor(built, '/manifest.webmanifest').get('cache-control')).toBe('no-cache');
    expect(headersFor(built, '/_app/version.json').get('cache-control')).toBe('no-cache');
    expect(headersFor(built, '/_app/immutable/chunks/x.js').get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(page.has('cache-control')).toBe(false); // pages: the hosts' default, revalidated every time
  });

  it('never sets a header twice for one path (the hosts would join the values)', () => {
    for (const path of ['/', '/en/', '/sw.js', '/manifest.webmanifest', '/_app/version.json', '/_app/immutable/x.js']) {
      const names = built.flatMap((rule) => (headersFor([rule], path).size ? rule.headers.map(([n]) => n.toLowerCase()) : []));
      expect(names, path).toEqual([...new Set(names)]);
    }
  });
});
