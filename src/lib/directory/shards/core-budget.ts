/**
 * The core file (national helplines and services with no map position) is precached with the
 * app, so every phone downloads all of it on first visit. A few services without a position are
 * fine; a feed that gives none would put every one of its services there. This says so, naming
 * the datasets, when the core goes over its budget (perf/budgets.json `directory.coreGzipBytes`).
 */
import { checkCoordinates } from '../../safe-values';
import type { DatasetInput } from './compile';
import type { ShardManifest } from './format';

/** Active, non-national services with no usable position, per dataset name. */
export function unplacedByDataset(datasets: readonly DatasetInput[]): { name: string; count: number }[] {
  return datasets
    .map(({ name, services }) => ({
      name,
      count: services.filter(
        (s) =>
          (s.status === 'active' || s.status === 'temporarily closed') &&
          !s.national &&
          !s.locations.some((l) => checkCoordinates(l.latitude, l.longitude).ok)
      ).length
    }))
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The message when the core is over `budget` gzip bytes, else undefined. */
export function coreBudgetMessage(manifest: Pick<ShardManifest, 'national' | 'unplaced'>, datasets: readonly DatasetInput[], budget: number): string | undefined {
  const bytes = manifest.national.gzipBytes + manifest.unplaced.gzipBytes;
  if (bytes <= budget) return undefined;
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  const named = unplacedByDataset(datasets).map(({ name, count }) => `"${name}" ${count}`);
  return (
    `the precached core file is ${kb(bytes)} gzip, over its ${kb(budget)} budget: ${manifest.unplaced.count} services have no map position` +
    `${named.length ? ` (${named.join(', ')})` : ''}. Every phone downloads them all on first visit: give them positions in the feed ` +
    '(latitude/longitude or GeoJSON geometry on their locations), or leave them out.'
  );
}
