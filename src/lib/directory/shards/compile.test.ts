import { textSearch } from '../text-search';
import { describe, expect, it } from 'vitest';
import { compileDatasets, compileDirectory } from './compile';
import { loadShard } from '../loaded-shard';
import { detailsPath, listFields, lookupBucket, lookupPath, shardPath, type DetailsFile, type LookupBucket, type ShardFile } from './format';
import { pointCoordinates } from './points';
import { makeService } from '../fixtures';
import type { DirectoryService } from '../model';

/** 600 services on a line from Stevenage to Watford, plus helplines and one with no position. */
function sample(): DirectoryService[] {
  const local = Array.from({ length: 600 }, (_, i) =>
    makeService({
      id: `svc-${i}`,
      name: `Example Service ${i}`,
      locations: [{ id: `l-${i}`, latitude: 51.9 - i * 0.0004, longitude: -0.2 - i * 0.0004 }]
    })
  );
  const national = makeService({ id: 'helpline', name: 'Example Helpline', national: true, locations: [], source_url: 'https://example.org/' });
  const unplaced = makeService({ id: 'no-map', name: 'Example Unplaced', locations: [{ id: 'x' }] });
  const closed = makeService({ id: 'closed', name: 'Example Closed', status: 'defunct' });
  return [...local, national, unplaced, closed];
}

