import { afterEach, describe, expect, it } from 'vitest';
import { districtsFixture, townsFixture } from './fixtures';
import { forgetPlaceTables, geoIndex, placeFinder, PlaceTablesUnavailableError, resolveNearValue } from './place-loader';
import type { GeoIndex } from './tables';
import { townsByLetter } from './towns-by-letter';

const letters = townsByLetter(townsFixture);
const index: GeoIndex = {
  format: 'onward-geo-index',
  version: 3,
  towns: {
    count: townsFixture.towns.length,
    attribution: ['GeoNames'],
    byLetter: Object.fromEntries([...letters.keys()].map((letter) => [letter, `towns-${letter}.abc.json`]))
  },
  postcodeDistricts: { areas: { LS: 'postcode-districts-ls.def.json', M: 'postcode-districts-m.ghi.json' }, count: 3, attribution: ['ONS'] }
};
const area = (prefix: string) => ({ ...districtsFixture, attribution: [], districts: districtsFixture.districts.filter(([o]) => o.startsWith(prefix)) });
const tables = {
  'index.json': index,
  ...Object.fromEntries([...letters].map(([letter, table]) => [`towns-${letter}.abc.json`, table])),
  'postcode-districts-ls.def.json': area('LS'),
  'postcode-districts-m.ghi.json': area('M')
};

