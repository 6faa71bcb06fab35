/**
 * Reads a folder of HSDS CSV files into tables for `importTabular`, keyed by file name without
 * `.csv`, lower-cased. Which files: the CSV resources a `datapackage.json` lists (HSDS 1.x/2.0
 * datapackages keep them under `data/`), else every `*.csv` in the folder and in its `data/`.
 * Each file's encoding is detected (decode-text.ts): UTF-8 with or without BOM, UTF-16, or
 * Windows-1252/Latin-1, which is converted and noted. Used by `npm run data:import` and its tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { decodeText } from '../../src/lib/directory/import/decode-text';
import { tableOf, type Tables } from '../../src/lib/directory/import/tabular';

/** A CSV file that could not be parsed; the message names the file and line. */
export class CsvReadError extends Error {
  override name = 'CsvReadError';
}

export interface CsvFolder {
  tables: Tables;
  /** What the deployer should know about how the files were read (encodings, datapackage.json). */
  notes: string[];
}

/** Parses the folder's CSV files. Throws {@link CsvReadError} on the first file that will not parse. */
export function readCsvFolder(dir: string): CsvFolder {
  const notes: string[] = [];
  const tables: Tables = {};
  for (const path of csvFilesOf(dir, notes)) tables[basename(path).slice(0, -4).toLowerCase()] = readCsv(path, notes);
  return { tables, notes };
}

/**
 * One CSV file on its own: a flat export, read as the services table. A file named as another
 * HSDS table (`locations.csv`, `phones.csv` …) is one part of a tabular feed: its folder is what to
 * import, and reading its rows as services would invent them.
 */
export function readCsvFile(path: string): CsvFolder {
  const table = tableOf(basename(path));
  if (table !== undefined && table !== 'services')
    throw new CsvReadError(`${path} is the ${table} table of an HSDS CSV feed, not a list of services: import its folder (${dirname(path)})`);
  const notes: string[] = [];
  return { tables: { services: readCsv(path, notes) }, notes };
}

function readCsv(path: string, notes: string[]): Record<string, string>[] {
  try {
    const { text, encoding } = decodeText(readFileSync(path));
    if (encoding !== 'utf-8') notes.push(`${path}: read as ${encoding === 'windows-1252' ? 'Windows-1252 (Latin-1)' : encoding.toUpperCase()}, converted to UTF-8`);
    if (text.includes('\uFFFD')) notes.push(`${path}: already holds replacement characters (�): the file was damaged before it got here`);
    // Headers as HSDS writes them: "Phone Number" and "phone-number" are read as phone_number.
    const columns = (header: string[]) => header.map((column) => column.trim().toLowerCase().replace(/[\s-]+/g, '_'));
    // bom: Excel writes one; relax_column_count: short rows keep the columns they have; CRLF is read as a line end.
    return parse(text, { columns, skip_empty_lines: true, bom: true, relax_column_count: true }) as Record<string, string>[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    const where = typeof line === 'number' ? `line ${line}: ` : '';
    throw new CsvReadError(`${path}: ${where}${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The CSV files to read: datapackage.json's resources when it lists any that exist, else the folder's. */
function csvFilesOf(dir: string, notes: string[]): string[] {
  const fromPackage = packageResources(dir, notes);
  if (fromPackage) return fromPackage;
  const listed = (folder: string) =>
    existsSync(folder) && statSync(folder).isDirectory()
      ? readdirSync(folder)
          .filter((name) => name.toLowerCase().endsWith('.csv'))
          .sort()
          .map((name) => join(folder, name))
      : [];
  const top = listed(dir);
  const names = new Set(top.map((path) => basename(path).toLowerCase()));
  return [...top, ...listed(join(dir, 'data')).filter((path) => !names.has(basename(path).toLowerCase()))];
}

/** `resources[].path` of a Frictionless datapackage.json, resolved inside `dir`; undefined when there is none to use. */
function packageResources(dir: string, notes: string[]): string[] | undefined {
  const file = join(dir, 'datapackage.json');
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    notes.push(`${file}: not JSON; read every .csv in the folder instead`);
    return undefined;
  }
  const resources = (json as { resources?: unknown }).resources;
  if (!Array.isArray(resources)) return undefined;
  const root = resolve(dir);
  const paths = resources
    .map((resource) => (resource as { path?: unknown })?.path)
    .flat()
    .filter((path): path is string => typeof path === 'string' && path.toLowerCase().endsWith('.csv'))
    .map((path) => resolve(root, path))
    // A resource path must stay inside the folder: a datapackage is input, and input is untrusted.
    .filter((path) => path.startsWith(`${root}/`) || !notes.push(`${file}: lists ${path}, outside the folder; not read`));
  const present = paths.filter((path) => existsSync(path));
  for (const path of paths.filter((p) => !present.includes(p))) notes.push(`${file}: lists ${path}, which is not there`);
  return present.length > 0 ? present : undefined;
}
