/**
 * The towns table cut by the first letter of each name, as the data build writes it
 * (scripts/geo/place-tables.ts) and the browser reads it (place-loader.ts): looking up "Leeds"
 * needs only the "l" towns, a few KB, not the whole country's 65 KB.
 */
import { townLetter } from './place-lookup';
import type { AreaRow, TownRow, TownsTable } from './tables';

/** Each first letter's towns, each with only the areas they name (its attribution is in the index). */
export function townsByLetter(towns: TownsTable): Map<string, TownsTable> {
  const rowsByLetter = new Map<string, TownRow[]>();
  for (const row of towns.towns) {
    const letter = townLetter(row[0]);
    if (!letter) continue;
    const rows = rowsByLetter.get(letter);
    if (rows) rows.push(row);
    else rowsByLetter.set(letter, [row]);
  }
  const tables = new Map<string, TownsTable>();
  for (const [letter, rows] of [...rowsByLetter].sort(([a], [b]) => a.localeCompare(b))) {
    const areas: AreaRow[] = [];
    const newIndex = new Map<number, number>();
    const renumbered = rows.map(([name, area, ...rest]): TownRow => {
      let at = newIndex.get(area);
      if (at === undefined) {
        at = areas.push(towns.areas[area] as AreaRow) - 1;
        newIndex.set(area, at);
      }
      return [name, at, ...rest];
    });
    tables.set(letter, { ...towns, attribution: [], areas, towns: renumbered });
  }
  return tables;
}
