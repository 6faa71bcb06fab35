import { describe, expect, it } from 'vitest';
import { Directory, DirectoryUnavailableError } from './directory';
import { kmToBox } from './distance';
import { compileDatasets, compileDirectory } from './shards/compile';
import { makeService } from './fixtures';
import type { DirectoryService } from './model';

const stevenage = { latitude: 51.9038, longitude: -0.1966 };
const watford = { latitude: 51.6565, longitude: -0.3903 };

/** Clusters of services around two towns 30 km apart. */
function towns(): DirectoryService[] {
  const around = (town: typeof stevenage, name: string, n: number) =>
    Array.from({ length: n }, (_, i) =>
      makeService({
        id: `${name}-${i}`,
        name: `Example ${name} ${i % 2 ? 'Recovery Hub' : 'Night Shelter'}`,
        categories: [i % 2 ? 'drugs-alcohol' : 'housing'],
        locations: [{ id: `${name}-l${i}`, latitude: town.latitude + (i % 10) * 0.001, longitude: town.longitude + Math.floor(i / 10) * 0.001, address: { address_1: `${i} Example Road`, city: name } }]
      })
    );
  return [
    ...around(stevenage, 'Stevenage', 120),
    ...around(watford, 'Watford', 120),
    makeService({ id: 'frank', name: 'FRANK', national: true, locations: [], categories: ['drugs-alcohol'], source_url: 'https://www.talktofrank.com/' })
  ];
}

/** Each service with what only its page shows: a description, a website, who runs it. */
function withDescriptions(services: DirectoryService[]): DirectoryService[] {
  return services.map((s) =>
    s.national
      ? s
      : {
          ...s,
          description: `${s.id}: come in for a cup of tea and a chat about what you need.`,
          url: `https://example.org/${s.id}/`,
          organization: { id: 'org-teapot', name: 'Example Teapot Trust' }
        }
  );
}

function directoryOf(services: DirectoryService[]) {
  const { files } = compileDirectory(services, { maxPoints: 40, idsPerLookupBucket: 50 });
  const fetched: string[] = [];
  const directory = new Directory(async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new DirectoryUnavailableError(`missing ${path}`);
    return JSON.parse(text);
  });
  return { directory, fetched };
}