/** A fetch over a few files under /geo/, counting requests. */
function fakeFetch(files: Record<string, unknown>) {
  const requested: string[] = [];
  const fetchFn = (async (input: RequestInfo | URL) => {
    const path = String(input);
    requested.push(path);
    const name = path.replace(/^\/geo\//, '');
    if (!(name in files)) return new Response('not found', { status: 404 });
    const body = files[name];
    if (body instanceof Error) throw body;
    return new Response(JSON.stringify(body));
  }) as typeof fetch;
  return { fetchFn, requested };
}

afterEach(forgetPlaceTables);

describe('the place tables in the browser', () => {
  it('fetches the index once, a typed town\'s letter of towns, and a postcode area only for a postcode in it', async () => {
    const { fetchFn, requested } = fakeFetch(tables);
    const finder = await placeFinder(fetchFn, 'Leeds');
    expect(finder.find('Leeds')).toMatchObject({ kind: 'towns', towns: [expect.objectContaining({ label: 'Leeds, England' })] });
    expect(requested.sort()).toEqual(['/geo/index.json', '/geo/towns-l.abc.json']);
    await placeFinder(fetchFn, 'leeds, england');
    expect(requested).toHaveLength(2);
    expect(await placeFinder(fetchFn, 'LS1 4DY')).toBe(finder);
    expect(finder.find('LS1 4DY')).toMatchObject({ kind: 'postcode', outcode: 'LS1', latitude: 53.797 });
    expect(requested.filter((p) => p.includes('postcode'))).toEqual(['/geo/postcode-districts-ls.def.json']);
    await placeFinder(fetchFn, 'ls2');
    expect(finder.find('ls2')).toMatchObject({ kind: 'postcode', outcode: 'LS2' });
    expect(requested.filter((p) => p.includes('postcode'))).toHaveLength(1);
  });

  it('fetches every town to name a position, and for a name none of its letter\'s towns is close to', async () => {
    const { fetchFn, requested } = fakeFetch(tables);
    const finder = await placeFinder(fetchFn, 'Holbek');
    expect(finder.find('Holbek')).toMatchObject({ kind: 'towns', exact: false, towns: [expect.objectContaining({ name: 'Holbeck' })] });
    expect(requested.sort()).toEqual(['/geo/index.json', '/geo/towns-h.abc.json']);
    // A misspelt first letter: no "j" towns, so every letter's towns are fetched, each once, and
    // the "h" towns already there are not doubled.
    await placeFinder(fetchFn, 'Jolbeck');
    expect(requested.filter((p) => p.includes('towns-')).sort()).toEqual([...letters.keys()].map((l) => `/geo/towns-${l}.abc.json`).sort());
    expect(finder.find('Jolbeck')).toMatchObject({ kind: 'towns', towns: [expect.objectContaining({ name: 'Holbeck' })] });
    expect(finder.find('Holbeck')).toMatchObject({ kind: 'towns', exact: true, towns: [expect.objectContaining({ name: 'Holbeck' })] });
    expect(finder.hasAllTowns).toBe(true);
    const before = requested.length;
    expect((await placeFinder(fetchFn, 'Manchester')).find('Manchester')).toMatchObject({ kind: 'towns', exact: true });
    expect(requested).toHaveLength(before); // every town is here already
    forgetPlaceTables();

    const named = fakeFetch(tables);
    expect(await resolveNearValue('53.79,-1.56', named.fetchFn)).toEqual({ place: expect.objectContaining({ kind: 'gps', label: 'Holbeck, Leeds' }) });
    expect(named.requested).toHaveLength(1 + letters.size);
  });

  it('says a postcode is unknown when its area is not in the build', async () => {
    const { fetchFn, requested } = fakeFetch(tables);
    expect((await placeFinder(fetchFn, 'SW1A 1AA')).find('SW1A 1AA')).toEqual({ kind: 'postcode-unknown', outcode: 'SW1A' });
    expect(requested.filter((p) => p.includes('postcode'))).toEqual([]);
  });

  it('fails plainly when a postcode area cannot be fetched, and tries again next time', async () => {
    const offline = fakeFetch({ ...tables, 'postcode-districts-m.ghi.json': new TypeError('Failed to fetch') });
    await expect(placeFinder(offline.fetchFn, 'M1 1AE')).rejects.toBeInstanceOf(PlaceTablesUnavailableError);
    const online = fakeFetch(tables);
    expect((await placeFinder(online.fetchFn, 'M1 1AE')).find('M1 1AE')).toMatchObject({ kind: 'postcode', outcode: 'M1' });
  });

  it('works with no postcode table', async () => {
    const { postcodeDistricts: _none, ...townsOnly } = index;
    const { fetchFn } = fakeFetch({ ...tables, 'index.json': townsOnly });
    expect((await placeFinder(fetchFn)).find('LS1 4DY')).toEqual({ kind: 'postcode-no-table', outcode: 'LS1' });
  });

  it('fails plainly when offline, and tries again next time', async () => {
    const offline = fakeFetch({ 'index.json': new TypeError('Failed to fetch') });
    await expect(placeFinder(offline.fetchFn)).rejects.toBeInstanceOf(PlaceTablesUnavailableError);
    const online = fakeFetch(tables);
    expect((await placeFinder(online.fetchFn)).hasPostcodes).toBe(true);
  });

  it('refuses tables that are not what it expects, and an index that points elsewhere', async () => {
    const broken = fakeFetch({ ...tables, 'towns-l.abc.json': { ...townsFixture, towns: [['Leeds', 99, 53.8, -1.5, 0]] } });
    await expect(placeFinder(broken.fetchFn, 'Leeds')).rejects.toBeInstanceOf(PlaceTablesUnavailableError);
    forgetPlaceTables();
    // Naming a position needs every letter: one broken file fails it plainly.
    await expect(placeFinder(broken.fetchFn)).rejects.toBeInstanceOf(PlaceTablesUnavailableError);
    forgetPlaceTables();
    const letterElsewhere = fakeFetch({ 'index.json': { ...index, towns: { ...index.towns, byLetter: { l: '../evil.json' } } } });
    await expect(geoIndex(letterElsewhere.fetchFn)).rejects.toBeInstanceOf(PlaceTablesUnavailableError);
    forgetPlaceTables();
    const areaElsewhere = fakeFetch({ 'index.json': { ...index, postcodeDistricts: { ...index.postcodeDistricts, areas: { LS: '../evil.json' } } } });
    await expect(geoIndex(areaElsewhere.fetchFn)).rejects.toBeInstanceOf(PlaceTablesUnavailableError);
  });

  it('resolves a near= value, and still reads a position when the tables cannot be had', async () => {
    const { fetchFn } = fakeFetch(tables);
    expect(await resolveNearValue('Leeds', fetchFn)).toEqual({ place: expect.objectContaining({ label: 'Leeds, England' }) });
    expect(await resolveNearValue('LS1', fetchFn)).toEqual({ place: expect.objectContaining({ kind: 'postcode', query: 'LS1' }) });
    forgetPlaceTables();
    const offline = fakeFetch({});
    expect(await resolveNearValue('Leeds', offline.fetchFn)).toEqual({ problem: 'tables-unavailable' });
    expect(await resolveNearValue('53.80,-1.55', offline.fetchFn)).toEqual({ place: expect.objectContaining({ kind: 'gps', label: '' }) });
  });
});
