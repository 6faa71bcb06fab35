/**
 * The HSDS tabular form: one CSV per object (`services.csv`, `locations.csv`, `phones.csv` …),
 * linked by `service_id`, `location_id`, `service_at_location_id` and `attributes.link_id`.
 * Rows are joined into the nested JSON shape and go through the same `normaliseService` as JSON
 * feeds, so both forms follow one set of rules. Older ORUK CSVs (`regular_schedules`,
 * `holiday_schedules`, `physical_addresses`, `service_taxonomy` + `taxonomy`, `eligibility`)
 * are joined too. Pure: the caller reads the files (scripts/data/read-csv-folder.ts).
 */
import type { DataIssue, DirectoryService } from '../model';
import { textOf, type RawRecord } from './feed-values';
import { ServiceCollector } from './merge-services';
import { normaliseService } from './normalise-service';

/** Rows of each CSV, keyed by file name without `.csv` (`services`, `phones` …). */
export type Tables = Record<string, Record<string, string>[]>;

/** The columns without which a table cannot be joined. */
const requiredColumns: Record<string, readonly string[]> = {
  services: ['id', 'name'],
  organizations: ['id'],
  locations: ['id'],
  addresses: ['location_id'],
  physical_addresses: ['location_id'],
  phones: ['number'],
  schedules: [],
  regular_schedules: [],
  holiday_schedules: [],
  service_at_location: ['service_id', 'location_id'],
  service_at_locations: ['service_id', 'location_id'],
  accessibility: ['location_id'],
  accessibility_for_disabilities: ['location_id'],
  languages: [],
  attributes: ['link_id', 'taxonomy_term_id'],
  taxonomy_terms: ['id'],
  taxonomies: ['id'],
  service_taxonomy: ['service_id', 'taxonomy_id'],
  taxonomy: ['id'],
  eligibility: ['service_id'],
  contacts: ['id']
};

type Row = Record<string, string>;

/** Imports the services in a set of HSDS CSV tables. `ctx.file` is the folder. Never throws. */
export function importTabular(tables: Tables, ctx: { file: string }): { services: DirectoryService[]; issues: DataIssue[] } {
  const collector = new ServiceCollector();
  const issues: DataIssue[] = [];
  const fileOf = (table: string) => `${ctx.file.replace(/\/+$/, '')}/${table}.csv`;
  const problem = (level: DataIssue['level'], table: string, field: string, text: string) =>
    issues.push({ level, file: fileOf(table), id: '-', field, problem: text });

  const unused = Object.keys(tables).filter((name) => !(name in requiredColumns));
  if (unused.length > 0)
    issues.push({ level: 'warning', file: ctx.file, id: '-', field: '(folder)', problem: `not read by Onward: ${unused.map((n) => `${n}.csv`).join(', ')}` });

  // Each table is checked once, however many joins use it, so its problems are reported once.
  const checked = new Map<string, Row[]>();
  const usable = (name: string): Row[] => {
    let rows = checked.get(name);
    if (!rows) checked.set(name, (rows = checkedRows(tables, name, problem)));
    return rows;
  };
  if (!tables.services) problem('error', 'services', '(file)', 'services.csv is missing; no services imported');
  const services = usable('services');
  if (services.length > 0) {
    const joined = joinTables(usable);
    for (const row of services) collector.add(normaliseService(joined(row), { file: ctx.file }));
  }
  collector.addIssues(issues);
  return { services: collector.services, issues: collector.issues };
}

/** A table's rows, or none (with an error) when a column it is joined by is missing. */
function checkedRows(tables: Tables, name: string, problem: (level: DataIssue['level'], table: string, field: string, text: string) => void): Row[] {
  const rows = tables[name] ?? [];
  if (rows.length === 0) {
    // An empty optional table (no holiday closures, say) is normal; no services is not.
    if (name === 'services' && tables[name]) problem('error', name, '(file)', 'no rows; no services imported');
    return [];
  }
  const columns = new Set(rows.flatMap((row) => Object.keys(row)));
  const missing = (requiredColumns[name] ?? []).filter((column) => !columns.has(column));
  if (missing.length === 0) return rows;
  const what = name === 'services' ? 'no services imported' : 'table not read';
  problem('error', name, missing[0] ?? '', `missing column${missing.length > 1 ? 's' : ''} "${missing.join('", "')}"; ${what}`);
  return [];
}

