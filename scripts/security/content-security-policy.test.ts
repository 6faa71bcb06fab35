import { describe, expect, it } from 'vitest';
import { openStreetMapTiles } from '../../src/lib/geo/map/tile-config';
import { fillPolicy, formatPolicy, kitDirectives, metaPolicies, parsePolicy, tileImageSources } from './content-security-policy';

const template =
  "default-src 'self'; script-src 'self' {script-hashes}; style-src 'self' {style-hashes}; img-src 'self' data: {map-tiles}; connect-src 'self' {service-worker-tiles}; frame-ancestors 'none'";
const fill = {
  scriptHashes: ["'sha256-b='", "'sha256-a='", "'sha256-a='"],
  styleHashes: [],
  mapTiles: ['https://tile.openstreetmap.org'],
  serviceWorkerTiles: ['https://tile.openstreetmap.org']
};

describe('fillPolicy', () => {
  it('fills in the hashes (sorted, once each) and the tile host; an empty list leaves nothing behind', () => {
    expect(fillPolicy(template, fill)).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self' https://tile.openstreetmap.org; frame-ancestors 'none'"
    );
  });

  it('refuses a placeholder it does not know, rather than ship it', () => {
    expect(() => fillPolicy("script-src 'self' {scripts}", fill)).toThrow(/\{scripts\}/);
  });
});

describe('kitDirectives', () => {
  it('gives Kit the same policy, unquoted, without hashes and without the worker-only tile host', () => {
    expect(kitDirectives(template, ['https://tile.openstreetmap.org'])).toEqual({
      'default-src': ['self'],
      'script-src': ['self'],
      'style-src': ['self'],
      'img-src': ['self', 'data:', 'https://tile.openstreetmap.org'],
      'connect-src': ['self'],
      'frame-ancestors': ['none']
    });
  });
});

describe('tileImageSources', () => {
  it('is the tile URL origin; with {s}, each of the subdomains Leaflet uses', () => {
    expect(tileImageSources(openStreetMapTiles)).toEqual(['https://tile.openstreetmap.org']);
    expect(tileImageSources({ ...openStreetMapTiles, url: 'https://{s}.tiles.example.org/{z}/{x}/{y}{r}.png' })).toEqual([
      'https://a.tiles.example.org',
      'https://b.tiles.example.org',
      'https://c.tiles.example.org'
    ]);
    expect(tileImageSources(null)).toEqual([]);
  });
});

describe('parsePolicy and metaPolicies', () => {
  it('reads the policy of a <meta> tag, entities and all; the first of a repeated directive wins', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;; script-src *; img-src &#39;self&#39; data:"></head>`;
    const [policy] = metaPolicies(html);
    expect(formatPolicy(parsePolicy(policy!))).toBe("script-src 'self'; img-src 'self' data:");
  });
});
