/**
 * `npm run data:import -- <path-or-url> [--out data/<name>.json] [--name "Dataset name"] [--contact-email data@council.example] [--per-page 100]`
 *
 * Imports Open Referral UK / HSDS 3.0 data into an Onward dataset:
 * - a `.json` file: one service, a list, a service_at_location, an organization …
 * - a folder: the HSDS tabular form (`services.csv`, `locations.csv`, `phones.csv` …)
 * - an http(s) URL: an ORUK API base URL; every page of `/services`, with details per service.
 *
 * Prints every issue (dropped values, skipped records) and a summary line. Exits 1 and writes
 * nothing when the input cannot be read or no service survives; otherwise writes the dataset
 * atomically (the old file stays whole if anything fails) and exits 0, even if some values were
 * dropped: those are the errors listed above the summary. The mapping itself lives in
 * src/lib/directory/import/ (no IO there); this file only reads, prints and writes.
 */
import { statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importSummary, toDataset } from '../../src/lib/directory/import/dataset';
import { importHsdsJson } from '../../src/lib/directory/import/hsds-json';
import { apiBase, importFromApi } from '../../src/lib/directory/import/oruk-api';
import { importTabular } from '../../src/lib/directory/import/tabular';
import { checkEmail } from '../../src/lib/directory/safe-values';
import { formatIssue, type DataIssue, type DatasetSource, type DirectoryService } from '../../src/lib/directory/model';
import { writeAtomic } from '../lib/write-atomic';
import { readCsvFolder } from './read-csv-folder';
import { readJson } from './read-datasets';

const usage =
  'usage: npm run data:import -- <file.json | csv-folder | https://api-base-url> [--out data/<name>.json] [--name "Dataset name"] [--contact-email address]';

interface Imported {
  kind: DatasetSource['kind'];
  ref: string;
  services: DirectoryService[];
  issues: DataIssue[];
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        name: { type: 'string' },
        'contact-email': { type: 'string' },
        'per-page': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (error) {
    console.error(`${messageOf(error)}\n${usage}`);
    return 1;
  }
  const input = args.positionals[0];
  if (args.values.help || !input || args.positionals.length > 1) {
    console.error(usage);
    return args.values.help ? 0 : 1;
  }

  // Where people report wrong information on a service page; checked before anything is fetched.
  const contact = args.values['contact-email']?.trim();
  const contactEmail = contact === undefined ? undefined : checkEmail(contact);
  if (contactEmail && !contactEmail.ok) {
    console.error(`data:import: --contact-email: ${contactEmail.problem}`);
    return 1;
  }

  let imported: Imported;
  try {
    imported = await importInput(input, Number(args.values['per-page'] ?? 100) || 100);
  } catch (error) {
    console.error(`data:import: could not read ${input}: ${messageOf(error)}`);
    return 1;
  }
  for (const issue of imported.issues) console.log(`${issue.level.padEnd(7)} ${formatIssue(issue)}`);
  console.log(importSummary(imported.services.length, imported.issues));
  if (imported.services.length === 0) {
    console.error('data:import: no service could be imported; nothing written');
    return 1;
  }

  const stem = stemOf(input);
  const out = args.values.out ?? `data/${stem}.json`;
  if (resolve(out) === resolve(input)) {
    console.error(`data:import: ${out} is the input; pass --out to write elsewhere`);
    return 1;
  }
  const source: DatasetSource = {
    kind: imported.kind,
    ref: imported.ref,
    imported_at: new Date().toISOString(),
    ...(contactEmail?.ok ? { contact_email: contactEmail.value } : {})
  };
  const dataset = toDataset(args.values.name?.trim() || stem, source, imported.services);
  try {
    writeAtomic(out, `${JSON.stringify(dataset, null, 2)}\n`);
  } catch (error) {
    console.error(`data:import: could not write ${out}: ${messageOf(error)}`);
    return 1;
  }
  console.log(`Wrote ${out}`);
  return 0;
}

/** Reads the input by its kind; throws when it cannot be read at all. */
async function importInput(input: string, perPage: number): Promise<Imported> {
  if (/^https?:\/\//i.test(input)) {
    const onPage = (page: number, count: number) => console.error(`page ${page}: ${count} services so far`);
    return { kind: 'oruk-api', ref: apiBase(input), ...(await importFromApi(input, fetch, { perPage, onPage })) };
  }
  if (statSync(input).isDirectory()) {
    return { kind: 'hsds-csv', ref: input, ...importTabular(readCsvFolder(input), { file: input }) };
  }
  if (extname(input).toLowerCase() !== '.json') throw new Error('expected a .json file, a folder of .csv files or an http(s) URL');
  let json: unknown;
  try {
    json = readJson(input);
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`not valid JSON: ${error.message}`, { cause: error });
    throw error;
  }
  return { kind: 'hsds-json', ref: input, ...importHsdsJson(json, { file: input }) };
}

/** `data/x.json` → `x`; a folder → its name; a URL → its host and path as `api-example-org-oruk`. */
function stemOf(input: string): string {
  if (/^https?:\/\//i.test(input)) {
    const url = new URL(input);
    return `${url.hostname}${apiBase(url.pathname)}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
  }
  return basename(input.replace(/[\\/]+$/, ''), extname(input)) || 'import';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = await main(process.argv.slice(2));