describe('Directory', () => {
  it('loads only the shards near a town, and finds the nearest services first', async () => {
    const { directory, fetched } = directoryOf(towns());
    const area = await directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 10);
    expect(area.services).toBe(120);
    expect(fetched.filter((p) => p.startsWith('shards/')).length).toBe(area.shards.length);
    const results = directory.search({ categories: ['drugs-alcohol'], near: stevenage, limit: 5 });
    expect(results.local).toHaveLength(5);
    expect(results.local.every((h) => h.service.id.startsWith('Stevenage-'))).toBe(true);
    expect(results.local.map((h) => h.distanceKm)).toEqual([...results.local.map((h) => h.distanceKm)].sort((a, b) => a! - b!));
    expect(results.national.map((h) => h.service.name)).toEqual(['FRANK']);
    expect(results.more).toBe(true);
  });

  it('answers a kind of help and a place without word matching, and words once it is loaded', async () => {
    const { directory } = directoryOf(towns());
    await directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 10);
    expect(directory.canSearch({ text: '' })).toBe(true);
    expect(directory.canSearch({ text: 'shelter' })).toBe(false);
    expect(() => directory.search({ text: 'shelter', near: stevenage })).toThrow(/loadTextSearch/);
    await directory.loadTextSearch();
    expect(directory.canSearch({ text: 'shelter' })).toBe(true);
    const found = directory.search({ text: 'shelter', near: stevenage, limit: 100 }).local;
    expect(found.length).toBe(60);
    expect(found.every((h) => h.service.name.includes('Night Shelter'))).toBe(true);
    expect(directory.search({ text: 'frank' }).national.map((h) => h.service.name)).toEqual(['FRANK']);
  });

  it('caps a dense area by service count, nearest shards first, and says how far it reaches', async () => {
    const { directory } = directoryOf(towns());
    const area = await directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 50, { maxServices: 100 });
    expect(area.services).toBeLessThanOrEqual(120);
    expect(area.coveredKm).toBeLessThan(50);
    expect(directory.search({ near: stevenage, limit: 500 }).local.every((h) => h.service.id.startsWith('Stevenage-'))).toBe(true);
  });

  it('caps a dense area by download size, nearest shards first', async () => {
    const { directory, fetched } = directoryOf(towns());
    const manifest = await directory.manifest();
    const shardBytes = manifest.shards.map((s) => s.gzipBytes);
    const all = await directoryOf(towns()).directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 50, { maxGzipBytes: Infinity });
    expect(all.services).toBe(240);
    // Room for about two shards: the nearest two are loaded, then it stops.
    const budget = Math.max(...shardBytes) * 2;
    const area = await directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 50, { maxGzipBytes: budget });
    const loaded = manifest.shards.filter((s) => area.shards.includes(s.id));
    expect(loaded.reduce((n, s) => n + s.gzipBytes, 0)).toBeLessThanOrEqual(budget);
    expect(area.shards.length).toBeGreaterThanOrEqual(2);
    expect(area.shards.length).toBeLessThan(all.shards.length);
    expect(area.coveredKm).toBeLessThan(50);
    expect(fetched.filter((p) => p.startsWith('shards/'))).toHaveLength(area.shards.length);
  });

  it('in a cut area, searches only as far as it fully covers, and reaches further when asked', async () => {
    // East of Stevenage: 30 services on a 10 km line starting at the centre. West: 30 more, 3.05–4.05
    // km out. The eastern shard touches the centre and is loaded; the western one is cut off.
    const kmEast = (km: number) => stevenage.longitude + km / 68.7; // km per degree of longitude here
    const place = (id: string, km: number) => makeService({ id, name: `Example ${id}`, categories: ['housing'], locations: [{ id: `${id}-p`, latitude: stevenage.latitude, longitude: kmEast(km) }] });
    const services = [...Array.from({ length: 30 }, (_, i) => place(`east-${i}`, (i * 10) / 29)), ...Array.from({ length: 30 }, (_, i) => place(`west-${i}`, -3.05 - i / 29))];
    const { files } = compileDirectory(services, { maxPoints: 30, idsPerLookupBucket: 50 });
    const directory = new Directory(async (path) => JSON.parse(files.get(path)!));
    const area = await directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 50, { maxServices: 30 });
    expect(area.services).toBe(30);
    expect(area.coveredKm).toBeGreaterThan(2.8);
    expect(area.coveredKm).toBeLessThan(3.1);
    expect(directory.areaCut).toBe(true);
    // The east line runs to 10 km, but only what lies within 3.05 km is sure to be nearest.
    const first = directory.search({ near: stevenage, limit: 50 });
    const near = first.local;
    expect(near.length).toBe(9);
    expect(first.more, 'more lies further out').toBe(true);
    // The map shows everything loaded, however far.
    expect(directory.search({ near: stevenage, limit: 50 }, { wholeArea: true }).local).toHaveLength(30);
    expect(near.every((h) => h.service.id.startsWith('east-') && h.distanceKm! <= area.coveredKm)).toBe(true);
    expect(await directory.loadFurther()).toBe(true);
    expect(directory.areaCut).toBe(false);
    const all = directory.search({ near: stevenage, limit: 100 });
    expect(all.more).toBe(false);
    const further = all.local;
    expect(further).toHaveLength(60);
    // West's places now come between east's: true distance order.
    expect(further.map((h) => h.distanceKm)).toEqual([...further.map((h) => h.distanceKm)].sort((a, b) => a! - b!));
    expect(further.slice(9, 13).map((h) => h.service.id)).toEqual(['west-0', 'west-1', 'east-9', 'west-2']);
    expect(await directory.loadFurther()).toBe(false);
  });

  it('keeps the newest area when an older, slower request finishes last', async () => {
    const { files } = compileDirectory(towns(), { maxPoints: 40, idsPerLookupBucket: 50 });
    const directory = new Directory(async (path) => {
      // Watford's shards arrive late: the person moved on to Stevenage meanwhile.
      const text = files.get(path)!;
      if (text.includes('"Watford-')) await new Promise((resolve) => setTimeout(resolve, 30));
      return JSON.parse(text);
    });
    const older = directory.loadShardsNear(watford.latitude, watford.longitude, 5);
    await directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 5);
    await older;
    const results = directory.search({ near: stevenage, limit: 3 });
    expect(results.local.map((h) => h.service.id.split('-')[0])).toEqual(['Stevenage', 'Stevenage', 'Stevenage']);
  });

  it('opens a shared link to a service it has not loaded, via the lookup, with its details', async () => {
    const { directory, fetched } = directoryOf(withDescriptions(towns()));
    const found = await directory.getService('Watford-7');
    expect(found?.service.name).toBe('Example Watford Recovery Hub');
    expect(found?.service.description).toBe('Watford-7: come in for a cup of tea and a chat about what you need.');
    expect(found?.service.url).toBe('https://example.org/Watford-7/');
    expect(found?.partial).toBe(false);
    expect(fetched.filter((p) => p.startsWith('details/'))).toHaveLength(1);
    expect(await directory.getService('no-such-id')).toBeUndefined();
    // Helplines are whole in their core shard: no details file.
    expect((await directory.getService('frank'))?.service.name).toBe('FRANK');
    expect(fetched.filter((p) => p.startsWith('details/'))).toHaveLength(1);
  });

  it('loads an area without details, and still finds a word that is only in them (who runs it)', async () => {
    const { directory, fetched } = directoryOf(withDescriptions(towns()));
    await directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 10);
    await directory.loadTextSearch();
    expect(fetched.some((p) => p.startsWith('details/'))).toBe(false);
    const hits = directory.search({ text: 'teapot', near: stevenage, limit: 500 }).local;
    expect(hits.length).toBe(120);
    // The list carries neither: they arrive with the service's page.
    expect(hits[0]?.service.organization).toBeUndefined();
    expect(hits[0]?.service.description).toBeUndefined();
    const page = await directory.getService(hits[0]!.service.id);
    expect(page?.service.organization?.name).toBe('Example Teapot Trust');
    expect(page?.service.description).toMatch(/cup of tea/);
  });

  it('opens a service page offline from the list alone when its details were never fetched, and says so', async () => {
    const { files } = compileDirectory(withDescriptions(towns()), { maxPoints: 40, idsPerLookupBucket: 50 });
    let detailsOnline = false;
    const directory = new Directory(async (path) => {
      if (path.startsWith('details/') && !detailsOnline) throw new DirectoryUnavailableError('offline');
      return JSON.parse(files.get(path)!);
    });
    const offline = await directory.getService('Stevenage-3');
    expect(offline?.partial).toBe(true);
    expect(offline?.service.name).toBe('Example Stevenage Recovery Hub');
    expect(offline?.service.phones).toEqual(towns()[3]!.phones);
    expect(offline?.service.description).toBeUndefined();
    detailsOnline = true;
    const online = await directory.getService('Stevenage-3');
    expect(online).toMatchObject({ partial: false, service: { description: expect.stringContaining('Stevenage-3') } });
  });

  it('treats a details file in the wrong shape as missing, and never lets it overwrite the list', async () => {
    const { files } = compileDirectory(withDescriptions(towns()), { maxPoints: 40, idsPerLookupBucket: 50 });
    const tampered = (text: string) => {
      const file = JSON.parse(text);
      file.details = file.details.map((d: object) => ({ ...d, name: 'Renamed', id: 'other' }));
      return file;
    };
    const directory = new Directory(async (path) => (path.startsWith('details/') ? tampered(files.get(path)!) : JSON.parse(files.get(path)!)));
    const found = await directory.getService('Stevenage-3');
    expect(found?.service).toMatchObject({ id: 'Stevenage-3', name: 'Example Stevenage Recovery Hub', url: 'https://example.org/Stevenage-3/' });
    const broken = new Directory(async (path) => (path.startsWith('details/') ? { format: 'nope' } : JSON.parse(files.get(path)!)));
    expect((await broken.getService('Stevenage-3'))?.partial).toBe(true);
    const short = new Directory(async (path) => (path.startsWith('details/') ? { ...JSON.parse(files.get(path)!), details: [] } : JSON.parse(files.get(path)!)));
    expect((await short.getService('Stevenage-3'))?.partial, 'a details file without this service').toBe(true);
  });

  it('tells which dataset a service came from, for its report address', async () => {
    const [local, national] = [towns().slice(0, 240), towns().slice(240)];
    const { files } = compileDatasets([
      { name: 'Helplines', services: national },
      { name: 'Council feed', source: { contact_email: 'data@example.org' }, services: local }
    ]);
    const directory = new Directory(async (path) => JSON.parse(files.get(path)!));
    await directory.getService('Watford-7');
    expect(await directory.datasetOf('Watford-7')).toEqual({ name: 'Council feed', contact_email: 'data@example.org' });
    expect(await directory.datasetOf('frank')).toEqual({ name: 'Helplines' });
    expect(await directory.datasetOf('not-loaded')).toBeUndefined();
  });

  it('says clearly when the directory cannot be fetched, and can retry', async () => {
    let online = false;
    const { files } = compileDirectory(towns());
    const directory = new Directory(async (path) => {
      if (!online) throw new DirectoryUnavailableError('no connection');
      return JSON.parse(files.get(path)!);
    });
    await expect(directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 10)).rejects.toThrow('no connection');
    online = true;
    const area = await directory.loadShardsNear(stevenage.latitude, stevenage.longitude, 10);
    expect(area.services).toBeGreaterThanOrEqual(120);
  });

  it('measures distance to a box as zero inside it and to the edge outside', () => {
    expect(kmToBox(51.9, -0.2, [-0.3, 51.8, -0.1, 52])).toBe(0);
    expect(kmToBox(51.9, -0.2, [-0.1, 51.8, 0, 52])).toBeCloseTo(6.9, 0);
  });
});
