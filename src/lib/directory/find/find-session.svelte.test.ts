import { describe, expect, it, vi } from 'vitest';
import { Directory } from '../directory';
import { makeService } from '../fixtures';
import type { DirectoryService } from '../model';
import { compileDirectory } from '../shards/compile';
import { FindSession } from './find-session.svelte';

const leeds = { latitude: 53.8, longitude: -1.55 };
/** About `km` east of Leeds (a degree of longitude is ~65.7 km at 53.8° N). */
const east = (km: number) => leeds.longitude + km / 65.7;

/**
 * A dense city: more services than Find help loads whole (5,000), packed in a strip running east
 * from the centre (6,000 reach 1.9 km), so the area is cut well short of its 25 km. The only ID
 * services are beyond them, 8–9 km out (and beyond `count` / 6,000 × 1.9 km).
 */
function denseCity(count = 6000): DirectoryService[] {
  const housing = Array.from({ length: count }, (_, i) =>
    makeService({
      id: `housing-${i}`,
      name: `Example Housing ${i}`,
      categories: ['housing'],
      locations: [{ id: `h${i}`, latitude: leeds.latitude + ((i % 80) - 40) * 0.0002, longitude: east(((i / 80) | 0) * 0.025) }]
    })
  );
  const id = Array.from({ length: 3 }, (_, i) =>
    makeService({ id: `id-${i}`, name: `Example ID Help ${i}`, categories: ['id-banking'], locations: [{ id: `i${i}`, latitude: leeds.latitude, longitude: east(Math.max(8, (count / 6000) * 2) + i / 2) }] })
  );
  return [...housing, ...id];
}

/** A session over `services` as compiled for phones, with every file it fetched. */
function sessionOver(services: DirectoryService[]) {
  const { files, manifest } = compileDirectory(services);
  const fetched: string[] = [];
  const directory = new Directory(async (path) => {
    fetched.push(path);
    return JSON.parse(files.get(path) as string);
  });
  const session = new FindSession(directory, async () => ({ label: 'Leeds', ...leeds }));
  return { session, manifest, shardsFetched: () => fetched.filter((p) => p.startsWith('shards/')).length };
}

describe('FindSession in a dense place', () => {
  it('reaches further out when the nearest part of the area has too few results', async () => {
    const { session, manifest, shardsFetched } = sessionOver(denseCity());
    await session.start(new URLSearchParams('c=id-banking&near=Leeds'));
    expect(session.status).toBe('ready');
    // The first area stops before the ID services: a search there alone would find none.
    const firstArea = shardsFetched();
    expect(firstArea).toBeLessThan(manifest.shards.length);

    await vi.waitFor(() => expect(session.results?.local.map((h) => h.service.id)).toEqual(['id-0', 'id-1', 'id-2']), { timeout: 5000 });
    expect(shardsFetched()).toBeGreaterThan(firstArea);
  });

  it('reaches out by itself only twice, then one step for each Show more', async () => {
    // 15,000 services: each step loads at most 3,000, so the ID services are 5 steps out.
    const { files } = compileDirectory(denseCity(15_000));
    let steps = 0;
    class CountingDirectory extends Directory {
      override loadFurther(): Promise<boolean> {
        steps++;
        return super.loadFurther();
      }
    }
    const directory = new CountingDirectory(async (path) => JSON.parse(files.get(path) as string));
    const session = new FindSession(directory, async () => ({ label: 'Leeds', ...leeds }));
    await session.start(new URLSearchParams('c=id-banking&near=Leeds'));
    await vi.waitFor(() => {
      void session.results;
      expect(steps).toBe(2);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Nothing yet, but the list says there is more further out.
    expect(session.results).toMatchObject({ local: [], more: true });
    expect(steps).toBe(2);
    for (let tap = 0; tap < 5 && !session.results?.local.length; tap++) {
      session.showMore();
      await vi.waitFor(() => {
        void session.results;
        expect(steps).toBe(3 + tap);
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(session.results?.local.map((h) => h.service.id)).toEqual(['id-0', 'id-1', 'id-2']);
  });

  it('offline at the edge with nothing found, says the services could not be loaded (with Try again)', async () => {
    const { files } = compileDirectory(denseCity());
    let online = true;
    const directory = new Directory(async (path) => {
      if (!online) throw new Error('offline');
      return JSON.parse(files.get(path) as string);
    });
    const session = new FindSession(directory, async () => ({ label: 'Leeds', ...leeds }));
    await session.start(new URLSearchParams('c=housing&near=Leeds'));
    online = false;
    session.toggleCategory('id-banking');
    session.toggleCategory('housing');
    await vi.waitFor(() => {
      void session.results;
      expect(session.status).toBe('unavailable');
    });
  });

  it('does not reach further when the nearest part already fills the list', async () => {
    const { session, shardsFetched } = sessionOver(denseCity());
    await session.start(new URLSearchParams('c=housing&near=Leeds'));
    const before = shardsFetched();
    expect(session.results?.local).toHaveLength(10);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.results?.local).toHaveLength(10);
    expect(shardsFetched()).toBe(before);
  });
});
