/**
 * HSDS 3.0 / Open Referral UK JSON, in whichever shape a file or API page holds it: one service,
 * a list of services, a paginated list (`contents` in HSDS 3.0, `content` in ORUK 1), a
 * service_at_location (or a list of them), an organization with its `services` and `locations`,
 * or `{ services: [...] }`. A bare location holds no service and gives none.
 */
import type { DataIssue, DirectoryService } from '../model';
import { toNumber } from '../../safe-values';
import { at, isRecord, recordsIn, reporter, textOf, type RawRecord } from './feed-values';
import { ServiceCollector, type ImportLedger } from './merge-services';
import { coordinatesOf } from './normalise-location';
import { normaliseService, sourceView, type NormaliseContext } from './normalise-service';

/** Paging fields of an HSDS list (ORUK 1's Spring-style names are read too). */
export interface PageInfo {
  total_pages?: number;
  page_number?: number;
  last_page?: boolean;
}

export interface HsdsImport {
  services: DirectoryService[];
  issues: DataIssue[];
  /** Every source record and what became of it, for the field report. */
  ledger: ImportLedger;
  /** Present when the JSON was a paginated list. */
  pageInfo?: PageInfo;
}

type Shape = 'list' | 'array' | 'organization' | 'wrapper' | 'service-at-location' | 'location' | 'other' | 'service';

/** Imports every service in a parsed JSON file (or API page). Never throws. */
export function importHsdsJson(json: unknown, ctx: { file: string }): HsdsImport {
  const collector = new ServiceCollector();
  readHsdsJson(json, ctx, collector);
  const result: HsdsImport = { services: collector.services, issues: collector.issues, ledger: collector.ledger };
  if (shapeOf(json) === 'list') result.pageInfo = pageInfoOf(json as RawRecord);
  return result;
}

/** Reads every service in `json` into `collector` (an API import reads each page into one). Never throws. */
export function readHsdsJson(json: unknown, ctx: { file: string }, collector: ServiceCollector): void {
  const issues: DataIssue[] = [];
  const shape = shapeOf(json);
  if (shape === undefined) {
    issues.push({ level: 'error', file: ctx.file, id: '-', field: '(file)', problem: 'holds no HSDS service, list or organization' });
  } else if (shape === 'location') {
    readBareLocation(json as RawRecord, ctx.file, issues, 'this file holds a location and no services');
  } else {
    readAny(json, ctx, collector, issues, '');
  }
  collector.addIssues(issues);
}

/** The items of a list page (`contents`, `content`, `data`, `results`, `items`), or a bare array. */
export function listItems(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (!isRecord(json)) return undefined;
  for (const key of listKeys) if (Array.isArray(json[key])) return json[key];
  return undefined;
}

/** Where a page keeps its records: HSDS 3.0 `contents`, ORUK 1 `content`, and common API wrappers. */
const listKeys = ['contents', 'content', 'data', 'results', 'items'];

/** HSDS 3.0 `total_pages`/`page_number`/`last_page`, or ORUK 1 `totalPages`/`number`/`last`. */
export function pageInfoOf(json: RawRecord): PageInfo {
  const info: PageInfo = {};
  const total = toNumber(json.total_pages ?? json.totalPages);
  const page = toNumber(json.page_number ?? json.number);
  const last = json.last_page ?? json.last;
  if (total !== undefined) info.total_pages = total;
  if (page !== undefined) info.page_number = page;
  if (typeof last === 'boolean') info.last_page = last;
  return info;
}

function shapeOf(value: unknown): Shape | undefined {
  if (Array.isArray(value)) return 'array';
  if (!isRecord(value)) return undefined;
  if (listKeys.some((key) => Array.isArray(value[key]))) return 'list';
  if (Array.isArray(value.services)) return textOf(value.id) !== undefined || textOf(value.name) !== undefined ? 'organization' : 'wrapper';
  if (isRecord(value.service)) return 'service-at-location';
  if (otherRecordOf(value)) return 'other';
  // Locations carry phones, schedules and organization_id too; these keys only a service has.
  const placeLike = ['location_type', 'addresses', 'physical_addresses', 'latitude', 'longitude', 'transportation'].some((key) => key in value);
  const serviceLike = ['status', 'service_at_locations', 'organization', 'service_areas', 'eligibility_description', 'application_process',
    'assured_date', 'regular_schedules', 'service_taxonomys', 'eligibilitys'].some((key) => key in value);
  if (placeLike && !serviceLike) return 'location';
  return 'service';
}

