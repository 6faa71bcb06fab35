import { afterEach, describe, expect, it } from 'vitest';
import { districtsFixture, townsFixture } from './fixtures';
import { forgetPlaceTables, geoIndex, placeFinder, PlaceTablesUnavailableError, resolveNearValue } from './place-loader';
import type { GeoIndex } from './tables';

const index: GeoIndex = {
  format: 'onward-geo-index',
  version: 1,
  towns: { file: 'towns.abc.json', count: townsFixture.towns.length, attribution: ['GeoNames'] },
  postcodeDistricts: { file: 'postcode-districts.def.json', count: 4, attribution: ['ONS'] }
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
  it('fetches the index and both tables once, then answers from memory', async () => {
    const { fetchFn, requested } = fakeFetch({ 'index.json': index, 'towns.abc.json': townsFixture, 'postcode-districts.def.json': districtsFixture });
    const finder = await placeFinder(fetchFn);
    expect(finder.find('LS1 4DY')).toMatchObject({ kind: 'postcode', outcode: 'LS1' });
    expect(await placeFinder(fetchFn)).toBe(finder);
    expect(requested.sort()).toEqual(['/geo/index.json', '/geo/postcode-districts.def.json', '/geo/towns.abc.json']);
  });

  it('works with no postcode table', async () => {
    const { postcodeDistricts: _none, ...townsOnly } = index;
    const { fetchFn } = fakeFetch({ 'index.json': townsOnly, 'towns.abc.json': townsFixture });
    expect((await placeFinder(fetchFn)).find('LS1 4DY')).toEqual({ kind: 'postcode-no-table', outcode: 'LS1' });
  });

  it('fails plainly when offline, and tries again next time', async () => {
    const offline = fakeFetch({ 'index.json': new TypeError('Failed to fetch') });
    await expect(placeFinder(offline.fetchFn)).rejects.toBeInstanceOf(PlaceTablesUnavailableError);
    const online = fakeFetch({ 'index.json': index, 'towns.abc.json': townsFixture, 'postcode-districts.def.json': districtsFixture });
    expect((await placeFinder(online.fetchFn)).hasPostcodes).toBe(true);
  });

  it('refuses tables that are not what it expects, and an index that points elsewhere', async () => {
    const broken = fakeFetch({ 'index.json': index, 'towns.abc.json': { ...townsFixture, towns: [['Leeds', 99, 53.8, -1.5, 0]] }, 'postcode-districts.def.json': districtsFixture });
    await expect(placeFinder(broken.fetchFn)).rejects.toBeInstanceOf(PlaceTablesUnavailableError);
    forgetPlaceTables();
    const elsewhere = fakeFetch({ 'index.json': { ...index, towns: { ...index.towns, file: '../evil.json' } } });
    await expect(geoIndex(elsewhere.fetchFn)).rejects.toBeInstanceOf(PlaceTablesUnavailableError);
  });

  it('resolves a near= value, and still reads a position when the tables cannot be had', async () => {
    const { fetchFn } = fakeFetch({ 'index.json': index, 'towns.abc.json': townsFixture, 'postcode-districts.def.json': districtsFixture });
    expect(await resolveNearValue('Leeds', fetchFn)).toEqual({ place: expect.objectContaining({ label: 'Leeds, England' }) });
    forgetPlaceTables();
    const offline = fakeFetch({});
    expect(await resolveNearValue('Leeds', offline.fetchFn)).toEqual({ problem: 'tables-unavailable' });
    expect(await resolveNearValue('53.80,-1.55', offline.fetchFn)).toEqual({ place: expect.objectContaining({ kind: 'gps', label: '' }) });
  });
});
