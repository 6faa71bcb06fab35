/**
 * Reads a folder of HSDS CSV files into tables for `importTabular`: every `*.csv` in it, keyed by
 * its name without `.csv`, lower-cased. Used by `npm run data:import` and its tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Tables } from '../../src/lib/directory/import/tabular';

/** A CSV file that could not be parsed; the message names the file and line. */
export class CsvReadError extends Error {
  override name = 'CsvReadError';
}

/** Parses every `*.csv` in `dir`. Throws {@link CsvReadError} on the first file that will not parse. */
export function readCsvFolder(dir: string): Tables {
  const tables: Tables = {};
  const files = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort();
  for (const name of files) {
    const path = join(dir, name);
    try {
      // bom: Excel writes one; relax_column_count: short rows keep the columns they have.
      tables[name.slice(0, -4).toLowerCase()] = parse(readFileSync(path, 'utf8'), {
        columns: true,
        skip_empty_lines: true,
        bom: true,
        relax_column_count: true
      }) as Record<string, string>[];
    } catch (error) {
      const line = (error as { lines?: unknown }).lines;
      const where = typeof line === 'number' ? `line ${line}: ` : '';
      throw new CsvReadError(`${path}: ${where}${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return tables;
}
