/**
 * `npm run data:check`: structure by JSON Schema (ajv, `data/schema/dataset.schema.json`), then the
 * quality rules a schema cannot express. Pure: takes parsed JSON, returns issues.
 *
 * Errors (exit 1): schema violations, missing id/name, duplicate ids, coordinates out of range,
 * unknown category or attribute, malformed phone or link, unparseable schedule, a broken
 * character (a lone UTF-16 surrogate, which would throw in the page's link building), a national
 * record without a source, `source_checked_live` without a source, a report address
 * (`source.contact_email`) that is not an e-mail address, a `nations` code that is not a UK nation
 * (schema). Warnings (exit 0): assured_date missing or older than 12 months,
 * no location on the map, no way to contact (no phone and no URL).
 */
import Ajv, { type ErrorObject } from 'ajv';
import datasetSchema from '../../../../data/schema/dataset.schema.json';
import type { DataIssue, DirectoryService, Schedule } from '../model';
import { checkCoordinates, checkEmail, checkLink, checkPhone, checkWebUrl } from '../../safe-values';
import { isAttributeCode, isCategoryCode } from '../taxonomy';
import { scheduleProblems } from '../schedule';
import { isStale, staleAfterMonths } from '../freshness';
import { isRecord } from '../import/feed-values';

const ajv = new Ajv({ allErrors: true, strict: true });
const validateStructure = ajv.compile(datasetSchema);

export interface CheckOptions {
  /** File name used in every issue. */
  file: string;
  /** "Today", for the 12-month freshness rule. */
  today: Date;
}

/** All problems in a dataset, errors first in record order. */
export function checkDataset(json: unknown, options: CheckOptions): DataIssue[] {
  const issues: DataIssue[] = [];
  if (!validateStructure(json)) {
    for (const error of validateStructure.errors ?? []) issues.push(schemaIssue(json, error, options.file));
    // Quality rules assume the structure holds; a broken file reports its structure first.
    if (!hasServiceArray(json)) return issues;
  }
  issues.push(...checkSource(json, options.file));
  const services = (json as { services: unknown[] }).services;
  const seen = new Map<string, number>();
  services.forEach((raw, index) => {
    if (!isRecord(raw)) return;
    const service = raw as unknown as DirectoryService;
    const id = typeof service.id === 'string' && service.id ? service.id : `#${index}`;
    if (seen.has(id)) {
      issues.push(error(options.file, id, 'id', `duplicate id (also record #${seen.get(id)})`));
    } else seen.set(id, index);
    issues.push(...checkService(service, id, options));
  });
  return issues;
}

/** The dataset's own fields the schema cannot judge: the report address must be a real e-mail address. */
function checkSource(json: unknown, file: string): DataIssue[] {
  const source = isRecord(json) ? json.source : undefined;
  const contact = isRecord(source) ? source.contact_email : undefined;
  if (typeof contact !== 'string') return [];
  const email = checkEmail(contact);
  return email.ok ? [] : [error(file, '-', 'source.contact_email', email.problem)];
}