describe('compileDirectory', () => {
  const { manifest, files } = compileDirectory(sample(), { maxPoints: 100, idsPerLookupBucket: 50 });
  const read = (path: string) => JSON.parse(files.get(path) as string) as unknown;

  it('splits into small region shards that together hold every local service once', () => {
    expect(manifest.shards.length).toBeGreaterThanOrEqual(6);
    expect(manifest.shards.every((s) => s.count <= 100)).toBe(true);
    const ids = manifest.shards.flatMap((entry) => loadShard(read(shardPath(entry)), entry.id).services.map((s) => s.id));
    expect(ids.sort()).toEqual(Array.from({ length: 600 }, (_, i) => `svc-${i}`).sort());
    expect(manifest.total).toBe(602);
  });

  it('puts what only a service page shows in each region shard\'s details file, in the same order', () => {
    const described = sample().map((s) => ({ ...s, description: `About ${s.id}.`, email: `${s.id}@example.org`, fees_description: 'Free.' }));
    const compiled = compileDirectory(described, { maxPoints: 100, idsPerLookupBucket: 50 });
    const allowed = new Set<string>([...listFields, 'weekly']);
    for (const entry of compiled.manifest.shards) {
      const shard = JSON.parse(compiled.files.get(shardPath(entry)) as string) as ShardFile;
      const details = JSON.parse(compiled.files.get(detailsPath(entry) as string) as string) as DetailsFile;
      expect(details.id).toBe(entry.id);
      expect(shard.services.flatMap((s) => Object.keys(s)).filter((key) => !allowed.has(key))).toEqual([]);
      expect(details.details).toHaveLength(shard.services.length);
      shard.services.forEach((s, i) => expect(details.details[i]).toMatchObject({ description: `About ${s.id}.`, email: `${s.id}@example.org`, fees_description: 'Free.' }));
      expect(entry.details).toBe(true);
    }
    // Helplines and services with no position are precached whole: no details file.
    const helplines = JSON.parse(compiled.files.get(shardPath(compiled.manifest.national)) as string) as ShardFile;
    expect(helplines.services[0]?.description).toBe('About helpline.');
    expect(detailsPath(compiled.manifest.national)).toBeUndefined();
  });

  it('keeps helplines and services without a position in their own always-loaded shards, and drops closed ones', () => {
    expect(loadShard(read(shardPath(manifest.national)), 'national').services.map((s) => s.id)).toEqual(['helpline']);
    expect(loadShard(read(shardPath(manifest.unplaced)), 'unplaced').services.map((s) => s.id)).toEqual(['no-map']);
    expect(shardPath(manifest.national).startsWith('core/')).toBe(true);
    expect([...files.values()].some((text) => text.includes('"closed"'))).toBe(false);
  });

  it('carries what a helpline card says about its line to the phone: its nations and how its source was checked', () => {
    const facts = { source_url: 'https://example.org/', nations: ['england' as const, 'wales' as const], source_checked_live: true };
    const line = makeService({ id: 'line', national: true, demo: false, locations: [], ...facts });
    const compiled = compileDirectory([line]);
    const shard = loadShard(JSON.parse(compiled.files.get(shardPath(compiled.manifest.national)) as string), 'national');
    expect(shard.services[0]).toMatchObject(facts);
  });

  it('round-trips points: each shard holds its services’ coordinates inside its box', () => {
    for (const entry of manifest.shards) {
      const shard = loadShard(read(shardPath(entry)), entry.id);
      const coordinates = pointCoordinates(shard.points!);
      const [w, s, e, n] = entry.bbox;
      shard.pointService.forEach((position, point) => {
        const location = shard.services[position]!.locations[0]!;
        expect(coordinates[2 * point]).toBeCloseTo(location.longitude!, 5);
        expect(coordinates[2 * point + 1]).toBeCloseTo(location.latitude!, 5);
        expect(location.longitude! >= w && location.longitude! <= e && location.latitude! >= s && location.latitude! <= n).toBe(true);
      });
      expect(textSearch.matches(shard, 'example service', 'AND').length).toBe(shard.services.length);
    }
  });

  it('names files by content, so the same data gives the same files', () => {
    const again = compileDirectory(sample(), { maxPoints: 100, idsPerLookupBucket: 50 });
    expect([...again.files.keys()]).toEqual([...files.keys()]);
    expect(again.manifest.dataVersion).toBe(manifest.dataVersion);
    const changed = compileDirectory(sample().map((s) => (s.id === 'svc-3' ? { ...s, name: 'Example Renamed' } : s)), {
      maxPoints: 100,
      idsPerLookupBucket: 50
    });
    const changedFiles = [...changed.files.keys()].filter((k) => k.startsWith('shards/') && !files.has(k));
    expect(changedFiles).toHaveLength(1);
  });

  it('finds every service through its lookup bucket', () => {
    expect(manifest.lookup.buckets).toBe(16);
    for (const id of ['svc-0', 'svc-599', 'helpline', 'no-map']) {
      const bucket = read(lookupPath(manifest.dataVersion, lookupBucket(id, manifest.lookup.buckets))) as LookupBucket;
      expect(bucket[id]?.length).toBeGreaterThan(0);
    }
  });

  it('writes shards a reader can check', () => {
    const shard = read(shardPath(manifest.shards[0]!)) as ShardFile;
    expect(shard.format).toBe('onward-shards');
    expect(() => loadShard({ ...shard, version: 99 }, shard.id)).toThrow(/could not be read/);
    expect(() => loadShard(shard, 'another-id')).toThrow(/could not be read/);
  });

  it('lists the datasets with their report address, and marks a shard only when its services came from several', () => {
    const helplines = makeService({ id: 'line', national: true, locations: [], source_url: 'https://example.org/' });
    const local = makeService({ id: 'local' });
    const mixed = compileDatasets([
      { name: 'Helplines', services: [helplines] },
      { name: 'Council feed', source: { contact_email: 'data@example.org' }, services: [local, makeService({ id: 'unplaced', locations: [] })] }
    ]);
    expect(mixed.manifest.datasets).toEqual([{ name: 'Helplines' }, { name: 'Council feed', contact_email: 'data@example.org' }]);
    const shardOf = (entry: { id: string; hash: string }) => JSON.parse(mixed.files.get(shardPath(entry)) as string) as ShardFile;
    expect(shardOf(mixed.manifest.national).dataset).toBeUndefined();
    expect(shardOf(mixed.manifest.shards[0]!).dataset).toBe(1);
    expect(loadShard(shardOf(mixed.manifest.shards[0]!), mixed.manifest.shards[0]!.id).datasetAt(0)).toBe(1);
    // One region shard can hold services from two feeds: then each service has its own.
    const [a, b] = [makeService({ id: 'a' }), makeService({ id: 'b' })];
    const together = compileDatasets([{ name: 'A', services: [a] }, { name: 'B', services: [b] }]);
    const shard = JSON.parse(together.files.get(shardPath(together.manifest.shards[0]!)) as string) as ShardFile;
    const loaded = loadShard(shard, shard.id);
    expect(loaded.services.map((s, i) => `${s.id}:${loaded.datasetAt(i)}`).sort()).toEqual(['a:0', 'b:1']);
  });
});