/** Returns a function that turns a services.csv row into a nested HSDS service record. */
function joinTables(usable: (name: string) => Row[]): (row: Row) => RawRecord {
  const rows = (...names: string[]) => names.flatMap(usable);
  const byId = (...names: string[]) => {
    const map = new Map<string, Row>();
    for (const row of rows(...names)) {
      const id = textOf(row.id);
      if (id !== undefined && !map.has(id)) map.set(id, row);
    }
    return map;
  };
  const by = (column: string, list: Row[]) => {
    const map = new Map<string, Row[]>();
    for (const row of list) {
      const key = textOf(row[column]);
      if (key !== undefined) map.set(key, [...(map.get(key) ?? []), row]);
    }
    return (id: string | undefined) => (id === undefined ? [] : (map.get(id) ?? []));
  };

  const phones = rows('phones');
  const schedules = rows('schedules', 'regular_schedules');
  const holidays = rows('holiday_schedules');
  // A phone or schedule row names every record it belongs to; it is attached to each, and the
  // place-level copy of a service's own phone or hours is dropped when the place is read.
  const linked = (column: string) => ({
    phones: by(column, phones),
    schedules: by(column, schedules),
    holidays: by(column, holidays)
  });
  const forService = linked('service_id');
  const forLink = linked('service_at_location_id');
  const forLocation = linked('location_id');

  const organizations = byId('organizations');
  const termsById = byId('taxonomy_terms');
  const taxonomiesById = byId('taxonomies');
  const oldTerms = byId('taxonomy');
  const addresses = by('location_id', rows('addresses', 'physical_addresses'));
  const accessibility = by('location_id', rows('accessibility', 'accessibility_for_disabilities'));
  const locations = new Map(
    [...byId('locations')].map(([id, row]) => [
      id,
      {
        ...row,
        addresses: addresses(id),
        accessibility: accessibility(id),
        phones: forLocation.phones(id),
        schedules: forLocation.schedules(id),
        holiday_schedules: forLocation.holidays(id)
      }
    ])
  );
  const links = by('service_id', rows('service_at_location', 'service_at_locations'));
  const languages = by('service_id', rows('languages'));
  const attributes = by('link_id', rows('attributes'));
  const serviceTerms = by('service_id', rows('service_taxonomy'));
  const eligibility = by('service_id', rows('eligibility'));
  const contacts = by('service_id', rows('contacts'));
  const contactPhones = by('contact_id', phones);

  const termOf = (id: string | undefined) => {
    const term = id === undefined ? undefined : termsById.get(id);
    if (!term) return undefined;
    const taxonomy = taxonomiesById.get(textOf(term.taxonomy_id) ?? '');
    return { ...term, taxonomy_detail: taxonomy ?? {} };
  };

  return (row) => {
    const id = textOf(row.id);
    const organization = organizations.get(textOf(row.organization_id) ?? '');
    return {
      ...row,
      ...(organization ? { organization } : {}),
      phones: forService.phones(id),
      schedules: forService.schedules(id),
      holiday_schedules: forService.holidays(id),
      service_at_locations: links(id).map((link) => ({
        ...link,
        location: locations.get(textOf(link.location_id) ?? ''),
        phones: forLink.phones(textOf(link.id)),
        schedules: forLink.schedules(textOf(link.id)),
        holiday_schedules: forLink.holidays(textOf(link.id))
      })),
      languages: languages(id),
      attributes: attributes(id).map((attribute) => ({ ...attribute, taxonomy_term: termOf(textOf(attribute.taxonomy_term_id)) })),
      service_taxonomys: serviceTerms(id).map((link) => ({ taxonomy: oldTerms.get(textOf(link.taxonomy_id) ?? '') })),
      eligibilitys: eligibility(id),
      contacts: contacts(id).map((contact) => ({ ...contact, phones: contactPhones(textOf(contact.id)) }))
    };
  };
}