/** Keys only a service has: a record with one of them is read as a service, whatever else it holds. */
const serviceKeys = ['status', 'service_at_locations', 'locations', 'phones', 'contacts', 'schedules', 'regular_schedules', 'eligibility_description',
  'application_process', 'fees_description', 'cost_options', 'attributes', 'service_taxonomys', 'taxonomies', 'min_age', 'minimum_age', 'url',
  'organization', 'organisation', 'organization_id'];
const organizationKeys = ['tax_status', 'tax_id', 'year_incorporated', 'legal_status', 'logo', 'uri', 'parent_organization_id', 'organization_identifiers'];
const termKeys = ['term_uri', 'taxonomy_detail', 'vocabulary', 'parent_id', 'code'];

/** What a record that is not a service is ("an organization with no services"), so it is skipped, not counted as a lost service. */
function otherRecordOf(value: RawRecord): string | undefined {
  if (textOf(value.id) === undefined && textOf(value.name) === undefined) return 'not a record with an id or name (metadata?)';
  if (serviceKeys.some((key) => key in value)) return undefined;
  if (organizationKeys.some((key) => key in value)) return 'an organization with no services';
  if (termKeys.some((key) => key in value)) return 'a taxonomy term';
  return undefined;
}

function readAny(value: unknown, ctx: NormaliseContext, collector: ServiceCollector, issues: DataIssue[], path: string): void {
  const shape = shapeOf(value);
  if (shape === 'other') {
    const record = value as RawRecord;
    issues.push({ level: 'warning', file: ctx.file, id: textOf(record.id) ?? '-', field: path || '(record)', problem: `${otherRecordOf(record)}, not a service; skipped` });
    return;
  }
  if (shape === 'list' || shape === 'array') {
    (listItems(value) ?? []).forEach((item, i) => readAny(item, ctx, collector, issues, at(path, i)));
  } else if (shape === 'organization' || shape === 'wrapper') {
    readOrganization(value as RawRecord, ctx, collector, issues, shape === 'organization');
  } else if (shape === 'service-at-location') {
    const service = serviceFromLink(value as RawRecord);
    collector.add(normaliseService(service, ctx), sourceView(service, ctx), true);
  } else if (shape === 'location') {
    readBareLocation(value as RawRecord, ctx.file, issues, `record ${path || '(top)'} is a location, not a service; skipped`);
  } else if (shape === 'service') {
    collector.add(normaliseService(value, ctx), sourceView(value as RawRecord, ctx));
  } else {
    issues.push({ level: 'error', file: ctx.file, id: '-', field: path || '(record)', problem: 'not an object; skipped' });
  }
}

/**
 * An organization's services, each given the organization when it carries none, and able to
 * find its places by `location_id` among the organization's `locations`.
 */
function readOrganization(org: RawRecord, ctx: NormaliseContext, collector: ServiceCollector, issues: DataIssue[], isOrg: boolean): void {
  const locations = new Map<string, RawRecord>(ctx.locations ?? []);
  for (const location of recordsIn(org.locations)) {
    const id = textOf(location.id);
    if (id !== undefined) locations.set(id, location);
  }
  const inner: NormaliseContext = { file: ctx.file, locations, organization: isOrg ? org : ctx.organization };
  const services = org.services as unknown[];
  if (services.length === 0)
    issues.push({ level: 'warning', file: ctx.file, id: textOf(org.id) ?? '-', field: 'services', problem: 'no services listed' });
  services.forEach((item, i) => readAny(item, inner, collector, issues, at('services', i)));
}

/** A service_at_location record as its service, holding that one place. */
function serviceFromLink(link: RawRecord): RawRecord {
  const service = link.service as RawRecord;
  const place: RawRecord = { ...link };
  delete place.service;
  return { ...service, service_at_locations: [...recordsIn(service.service_at_locations), place] };
}

/** Reports what is wrong with a location that has no service (its coordinates), and that it gives nothing. */
function readBareLocation(location: RawRecord, file: string, issues: DataIssue[], note: string): void {
  const report = reporter(issues, file, textOf(location.id) ?? '-');
  coordinatesOf(location, '', report);
  report('warning', '(record)', note);
}
