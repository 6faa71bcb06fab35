import { describe, expect, it } from 'vitest';
import { makeService } from '../fixtures';
import { compileDatasets } from './compile';
import { coreBudgetMessage, unplacedByDataset } from './core-budget';

const placed = (id: string) => makeService({ id, locations: [{ id: `${id}-p`, latitude: 53.8, longitude: -1.55 }] });
const unplaced = (id: string) => makeService({ id, locations: [{ id: `${id}-p`, address: { address_1: '1 Example Street' } }] });

describe('the precached core budget', () => {
  const datasets = [
    { name: 'Example council', services: [placed('a'), ...Array.from({ length: 40 }, (_, i) => unplaced(`council-${i}`))] },
    { name: 'Demo', services: [unplaced('demo-1'), makeService({ id: 'helpline', national: true, source_url: 'https://example.org' })] }
  ];

  it('counts the services without a position per dataset, helplines aside', () => {
    expect(unplacedByDataset(datasets)).toEqual([
      { name: 'Example council', count: 40 },
      { name: 'Demo', count: 1 }
    ]);
  });

  it('says nothing within the budget, and names the datasets over it', () => {
    const { manifest } = compileDatasets(datasets);
    expect(coreBudgetMessage(manifest, datasets, 1_000_000)).toBeUndefined();
    const message = coreBudgetMessage(manifest, datasets, 500);
    expect(message).toContain('41 services have no map position ("Example council" 40, "Demo" 1)');
    expect(message).toMatch(/over its 1 KB budget/);
  });
});
