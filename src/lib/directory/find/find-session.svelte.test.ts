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
 * A dense city: more services than Find help loads whole (5,000), packed within 2 km of the
 * centre, so the area is cut well short of its 25 km. The only ID services are 8–9 km out.
 */
function denseCity(): DirectoryService[] {
  const housing = Array.from({ length: 6000 }, (_, i) =>
    makeService({
      id: `housing-${i}`,
      name: `Example Housing ${i}`,
      categories: ['housing'],
      locations: [{ id: `h${i}`, latitude: leeds.latitude + ((i % 80) - 40) * 0.0002, longitude: east(((i / 80) | 0) * 0.025) }]
    })
  );
  const id = Array.from({ length: 3 }, (_, i) =>
    makeService({ id: `id-${i}`, name: `Example ID Help ${i}`, categories: ['id-banking'], locations: [{ id: `i${i}`, latitude: leeds.latitude, longitude: east(8 + i / 2) }] })
  );
  return [...housing, ...id];
}

describe('FindSession in a dense place', () => {
  it('reaches further out when the nearest part of the area has too few results', async () => {
    const { files, manifest } = compileDirectory(denseCity());
    const fetched: string[] = [];
    const directory = new Directory(async (path) => {
      fetched.push(path);
      return JSON.parse(files.get(path) as string);
    });
    const session = new FindSession(directory, async () => ({ label: 'Leeds', ...leeds }));
    await session.start(new URLSearchParams('c=id-banking&near=Leeds'));
    expect(session.status).toBe('ready');
    // The first area stops before the ID services: a search there alone would find none.
    const firstArea = fetched.filter((p) => p.startsWith('shards/')).length;
    expect(firstArea).toBeLessThan(manifest.shards.length);

    await vi.waitFor(() => expect(session.results?.local.map((h) => h.service.id)).toEqual(['id-0', 'id-1', 'id-2']), { timeout: 5000 });
    expect(fetched.filter((p) => p.startsWith('shards/')).length).toBeGreaterThan(firstArea);
  });

  it('does not reach further when the nearest part already fills the list', async () => {
    const { files } = compileDirectory(denseCity());
    const fetched: string[] = [];
    const directory = new Directory(async (path) => {
      fetched.push(path);
      return JSON.parse(files.get(path) as string);
    });
    const session = new FindSession(directory, async () => ({ label: 'Leeds', ...leeds }));
    await session.start(new URLSearchParams('c=housing&near=Leeds'));
    const shards = () => fetched.filter((p) => p.startsWith('shards/')).length;
    const before = shards();
    expect(session.results?.local).toHaveLength(10);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.results?.local).toHaveLength(10);
    expect(shards()).toBe(before);
  });
});
