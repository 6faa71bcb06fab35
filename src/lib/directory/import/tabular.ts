/**
 * The HSDS tabular form: one CSV per object (`services.csv`, `locations.csv`, `phones.csv` …),
 * linked by `service_id`, `location_id`, `organization_id`, `service_at_location_id` and
 * `attributes.link_id`. Rows are joined into the nested JSON shape (tabular-join.ts) and go
 * through the same `normaliseService` as JSON feeds, so both forms follow one set of rules.
 *
 * HSDS 3.x names are read, and the older ones: HSDS 1.x/2.0 datapackages (`services_at_location`,
 * `services_taxonomy` + `taxonomy`, `physical_addresses`, `regular_schedules`, singular names such
 * as `phone.csv`) and the Ohana API's CSV (`services.location_id`, `taxonomy.taxonomy_id`).
 * Pure: the caller reads the files (scripts/data/read-csv-folder.ts).
 */
import type { DataIssue, DirectoryService } from '../model';
import { ServiceCollector, type ImportLedger } from './merge-services';
import { normaliseService } from './normalise-service';
import { joinTables, type Row } from './tabular-join';

/** Rows of each CSV, keyed by file name without `.csv` (`services`, `phones` …). */
export type Tables = Record<string, Record<string, string>[]>;

/** A table Onward reads that cannot be joined (a key column is missing): the import must stop. */
export class TableError extends Error {
  override name = 'TableError';
}

/**
 * The tables Onward reads, each under the names feeds give it, and the columns without which it
 * cannot be joined (any one of a list will do).
 */
const tablesRead: Record<string, { names: readonly string[]; keys: readonly (readonly string[])[] }> = {
  services: { names: ['services', 'service'], keys: [['id'], ['name']] },
  organizations: { names: ['organizations', 'organization', 'organisations', 'organisation'], keys: [['id']] },
  locations: { names: ['locations', 'location'], keys: [['id']] },
  addresses: { names: ['addresses', 'address', 'physical_addresses', 'physical_address'], keys: [['location_id']] },
  phones: { names: ['phones', 'phone'], keys: [['number', 'phone', 'telephone']] },
  schedules: { names: ['schedules', 'schedule', 'regular_schedules', 'regular_schedule'], keys: [] },
  holiday_schedules: { names: ['holiday_schedules', 'holiday_schedule'], keys: [] },
  service_at_location: {
    names: ['service_at_location', 'service_at_locations', 'services_at_location', 'services_at_locations'],
    keys: [['service_id'], ['location_id']]
  },
  accessibility: { names: ['accessibility', 'accessibility_for_disabilities', 'accessibilities'], keys: [['location_id']] },
  languages: { names: ['languages', 'language'], keys: [] },
  attributes: { names: ['attributes', 'attribute'], keys: [['link_id'], ['taxonomy_term_id']] },
  taxonomy_terms: { names: ['taxonomy_terms', 'taxonomy_term'], keys: [['id']] },
  taxonomies: { names: ['taxonomies'], keys: [['id']] },
  service_taxonomy: {
    names: ['service_taxonomy', 'services_taxonomy', 'service_taxonomies', 'service_taxonomys'],
    keys: [['service_id'], ['taxonomy_id', 'taxonomy_term_id']]
  },
  taxonomy: { names: ['taxonomy'], keys: [['id', 'taxonomy_id']] },
  eligibility: { names: ['eligibility', 'eligibilities', 'eligibilitys'], keys: [['service_id']] },
  contacts: { names: ['contacts', 'contact'], keys: [['id']] },
  cost_options: { names: ['cost_options', 'cost_option'], keys: [['service_id']] }
};

/** The table Onward reads a CSV file name as (`services_at_location` → `service_at_location`), if any. */
export function tableOf(fileName: string): string | undefined {
  const name = fileName.toLowerCase().replace(/\.csv$/, '');
  return Object.entries(tablesRead).find(([, spec]) => spec.names.includes(name))?.[0];
}

/**
 * Imports the services in a set of HSDS CSV tables. `ctx.file` is the folder. Throws
 * {@link TableError} when a table it joins lacks a key column: a partly joined feed would look
 * complete while missing every phone (or place) of that table.
 */
export function importTabular(tables: Tables, ctx: { file: string }): { services: DirectoryService[]; issues: DataIssue[]; ledger: ImportLedger } {
  const collector = new ServiceCollector();
  const issues: DataIssue[] = [];
  const folder = ctx.file.replace(/\/+$/, '');
  const problem = (level: DataIssue['level'], file: string, field: string, text: string) => issues.push({ level, file: `${folder}/${file}`, id: '-', field, problem: text });

  const byName = new Map<string, Row[]>();
  const fileOf = new Map<string, string>();
  const unused: string[] = [];
  for (const [file, rows] of Object.entries(tables)) {
    const table = tableOf(file);
    if (!table) {
      unused.push(`${file}.csv`);
      continue;
    }
    byName.set(table, [...(byName.get(table) ?? []), ...rows]);
    fileOf.set(table, `${file}.csv`);
  }
  if (unused.length > 0) issues.push({ level: 'warning', file: ctx.file, id: '-', field: '(folder)', problem: `not read by Onward: ${unused.join(', ')}` });

  if (!byName.has('services')) {
    problem('error', 'services.csv', '(file)', 'services.csv is missing; no services imported');
    return { services: [], issues, ledger: collector.ledger };
  }
  for (const [table, rows] of byName) {
    const file = fileOf.get(table) ?? `${table}.csv`;
    const columns = new Set(rows.flatMap((row) => Object.keys(row)));
    const missing = (tablesRead[table]?.keys ?? []).filter((choice) => rows.length > 0 && !choice.some((column) => columns.has(column)));
    if (missing.length === 0) continue;
    const names = missing.map((choice) => choice.join('" or "')).join('", "');
    if (table !== 'services') throw new TableError(`${folder}/${file}: missing column "${names}", so it cannot be joined; nothing imported`);
    problem('error', file, missing[0]?.[0] ?? '', `missing column "${names}"; no services imported`);
    return { services: [], issues, ledger: collector.ledger };
  }
  const services = byName.get('services') ?? [];
  if (services.length === 0) problem('error', fileOf.get('services') ?? 'services.csv', '(file)', 'no rows; no services imported');
  const joined = joinTables((name) => byName.get(name) ?? []);
  for (const row of services) {
    const raw = joined.service(row);
    collector.add(normaliseService(raw, { file: ctx.file }), raw);
  }
  for (const [table, count] of Object.entries(joined.orphans()))
    if (count > 0) problem('warning', fileOf.get(table) ?? `${table}.csv`, '(rows)', `${count} row${count === 1 ? '' : 's'} link to no service, place, organisation or contact; not read`);
  collector.addIssues(issues);
  return { services: collector.services, issues: collector.issues, ledger: collector.ledger };
}
