/** Finds and reads the dataset files a command works on. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The datasets to use: the paths given, else `ONWARD_DATA` (comma-separated paths, for a
 * deployer's own data or the synthetic benchmark set), else every Onward dataset in `data/`.
 */
export function datasetPaths(args: string[], dataDir = 'data'): string[] {
  if (args.length) return args;
  const fromEnv = process.env.ONWARD_DATA?.split(',').map((p) => p.trim()).filter(Boolean);
  if (fromEnv?.length) return fromEnv;
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(dataDir, name))
    .filter((path) => {
      try {
        return isDataset(readJson(path));
      } catch {
        // Unreadable: kept in the list, so data:check and data:build name it in one line and stop,
        // rather than leaving a dataset out without a word (or failing with a stack trace here).
        return true;
      }
    });
}

/** Parses a JSON file; a byte-order mark (common in files saved on Windows) is ignored. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

function isDataset(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === 'onward-directory';
}
