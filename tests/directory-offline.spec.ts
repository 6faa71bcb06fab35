import { ports } from './ports';
import { expect, test } from '@playwright/test';
import { withOwnServer } from './helpers';

// The directory's offline promise: the manifest and national helplines are saved with the app;
// a region shard is saved the first time it is used, and not before (nobody downloads the whole
// country).
test('the directory index and helplines work offline; an area works offline once it has been used', async ({ browser }) => {
  await withOwnServer(browser, ports.directoryOffline, async (page, shutDown) => {
    const getJson = (path: string) =>
      page.evaluate(async (url) => {
        const response = await fetch(url);
        return response.ok ? response.json() : { status: response.status };
      }, path);

    const manifest = await getJson('/directory/manifest.json');
    expect(manifest.format).toBe('onward-shards');
    const [used, unused] = manifest.shards as { id: string; hash: string }[];
    expect(unused, 'the sample directory has at least two region shards').toBeDefined();
    const shardUrl = (s: { id: string; hash: string }) => `/directory/shards/${s.id}.${s.hash}.json`;
    expect((await getJson(shardUrl(used!))).id).toBe(used!.id);
    // The runtime cache is filled after the response; wait until it holds the shard.
    await expect
      .poll(() => page.evaluate(async (url) => !!(await (await caches.open('onward-directory')).match(url)), shardUrl(used!)))
      .toBe(true);

    await shutDown();
    const offlineManifest = await getJson('/directory/manifest.json');
    expect(offlineManifest.dataVersion).toBe(manifest.dataVersion);
    const national = await getJson(`/directory/core/national.${manifest.national.hash}.json`);
    expect(national.services.map((s: { name: string }) => s.name)).toContain('Samaritans');
    expect((await getJson(shardUrl(used!))).id).toBe(used!.id);
    await expect(getJson(shardUrl(unused!))).rejects.toThrow(/Failed to fetch/);
  });
});
