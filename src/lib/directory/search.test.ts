import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDirectory } from './shards/compile';
import { shardPath } from './shards/format';
import { loadShard, type LoadedShard } from './loaded-shard';
import { searchShards as searchWith, type SearchQuery } from './search';
import { textSearch } from './text-search';
import { buildQuery, buildSearchIndex, hasQueryWords } from './search-index';
import { makeService, weekdays } from './fixtures';
import type { DirectoryService } from './model';
import { categories } from './taxonomy';

const words = ['recovery', 'shelter', 'pantry', 'clinic', 'mentor', 'harbour', 'beacon', 'lantern', 'bridge', 'compass'];
const towns = ['Stevenage', 'Hertford', 'Watford', 'Luton'];
const codes = categories.map((c) => c.code);
/** The search as Find help runs it once word matching is loaded. */
const searchShards = (local: readonly LoadedShard[], national: LoadedShard | null, query: SearchQuery) => searchWith(local, national, query, textSearch);

const monday10am = new Date('2026-11-23T10:00:00Z');
const saturday = new Date('2026-11-28T10:00:00Z');

/** Independent great-circle distance (haversine, R = 6371 km) for the reference. */
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/**
 * Brute force over every service: no shards, no spatial index; one unsharded text index. Every
 * word must match; when that leaves nothing after the filters, any word may.
 */
function reference(services: DirectoryService[], query: SearchQuery) {
  const all = referenceWith(services, query, 'AND');
  return all.length === 0 && query.text && hasQueryWords(query.text) ? referenceWith(services, query, 'OR') : all;
}

function referenceWith(services: DirectoryService[], query: SearchQuery, combineWith: 'AND' | 'OR') {
  let pool = services.filter((s) => !s.national);
  const text = query.text?.trim();
  if (text && hasQueryWords(text)) {
    const ids = new Set(buildSearchIndex(pool).search(buildQuery(text, combineWith)).map((r) => r.id as number));
    pool = pool.filter((_, i) => ids.has(i));
  }
  const matched = pool
    .filter((s) => !query.categories?.length || s.categories.some((c) => query.categories!.includes(c)))
    .filter((s) => (query.attributes ?? []).every((a) => s.attributes.includes(a)))
    .map((s) => {
      const kms = s.locations.filter((l) => l.latitude !== undefined).map((l) => haversineKm(query.near!.latitude, query.near!.longitude, l.latitude!, l.longitude!));
      return { id: s.id, km: kms.length ? Math.min(...kms) : null, open: s.schedules.length > 0 };
    })
    .filter((r) => query.radiusKm === undefined || r.km === null || r.km <= query.radiusKm);
  // Open-now filters after the fallback decision, as the app does (it is a filter on results).
  return matched.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
}

const serviceArb = fc.record({
  name: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
  town: fc.constantFrom(...towns),
  categories: fc.uniqueArray(fc.constantFrom(...codes.slice(0, 5)), { minLength: 1, maxLength: 2 }),
  attributes: fc.uniqueArray(fc.constantFrom('walk-in', 'free', 'naloxone'), { maxLength: 2 }),
  places: fc.array(fc.record({ lat: fc.double({ min: 51.5, max: 52.1, noNaN: true }), lon: fc.double({ min: -0.6, max: 0.1, noNaN: true }) }), { maxLength: 2 }),
  hours: fc.boolean()
});

type ServiceSpec = typeof serviceArb extends fc.Arbitrary<infer T> ? T : never;

function build(specs: ServiceSpec[]): DirectoryService[] {
  return specs.map((spec, i) =>
    makeService({
      id: `s${i}`,
      name: `Example ${spec.name.join(' ')}`,
      categories: spec.categories,
      attributes: spec.attributes,
      schedules: spec.hours ? [weekdays('09:00', '17:00')] : [],
      locations: spec.places.map((p, j) => ({ id: `s${i}-${j}`, latitude: p.lat, longitude: p.lon, address: { address_1: '1 Example Road', city: spec.town } }))
    })
  );
}

function shardsOf(services: DirectoryService[], maxPoints: number) {
  const { manifest, files } = compileDirectory(services, { maxPoints, idsPerLookupBucket: 100 });
  const load = (entry: { id: string; hash: string }) => loadShard(JSON.parse(files.get(shardPath(entry))!), entry.id);
  const local: LoadedShard[] = [...manifest.shards.map(load), load(manifest.unplaced)];
  return { local, national: load(manifest.national) };
}

