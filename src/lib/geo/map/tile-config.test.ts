import { describe, expect, it } from 'vitest';
import { isTileTemplate, openStreetMapTiles, readTileConfig } from './tile-config';

describe('readTileConfig', () => {
  it('uses OpenStreetMap, with its credit, when nothing is set', () => {
    expect(readTileConfig({})).toEqual({ config: openStreetMapTiles, problems: [] });
    expect(readTileConfig({ url: ' ', attribution: '', attributionUrl: '' }).config).toBe(openStreetMapTiles);
    expect(openStreetMapTiles.attribution).toContain('OpenStreetMap');
    expect(isTileTemplate(openStreetMapTiles.url)).toBe(true);
  });

  it('takes another provider when all three settings are valid', () => {
    const settings = { url: 'https://{s}.tiles.example.org/{z}/{x}/{y}{r}.png', attribution: '© Example Maps', attributionUrl: 'https://example.org/credits' };
    expect(readTileConfig(settings)).toEqual({ config: settings, problems: [] });
  });

  it('shows no pictures, and says why, when a setting is wrong or missing', () => {
    const result = readTileConfig({ url: 'http://tiles.example.org/{z}/{x}/{y}.png' });
    expect(result.config).toBeNull();
    expect(result.problems).toHaveLength(3);
    expect(result.problems[0]).toMatch(/PUBLIC_MAP_TILE_URL/);
  });
});

describe('isTileTemplate', () => {
  it.each([
    ['https://tiles.example.org/{z}/{x}/{y}.png', true],
    ['https://tiles.example.org/{z}/{x}/{y}@2x.webp?key=abc', true],
    ['http://tiles.example.org/{z}/{x}/{y}.png', false],
    ['https://tiles.example.org/{z}/{x}.png', false],
    ['javascript:alert(1)//{z}/{x}/{y}', false],
    ['https://user:secret@tiles.example.org/{z}/{x}/{y}.png', false],
    ['https://tiles.example.org/{z}/{x}/{y}.png?k={accessToken}', false],
    ['{z}/{x}/{y}', false]
  ])('%s → %s', (template, ok) => {
    expect(isTileTemplate(template)).toBe(ok);
  });
});
