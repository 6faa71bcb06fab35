/** The towns table the app ships (`static/geo/towns.<hash>.json`), made from the joined GeoNames places. */
import type { AreaRow, TownRow, TownsTable } from '../../src/lib/geo/tables';
import { geoNamesAttribution, type UkPlace } from './uk-places';

/** 3 decimals is about 100 m: plenty for a town centre, and it keeps the file small. */
export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Packs places into rows, with each area written once. */
export function townsTable(places: UkPlace[]): TownsTable {
  const areas: AreaRow[] = [];
  const areaIndex = new Map<string, number>();
  const towns: TownRow[] = places.map((place) => {
    const areaKey = `${place.area}|${place.nation}`;
    let index = areaIndex.get(areaKey);
    if (index === undefined) {
      index = areas.push([place.area, place.nation]) - 1;
      areaIndex.set(areaKey, index);
    }
    return [place.name, index, round3(place.latitude), round3(place.longitude), place.population];
  });
  return { format: 'onward-towns', version: 1, attribution: geoNamesAttribution, areas, towns };
}