describe('searchShards', () => {
  it('matches a brute-force search over every service (property test)', () => {
    const queryArb = fc.record({
      text: fc.option(fc.oneof(fc.constantFrom(...words, ...towns.map((t) => t.toLowerCase())), fc.constantFrom('recovry', 'shelte', 'lantern bridge', 'clinic harbour beacon')), { nil: undefined }),
      categories: fc.uniqueArray(fc.constantFrom(...codes.slice(0, 5)), { maxLength: 2 }),
      attributes: fc.uniqueArray(fc.constantFrom('walk-in', 'free', 'naloxone'), { maxLength: 1 }),
      openNow: fc.boolean(),
      radiusKm: fc.option(fc.double({ min: 1, max: 40, noNaN: true }), { nil: undefined }),
      near: fc.record({ latitude: fc.double({ min: 51.5, max: 52.1, noNaN: true }), longitude: fc.double({ min: -0.6, max: 0.1, noNaN: true }) }),
      limit: fc.integer({ min: 1, max: 30 }),
      maxPoints: fc.integer({ min: 2, max: 40 })
    });
    fc.assert(
      fc.property(fc.array(serviceArb, { minLength: 0, maxLength: 120 }), queryArb, (specs, { maxPoints, ...query }) => {
        const services = build(specs);
        const { local, national } = shardsOf(services, maxPoints);
        const q: SearchQuery = { ...query, now: monday10am };
        const got = searchShards(local, national, q);
        const want = reference(services, q).filter((r) => !q.openNow || r.open);
        // `more` may be true when an unsearched shard might hold more; never false when more exist.
        if (want.length > query.limit) expect(got.more).toBe(true);
        expect(new Set(got.local.map((h) => h.service.id)).size).toBe(got.local.length);
        const gotKm = got.local.map((h) => h.distanceKm);
        const wantKm = want.slice(0, query.limit).map((r) => r.km);
        expect(gotKm.length).toBe(wantKm.length);
        gotKm.forEach((km, i) => (km === null ? expect(wantKm[i]).toBeNull() : expect(km).toBeCloseTo(wantKm[i]!, 2)));
        // Every returned service is one the reference matched.
        const wanted = new Set(want.map((r) => r.id));
        expect(got.local.every((h) => wanted.has(h.service.id))).toBe(true);
      }),
      { seed: 20261122, numRuns: 150 }
    );
  });

  const services = [
    makeService({ id: 'hub', name: 'Example Recovery Hub', categories: ['drugs-alcohol'], attributes: ['naloxone', 'walk-in'] }),
    makeService({ id: 'shelter', name: 'Example Night Shelter', categories: ['housing'], schedules: [{ freq: 'WEEKLY', byday: 'FR,SA', opens_at: '20:00', closes_at: '08:00', timezone_name: 'Europe/London' }], locations: [{ id: 'w', latitude: 51.6565, longitude: -0.3903 }] }),
    makeService({ id: 'frank', name: 'FRANK', national: true, locations: [], categories: ['drugs-alcohol'], schedules: [], source_url: 'https://www.talktofrank.com/' })
  ];
  const { local, national } = shardsOf(services, 10);

  it('tolerates typos and finds by category words ("bed" is housing)', () => {
    expect(searchShards(local, national, { text: 'recovry' }).local.map((h) => h.service.id)).toEqual(['hub']);
    expect(searchShards(local, national, { text: 'bed' }).local.map((h) => h.service.id)).toEqual(['shelter']);
    expect(searchShards(local, national, { text: 'naloxone' }).local.map((h) => h.service.id)).toEqual(['hub']);
  });

  it('does not filter on a single letter, the start of a word being typed', () => {
    const all = searchShards(local, national, {}).local.map((h) => h.service.id);
    expect(searchShards(local, national, { text: 'e' }).local.map((h) => h.service.id)).toEqual(all);
    expect(searchShards(local, national, { text: 'shelter n' }).local.map((h) => h.service.id)).toEqual(['shelter']);
  });

  it('falls back to any word when no service has every word', () => {
    expect(searchShards(local, national, { text: 'shelter xylophone' }).local.map((h) => h.service.id)).toEqual(['shelter']);
  });

  it('says whether each place is open now, and can keep only open ones', () => {
    const monday = searchShards(local, national, { now: monday10am });
    expect(Object.fromEntries(monday.local.map((h) => [h.service.id, h.open.state]))).toEqual({ hub: 'open', shelter: 'closed' });
    expect(searchShards(local, national, { openNow: true, now: saturday }).local.map((h) => h.service.id)).toEqual([]);
    expect(searchShards(local, national, { openNow: true, now: new Date('2026-11-28T02:00:00Z') }).local.map((h) => h.service.id)).toEqual(['shelter']);
  });

  it('lists national helplines apart, without a distance', () => {
    const results = searchShards(local, national, { categories: ['drugs-alcohol'], near: { latitude: 51.9, longitude: -0.2 } });
    expect(results.national.map((h) => [h.service.id, h.distanceKm])).toEqual([['frank', null]]);
    expect(results.local.map((h) => h.service.id)).toEqual(['hub']);
  });

  it('with open now, shows a service at its nearest place that is open, not only its nearest place', () => {
    const twoPlaces = makeService({
      id: 'two',
      name: 'Example Two Places',
      schedules: [{ freq: 'WEEKLY', byday: 'SA', opens_at: '09:00', closes_at: '17:00', timezone_name: 'Europe/London' }],
      locations: [
        { id: 'near', latitude: 51.9, longitude: -0.2, schedules: [weekdays('09:00', '17:00')] },
        { id: 'far', latitude: 51.95, longitude: -0.25 }
      ]
    });
    const shards = shardsOf([twoPlaces], 10);
    const near = { latitude: 51.9, longitude: -0.2 };
    const open = searchShards(shards.local, null, { near, openNow: true, now: saturday });
    expect(open.local.map((h) => [h.service.id, h.location?.id, h.open.state])).toEqual([['two', 'far', 'open']]);
    const any = searchShards(shards.local, null, { near, now: saturday });
    expect(any.local.map((h) => [h.location?.id, h.open.state])).toEqual([['near', 'closed']]);
  });
});

describe('the feed’s own terms (keywords)', () => {
  it('find a service by a term that maps to no Onward category', () => {
    const services = [
      makeService({ id: 'k', name: 'Example Centre', categories: [], keywords: ['Befriending', 'Sports/Games/Exercise'] }),
      makeService({ id: 'other', name: 'Example Hub', categories: [] })
    ];
    const index = buildSearchIndex(services);
    expect(index.search(buildQuery('befriending', 'AND')).map((r) => services[r.id as number]?.id)).toEqual(['k']);
    expect(index.search(buildQuery('games', 'AND')).map((r) => services[r.id as number]?.id)).toEqual(['k']);
  });
});
