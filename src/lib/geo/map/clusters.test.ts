import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupOnGrid, type Pixel } from './clusters';

const at = (p: Pixel) => p;

describe('groupOnGrid', () => {
  it('puts points in one cell into one group, and a far point in its own', () => {
    const town = [
      { x: 110, y: 120 },
      { x: 130, y: 150 },
      { x: 170, y: 170 }
    ];
    const far = { x: 900, y: 40 };
    const groups = groupOnGrid([...town, far], at, 100, 44);
    expect(groups.map((g) => g.members)).toEqual([town, [far]]);
    expect(groups[0]?.at).toEqual({ x: 136.66666666666666, y: 146.66666666666666 });
    expect(groups.map((g) => g.key)).toEqual(['1/1', '9/0']);
  });

  it('pulls a marker back inside its cell, so it cannot cover the next cell', () => {
    const [group] = groupOnGrid([{ x: 199, y: 101 }], at, 100, 44);
    expect(group?.at).toEqual({ x: 178, y: 122 });
  });

  it('gives the same keys for the same points, so markers survive a pan', () => {
    const points = [
      { x: 10, y: 10 },
      { x: 300, y: 300 }
    ];
    expect(groupOnGrid(points, at, 60, 44).map((g) => g.key)).toEqual(groupOnGrid([...points], at, 60, 44).map((g) => g.key));
  });

  it('never lets two markers overlap, wherever the points are', () => {
    const marker = 44;
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.double({ min: -5000, max: 5000, noNaN: true }), y: fc.double({ min: -5000, max: 5000, noNaN: true }) }), { maxLength: 200 }), (points) => {
        const groups = groupOnGrid(points, at, 60, marker);
        expect(groups.reduce((n, g) => n + g.members.length, 0)).toBe(points.length);
        for (let i = 0; i < groups.length; i++)
          for (let j = i + 1; j < groups.length; j++) {
            const a = groups[i]!.at;
            const b = groups[j]!.at;
            expect(Math.abs(a.x - b.x) >= marker - 1e-9 || Math.abs(a.y - b.y) >= marker - 1e-9).toBe(true);
          }
      }),
      { seed: 20261122, numRuns: 200 }
    );
  });

  it('refuses a cell smaller than a marker, and copes with nothing', () => {
    expect(() => groupOnGrid([], at, 40, 44)).toThrow(RangeError);
    expect(groupOnGrid([], at, 60, 44)).toEqual([]);
  });
});
