import { describe, expect, it } from 'vitest';
import { boundsAround, isOnEarth, mapPoints } from './map-points';
import { hitAt } from './fixtures';

describe('mapPoints', () => {
  it('puts each result with a position on the map, in order, and counts the rest', () => {
    const a = hitAt({ latitude: 51.9, longitude: -0.2 });
    const b = hitAt(null);
    const c = hitAt({ latitude: 52.1, longitude: -0.4 });
    const { points, unplaced } = mapPoints([a, b, c]);
    expect(points.map((p) => p.hit)).toEqual([a, c]);
    expect(points[1]).toMatchObject({ id: c.service.id, latitude: 52.1, longitude: -0.4 });
    expect(unplaced).toBe(1);
  });

  it('leaves out positions no map can draw, and a result listed twice', () => {
    const bad = [hitAt({ latitude: 95, longitude: 0 }), hitAt({ latitude: Number.NaN, longitude: 0 }), { ...hitAt(null), location: undefined }];
    const twice = hitAt({ latitude: 51, longitude: 0 });
    expect(mapPoints([...bad, twice, twice])).toMatchObject({ points: [{ id: twice.service.id }], unplaced: 3 });
  });

  it('is empty for no results', () => {
    expect(mapPoints([])).toEqual({ points: [], unplaced: 0 });
  });
});

describe('isOnEarth', () => {
  it('accepts the edges of the world and refuses the rest', () => {
    expect(isOnEarth({ latitude: -90, longitude: 180 })).toBe(true);
    expect(isOnEarth({ latitude: 0, longitude: 180.1 })).toBe(false);
    expect(isOnEarth({ latitude: Infinity, longitude: 0 })).toBe(false);
    expect(isOnEarth(null)).toBe(false);
  });
});

describe('boundsAround', () => {
  it('spans the points and the searched place', () => {
    const points = [
      { latitude: 51.9, longitude: -0.2 },
      { latitude: 52.1, longitude: -0.4 }
    ];
    expect(boundsAround(points, null)).toEqual([
      [51.9, -0.4],
      [52.1, -0.2]
    ]);
    expect(boundsAround(points, { latitude: 51.5, longitude: 0.1 })).toEqual([
      [51.5, -0.4],
      [52.1, 0.1]
    ]);
  });

  it('is the place itself with no results, and null with nothing at all', () => {
    expect(boundsAround([], { latitude: 51.5, longitude: 0.1 })).toEqual([
      [51.5, 0.1],
      [51.5, 0.1]
    ]);
    expect(boundsAround([], null)).toBeNull();
  });
});
