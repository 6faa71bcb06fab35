/**
 * One HSDS 3.0 / Open Referral UK service record (parsed JSON, or rows joined from CSV) to one
 * Onward {@link DirectoryService}. Pure: no IO.
 *
 * Bad values are dropped one by one with an issue naming the record and field, so one broken
 * link does not cost people the whole service. Only a record with no id or name, or with a
 * status we cannot read, is skipped. Inactive and defunct services are left out (with a
 * warning): people must not be sent to a service that has closed.
 */
import type { DataIssue, DirectoryService, Organization, ServiceLocation, ServiceStatus } from '../model';
import { checkDate, checkEmail, checkWebUrl, toNumber, type Checked } from '../safe-values';
import { at, isRecord, readShort, readText, recordsIn, reporter, textOf, uniqueBy, type RawRecord, type Report } from './feed-values';
import { mergeLocations } from './merge-services';
import { normaliseLocation, type LocationParts } from './normalise-location';
import { phoneKey, phonesOf } from './normalise-phones';
import { schedulesOf } from './normalise-schedule';
import { onwardCodesOf } from './normalise-taxonomy';

export interface NormaliseContext {
  /** File or URL the record came from, named in every issue. */
  file: string;
  /** Locations by id, for `service_at_locations` that give only a `location_id` (organization files). */
  locations?: ReadonlyMap<string, RawRecord>;
  /** The organization record the service sits in, when the service does not carry its own. */
  organization?: RawRecord;
}

export interface NormalisedService {
  service?: DirectoryService;
  issues: DataIssue[];
}

/** Schema limit for `service.id`. */
const idMax = 200;
const statuses: Record<string, ServiceStatus> = {
  active: 'active',
  inactive: 'inactive',
  defunct: 'defunct',
  'temporarily closed': 'temporarily closed'
};

/** Maps one raw service; `service` is absent when the record is skipped (the issues say why). */
export function normaliseService(raw: unknown, ctx: NormaliseContext): NormalisedService {
  const issues: DataIssue[] = [];
  if (!isRecord(raw)) {
    issues.push({ level: 'error', file: ctx.file, id: '-', field: '(record)', problem: 'not an object; skipped' });
    return { issues };
  }
  const id = textOf(raw.id);
  const report = reporter(issues, ctx.file, id ?? '-');
  const name = readShort(raw, 'name', '', report);
  if (id === undefined || id.length > idMax) {
    report('error', 'id', id === undefined ? `no id; service${name ? ` "${name}"` : ''} skipped` : `id longer than ${idMax} characters; skipped`);
    return { issues };
  }
  if (name === undefined) {
    report('error', 'name', 'no name; service skipped');
    return { issues };
  }
  const status = statusOf(raw, report);
  if (status === undefined) return { issues };

  const service: DirectoryService = { id, name, status, phones: [], schedules: [], locations: [], categories: [], attributes: [] };
  setIf(service, 'alternate_name', readShort(raw, 'alternate_name', '', report));
  for (const key of ['description', 'eligibility_description', 'application_process', 'fees_description', 'alert'] as const)
    setIf(service, key, readText(raw, key, '', report));
  setIf(service, 'organization', organizationOf(isRecord(raw.organization) ? raw.organization : ctx.organization, report));
  setIf(service, 'url', webUrl(raw.url, 'url', report));
  setIf(service, 'email', emailOf(raw.email, report));
  readEligibility(raw, service, report);
  setIf(service, 'assured_date', dateOf(raw.assured_date, 'assured_date', report));
  const modified = textOf(raw.last_modified);
  // A date-time: kept as given once its date part reads.
  if (modified !== undefined && dateOf(modified, 'last_modified', report)) service.last_modified = modified;
  setIf(service, 'languages', languagesOf(raw.languages, report));

  service.phones = phonesOf(raw.phones, 'phones', report);
  // ORUK 1 feeds often give numbers only on contacts; use them when the service has none.
  if (service.phones.length === 0)
    service.phones = uniqueBy(
      recordsIn(raw.contacts).flatMap((contact, i) => phonesOf(contact.phones, at(at('contacts', i), 'phones'), report)),
      phoneKey
    );
  service.schedules = schedulesOf(raw, '', report);
  service.locations = locationsOf(raw, service, ctx, report);

  const codes = onwardCodesOf(raw, '', report);
  service.categories = codes.categories;
  service.attributes = codes.attributes;
  if (codes.categories.length === 0) {
    const terms = codes.unmatched.length > 0 ? `the feed's terms (${codes.unmatched.slice(0, 5).join(', ')}) match none` : 'the feed gave no terms';
    report('warning', 'categories', `no Onward category: ${terms}; found by search only (map terms in data/taxonomy.json)`);
  }
  return { service: inModelOrder(service), issues };
}

/** The order of `DirectoryService` in model.ts, so an imported file reads like the model. */
const fieldOrder: readonly (keyof DirectoryService)[] = [
  'id', 'name', 'alternate_name', 'description', 'organization', 'url', 'email', 'status', 'eligibility_description', 'minimum_age',
  'maximum_age', 'application_process', 'fees_description', 'alert', 'assured_date', 'last_modified', 'languages', 'phones',
  'schedules', 'locations', 'categories', 'attributes', 'national', 'demo', 'source_url',
  'source_checked_live', 'nations'
];

function inModelOrder(service: DirectoryService): DirectoryService {
  const entries = fieldOrder.filter((key) => service[key] !== undefined).map((key) => [key, service[key]]);
  return Object.fromEntries(entries) as unknown as DirectoryService;
}

