import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetPaths } from './read-datasets';

const dir = mkdtempSync(join(tmpdir(), 'onward-datasets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('datasetPaths', () => {
  it('lists the datasets in data/, and an unreadable .json too, so data:check and data:build name it instead of skipping it', () => {
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ format: 'onward-directory', version: 1, name: 'x', services: [] }));
    writeFileSync(join(dir, 'taxonomy.json'), JSON.stringify({ categories: [] }));
    writeFileSync(join(dir, 'broken.json'), '{"format": "onward-directory", "services": [');
    const previous = process.env.ONWARD_DATA;
    delete process.env.ONWARD_DATA;
    try {
      expect(datasetPaths([], dir).sort()).toEqual([join(dir, 'broken.json'), join(dir, 'good.json')]);
    } finally {
      if (previous !== undefined) process.env.ONWARD_DATA = previous;
    }
  });
});
