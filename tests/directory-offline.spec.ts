import { ports } from './ports';
import { expect, test } from '@playwright/test';
import { withOwnServer } from './helpers';

// The directory's offline promise for the built-in sample: it is small (about 37 KB gzip), so the
// service worker saves all of it with the app on the first visit
// (scripts/pwa/service-worker-plugin.ts, precacheWholeDirectoryUpToBytes). A national directory is
// bigger: its region shards are then left out of the precache and cached the first time an area
// is used (cacheNames.directory in src/lib/pwa/cache-names.ts), which npm run perf:search builds
// exercise.
test('after the first visit, the whole sample directory works offline', async ({ browser }) => {
  await withOwnServer(browser, ports.directoryOffline, async (page, shutDown) => {
    const getJson = (path: string) =>
      page.evaluate(async (url) => {
        const response = await fetch(url);
        return response.ok ? response.json() : { status: response.status };
      }, path);

    const manifest = await getJson('/directory/manifest.json');
    expect(manifest.format).toBe('onward-shards');
    const shards = manifest.shards as { id: string; hash: string; details?: true }[];
    expect(shards.length, 'the sample directory has at least two region shards').toBeGreaterThan(1);

    await shutDown();
    const offlineManifest = await getJson('/directory/manifest.json');
    expect(offlineManifest.dataVersion).toBe(manifest.dataVersion);
    const national = await getJson(`/directory/core/national.${manifest.national.hash}.json`);
    expect(national.services.map((s: { name: string }) => s.name)).toContain('Samaritans');
    // Never fetched online: every shard and the id lookup came with the app.
    for (const shard of shards) expect((await getJson(`/directory/shards/${shard.id}.${shard.hash}.json`)).id).toBe(shard.id);
    // …and each one's details (what a service page shows beyond the list).
    expect(shards.every((shard) => shard.details)).toBe(true);
    for (const shard of shards) expect((await getJson(`/directory/details/${shard.id}.${shard.hash}.json`)).details.length).toBeGreaterThan(0);
    expect(Object.keys(await getJson(`/directory/lookup/${manifest.dataVersion}/0.json`)).length).toBeGreaterThan(0);
    // Something that is not there still fails plainly.
    await expect(getJson('/directory/shards/k-missing.00000000.json')).rejects.toThrow(/Failed to fetch/);
  });
});