function setIf<K extends keyof DirectoryService>(service: DirectoryService, key: K, value: DirectoryService[K] | undefined): void {
  if (value !== undefined) service[key] = value;
}

/** Missing status is read as active (most ORUK 1 feeds omit it); an unknown one skips the record. */
function statusOf(raw: RawRecord, report: Report): ServiceStatus | undefined {
  const text = textOf(raw.status);
  if (text === undefined) {
    report('warning', 'status', 'no status; read as active');
    return 'active';
  }
  const status = statuses[text.toLowerCase().replace(/[_-]+/g, ' ')];
  if (status === undefined) {
    // Guessing "active" could send someone to a closed door; the feed must say.
    report('error', 'status', `unknown status "${text}"; service skipped`);
    return undefined;
  }
  if (status === 'inactive' || status === 'defunct') {
    report('warning', 'status', `status is ${status}; service left out`);
    return undefined;
  }
  return status;
}

function organizationOf(raw: RawRecord | undefined, report: Report): Organization | undefined {
  if (!raw) return undefined;
  const id = textOf(raw.id);
  const name = readShort(raw, 'name', 'organization', report);
  if (id === undefined || name === undefined) {
    report('warning', `organization.${id === undefined ? 'id' : 'name'}`, 'organization has no id or name; left out');
    return undefined;
  }
  const organization: Organization = { id, name };
  // ORUK 1 calls the organization's website `url`.
  const website = webUrl(raw.website ?? raw.url, raw.website !== undefined ? 'organization.website' : 'organization.url', report);
  if (website !== undefined) organization.website = website;
  return organization;
}

/** A value through its one-door check: the clean value, or nothing and an error saying what was dropped. */
function checked(text: string | undefined, check: (raw: string) => Checked<string>, field: string, what: string, report: Report): string | undefined {
  if (text === undefined) return undefined;
  const result = check(text);
  if (result.ok) return result.value;
  report('error', field, `${what} dropped: ${result.problem}`);
  return undefined;
}

const webUrl = (raw: unknown, field: string, report: Report) => checked(textOf(raw), checkWebUrl, field, 'link', report);
const emailOf = (raw: unknown, report: Report) => checked(textOf(raw)?.replace(/^mailto:/i, ''), checkEmail, 'email', 'e-mail', report);
const dateOf = (raw: unknown, field: string, report: Report) => checked(textOf(raw), checkDate, field, 'date', report);

function ageOf(raw: unknown, field: string, report: Report): number | undefined {
  if (textOf(raw) === undefined) return undefined;
  const age = toNumber(raw);
  if (age !== undefined && age >= 0 && age <= 150) return age;
  report('error', field, `age dropped: "${String(raw)}" is not an age from 0 to 150`);
  return undefined;
}

/** Ages, and ORUK 1 `eligibilitys` (texts and ages) where the HSDS 3.0 fields are absent. */
function readEligibility(raw: RawRecord, service: DirectoryService, report: Report): void {
  setIf(service, 'minimum_age', ageOf(raw.minimum_age, 'minimum_age', report));
  setIf(service, 'maximum_age', ageOf(raw.maximum_age, 'maximum_age', report));
  const rows = recordsIn(raw.eligibilitys);
  const texts = rows.map((row, i) => readText(row, 'eligibility', at('eligibilitys', i), report)).filter((t) => t !== undefined);
  if (service.eligibility_description === undefined && texts.length > 0) service.eligibility_description = uniqueBy(texts, (t) => t).join('; ');
  for (const key of ['minimum_age', 'maximum_age'] as const) {
    for (const [i, row] of rows.entries()) {
      if (service[key] !== undefined) break;
      setIf(service, key, ageOf(row[key], at(at('eligibilitys', i), key), report));
    }
  }
}

/** Language names (or ISO codes when that is all the feed gives), each once. */
function languagesOf(list: unknown, report: Report): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const names = (list as unknown[])
    .map((item, i) => {
      const raw: RawRecord = isRecord(item) ? item : { name: item };
      return readShort(raw, 'name', at('languages', i), report) ?? textOf(raw.language) ?? textOf(raw.code);
    })
    .filter((name) => name !== undefined);
  const unique = uniqueBy(names, (name) => name.toLowerCase());
  return unique.length > 0 ? unique : undefined;
}

/**
 * The service's places: HSDS `service_at_locations` (with a nested `location`, or a
 * `location_id` found in `ctx.locations`), and bare `locations` (older feeds). One place per id.
 */
function locationsOf(raw: RawRecord, service: DirectoryService, ctx: NormaliseContext, report: Report): ServiceLocation[] {
  const parts: LocationParts[] = [];
  recordsIn(raw.service_at_locations).forEach((link, i) => {
    const linkPath = at('service_at_locations', i);
    const locationId = textOf(link.location_id);
    const nested = isRecord(link.location) ? link.location : undefined;
    const location = nested ?? (locationId !== undefined ? ctx.locations?.get(locationId) : undefined);
    if (!location) {
      report('warning', linkPath, `no location${locationId ? ` "${locationId}" in the file` : ''}; left out`);
      return;
    }
    parts.push({ location, locationPath: at(linkPath, 'location'), link, linkPath, fallbackId: `${service.id}-location-${i + 1}` });
  });
  recordsIn(raw.locations).forEach((location, i) =>
    parts.push({ location, locationPath: at('locations', i), fallbackId: `${service.id}-place-${i + 1}` })
  );
  return mergeLocations(parts.map((part) => normaliseLocation(part, service, report)));
}