function checkService(service: DirectoryService, id: string, { file, today }: CheckOptions): DataIssue[] {
  const issues: DataIssue[] = [];
  const add = (level: DataIssue['level'], field: string, problem: string) => issues.push({ level, file, id, field, problem });

  for (const field of brokenStrings(service, '')) add('error', field, 'broken character (half of a UTF-16 pair): the page cannot put it in a link');
  for (const [i, code] of (service.categories ?? []).entries())
    if (!isCategoryCode(code)) add('error', `categories.${i}`, `unknown category "${code}" (see data/taxonomy.json)`);
  for (const [i, code] of (service.attributes ?? []).entries())
    if (!isAttributeCode(code)) add('error', `attributes.${i}`, `unknown attribute "${code}" (see data/taxonomy.json)`);

  const link = (field: string, value: string | undefined, check: typeof checkLink) => {
    if (value === undefined) return;
    const result = check(value);
    if (!result.ok) add('error', field, result.problem);
  };
  link('url', service.url, checkWebUrl);
  link('organization.website', service.organization?.website, checkWebUrl);
  link('source_url', service.source_url, checkWebUrl);
  if (service.email !== undefined) {
    const email = checkEmail(service.email.replace(/^mailto:/, ''));
    if (!email.ok) add('error', 'email', email.problem);
  }
  const phones = (list: DirectoryService['phones'] | undefined, prefix: string) =>
    (list ?? []).forEach((phone, i) => {
      const result = checkPhone(phone.number ?? '');
      if (!result.ok) add('error', `${prefix}.${i}.number`, result.problem);
    });
  const schedules = (list: Schedule[] | undefined, prefix: string) =>
    (list ?? []).forEach((schedule, i) => {
      for (const problem of scheduleProblems(schedule)) add('error', `${prefix}.${i}`, `unparseable schedule: ${problem}`);
    });
  phones(service.phones, 'phones');
  schedules(service.schedules, 'schedules');

  let mapped = false;
  (service.locations ?? []).forEach((location, i) => {
    phones(location.phones, `locations.${i}.phones`);
    schedules(location.schedules, `locations.${i}.schedules`);
    if (location.latitude === undefined && location.longitude === undefined) return;
    const coordinates = checkCoordinates(location.latitude, location.longitude);
    if (coordinates.ok) mapped = true;
    else add('error', `locations.${i}.latitude`, coordinates.problem);
  });

  if (service.national && !service.source_url) add('error', 'source_url', 'a national service needs the source of its number');
  // "Checked live" would be a claim about a page that is not there.
  if (service.source_checked_live && !service.source_url) add('error', 'source_checked_live', 'says the source was checked live, but there is no source_url');
  if (!service.national && !mapped) add('warning', 'locations', 'no location on the map: it is listed but has no distance');
  if (!service.phones?.length && !service.url && !service.locations?.some((l) => l.phones?.length))
    add('warning', 'phones', 'no phone and no website: people have no way to get in touch first');
  if (!service.assured_date) add('warning', 'assured_date', 'never checked: add the date the details were last checked');
  else if (isStale(service.assured_date, today.toISOString().slice(0, 10)))
    add('warning', 'assured_date', `last checked ${service.assured_date}, more than ${staleAfterMonths} months ago`);
  return issues;
}

/** Dotted paths of the strings in a record that are not well-formed Unicode (a lone surrogate). */
function brokenStrings(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.isWellFormed() ? [] : [path || '(record)'];
  if (Array.isArray(value)) return value.flatMap((item, i) => brokenStrings(item, path ? `${path}.${i}` : String(i)));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => brokenStrings(item, path ? `${path}.${key}` : key));
  return [];
}

/** Turns an ajv error into `service id › field` by walking its instance path. */
function schemaIssue(json: unknown, e: ErrorObject, file: string): DataIssue {
  const parts = e.instancePath.split('/').slice(1);
  let id = '-';
  let field = parts.join('.') || '(file)';
  if (parts[0] === 'services' && parts[1] !== undefined && hasServiceArray(json)) {
    const record = json.services[Number(parts[1])];
    id = isRecord(record) && typeof record.id === 'string' && record.id ? record.id : `#${parts[1]}`;
    field = parts.slice(2).join('.') || '(record)';
  }
  const problem =
    e.keyword === 'required'
      ? `missing ${String(e.params.missingProperty)}`
      : e.keyword === 'additionalProperties'
        ? `unknown field "${String(e.params.additionalProperty)}"`
        : (e.message ?? e.keyword);
  return error(file, id, e.keyword === 'required' ? joinField(field, String(e.params.missingProperty)) : field, problem);
}

function joinField(parent: string, child: string): string {
  return parent === '(record)' || parent === '(file)' ? child : `${parent}.${child}`;
}

function error(file: string, id: string, field: string, problem: string): DataIssue {
  return { level: 'error', file, id, field, problem };
}

function hasServiceArray(json: unknown): json is { services: unknown[] } {
  return isRecord(json) && Array.isArray(json.services);
}

/**
 * Ids must be unique across every dataset built together, not only within a file: two council
 * feeds both using id "1" would otherwise merge into one service in search and shared links.
 */
export function duplicateIdsAcross(datasets: readonly { file: string; json: unknown }[]): DataIssue[] {
  const firstFile = new Map<string, string>();
  const issues: DataIssue[] = [];
  for (const { file, json } of datasets) {
    if (!hasServiceArray(json)) continue;
    const inThisFile = new Set<string>();
    for (const record of json.services) {
      const id = isRecord(record) && typeof record.id === 'string' ? record.id : undefined;
      if (!id || inThisFile.has(id)) continue; // missing and in-file duplicates are reported by checkDataset
      inThisFile.add(id);
      const other = firstFile.get(id);
      if (other !== undefined) issues.push(error(file, id, 'id', `the same id is used in ${other}: ids must be unique across datasets`));
      else firstFile.set(id, file);
    }
  }
  return issues;
}
