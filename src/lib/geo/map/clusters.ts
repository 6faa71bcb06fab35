/**
 * Groups map points into clusters on a screen grid, so a town with 40 services is one tappable
 * circle, not 40 overlapping pins. Each group's marker is kept inside its own grid cell, so no
 * two markers ever overlap: every one stays a whole 44 px tap target (WCAG 2.5.8, and Onward's
 * own 44 px rule). Distance-based clusterers (supercluster, Leaflet.markercluster) place a
 * cluster at its points' centre, where it can land on its neighbour. Pure: positions are world
 * pixels at one zoom (Leaflet's `map.project`), so unit tests need no map.
 */

export interface Pixel {
  x: number;
  y: number;
}

export interface Group<T> {
  /** The same for the same cell and members, so a marker that stays keeps its element (and focus). */
  key: string;
  members: T[];
  /** Where to draw the marker, in the same world pixels as the input. */
  at: Pixel;
}

/**
 * Groups items by grid cell (`cell` px square) and places each group's marker (`marker` px
 * square) at its members' centre, pulled back inside the cell where needed. Groups come in the
 * order of their first member.
 */
export function groupOnGrid<T>(items: readonly T[], position: (item: T) => Pixel, cell: number, marker: number): Group<T>[] {
  if (!(cell >= marker && marker > 0)) throw new RangeError('a grid cell must be at least as big as a marker');
  const cells = new Map<string, { col: number; row: number; members: T[]; sum: Pixel }>();
  for (const item of items) {
    const p = position(item);
    const col = Math.floor(p.x / cell);
    const row = Math.floor(p.y / cell);
    const key = `${col}/${row}`;
    let group = cells.get(key);
    if (!group) cells.set(key, (group = { col, row, members: [], sum: { x: 0, y: 0 } }));
    group.members.push(item);
    group.sum.x += p.x;
    group.sum.y += p.y;
  }
  const half = marker / 2;
  const clamp = (value: number, start: number) => Math.min(Math.max(value, start + half), start + cell - half);
  return [...cells].map(([key, { col, row, members, sum }]) => ({
    key,
    members,
    at: { x: clamp(sum.x / members.length, col * cell), y: clamp(sum.y / members.length, row * cell) }
  }));
}
