/**
 * `npm run data:import -- <path-or-url> [--out data/<name>.json] [--name "Dataset name"]
 *   [--contact-email data@council.example] [--id-prefix bucks-] [--accept-losses] [--per-page 100]`
 *
 * Imports Open Referral data into an Onward dataset:
 * - a `.json` file: HSDS 3.x / ORUK, or a council API's ORUK v1-style page (`{content: […]}`);
 * - a folder: the tabular form, HSDS 3.x, HSDS 1.x/2.0 datapackages or Ohana CSV;
 * - a `.csv` file: a flat export, one service per row (read as services.csv);
 * - an http(s) URL: an ORUK API base URL; every page of `/services`, with details per service.
 *
 * Prints every issue, a summary line and the field report (what the feed had, field by field,
 * and what was kept). Exits 1 and writes nothing when the input (or any table it joins) cannot
 * be read, no service survives, or a field present in the feed was lost for more than 10 % of its
 * records (unless --accept-losses). Otherwise writes the dataset atomically (the old file stays
 * whole if anything fails) and the field report beside it as `<name>.field-report.json`. The
 * mapping itself lives in src/lib/directory/import/ (no IO there); this file reads, prints, writes.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText } from '../../src/lib/directory/import/decode-text';
import { idPrefixPattern, importSummary, toDataset, withIdPrefix } from '../../src/lib/directory/import/dataset';
import { fieldReport, formatFieldReport, overLimit } from '../../src/lib/directory/import/field-report';
import { importHsdsJson } from '../../src/lib/directory/import/hsds-json';
import type { ImportLedger } from '../../src/lib/directory/import/merge-services';
import { apiBase, importFromApi } from '../../src/lib/directory/import/oruk-api';
import { importTabular } from '../../src/lib/directory/import/tabular';
import { checkEmail } from '../../src/lib/safe-values';
import { formatIssue, type DataIssue, type DatasetSource, type DirectoryService } from '../../src/lib/directory/model';
import { writeAtomic } from '../lib/write-atomic';
import { readCsvFile, readCsvFolder } from './read-csv-folder';

const usage =
  'usage: npm run data:import -- <file.json | file.csv | csv-folder | https://api-base-url> [--out data/<name>.json] [--name "Dataset name"] [--contact-email address] [--id-prefix prefix] [--accept-losses]';

interface Imported {
  kind: DatasetSource['kind'];
  ref: string;
  services: DirectoryService[];
  issues: DataIssue[];
  ledger: ImportLedger;
  notes?: string[];
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
        'id-prefix': { type: 'string' },
        'accept-losses': { type: 'boolean' },
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

  const prefix = args.values['id-prefix'];
  if (prefix !== undefined && !idPrefixPattern.test(prefix)) {
    console.error('data:import: --id-prefix: use up to 40 letters, digits, ".", "_", ":" or "-", starting with a letter or digit');
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
  const report = fieldReport(imported.ledger, imported.issues, imported.notes);
  console.log(`\n${formatFieldReport(report).join('\n')}`);
  if (imported.services.length === 0) {
    console.error('data:import: no service could be imported; nothing written');
    return 1;
  }
  const lost = overLimit(report);
  if (lost.length > 0 && !args.values['accept-losses']) {
    console.error(
      `data:import: more than 10 % lost of ${lost.join(', ')}; nothing written. Fix the feed (the reasons are above), ` +
        'or pass --accept-losses to write what was kept.'
    );
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
  const services = prefix === undefined ? imported.services : withIdPrefix(imported.services, prefix);
  const dataset = toDataset(args.values.name?.trim() || stem, source, services);
  const reportPath = `${out.replace(/\.json$/i, '')}.field-report.json`;
  try {
    writeAtomic(out, `${JSON.stringify(dataset, null, 2)}\n`);
    writeAtomic(reportPath, `${JSON.stringify({ source: source.ref, imported_at: source.imported_at, ...report }, null, 2)}\n`);
  } catch (error) {
    console.error(`data:import: could not write ${out}: ${messageOf(error)}`);
    return 1;
  }
  if (lost.length > 0) console.log(`Losses accepted (--accept-losses): ${lost.join(', ')}`);
  console.log(`Wrote ${out} and ${reportPath}`);
  return 0;
}

/** Reads the input by its kind; throws when it cannot be read at all. */
async function importInput(input: string, perPage: number): Promise<Imported> {
  if (/^https?:\/\//i.test(input)) {
    const onPage = (page: number, count: number) => console.error(`page ${page}: ${count} services so far`);
    return { kind: 'oruk-api', ref: apiBase(input), ...(await importFromApi(input, fetch, { perPage, onPage })) };
  }
  if (statSync(input).isDirectory()) {
    const { tables, notes } = readCsvFolder(input);
    return { kind: 'hsds-csv', ref: input, notes, ...importTabular(tables, { file: input }) };
  }
  if (extname(input).toLowerCase() === '.csv') {
    const { tables, notes } = readCsvFile(input);
    return { kind: 'hsds-csv', ref: input, notes, ...importTabular(tables, { file: input }) };
  }
  if (extname(input).toLowerCase() !== '.json') throw new Error('expected a .json file, a .csv file, a folder of .csv files or an http(s) URL');
  let json: unknown;
  // JSON should be UTF-8, but files saved on Windows are not always; read it like a CSV.
  const { text, encoding } = decodeText(readFileSync(input));
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) throw new Error(`not valid JSON: ${error.message}`, { cause: error });
    throw error;
  }
  const notes = encoding === 'utf-8' ? [] : [`${input}: read as ${encoding}, converted to UTF-8`];
  return { kind: 'hsds-json', ref: input, notes, ...importHsdsJson(json, { file: input }) };
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
