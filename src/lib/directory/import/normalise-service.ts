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
import { checkDate, checkEmail, checkWebUrl, toNumber, type Checked } from '../../safe-values';
import { at, isRecord, readShort, readText, recordsIn, reporter, textOf, uniqueBy, type RawRecord, type Report } from './feed-values';
import { mergeLocations } from './merge-services';
import { normaliseLocation, type LocationParts } from './normalise-location';
import { contactPhonesOf, ownPhonesOf } from './normalise-phones';
import { schedulesOf } from './normalise-schedule';
import { onwardCodesOf } from './normalise-taxonomy';
import { costOf } from './normalise-cost';
import { tidyWebAddress } from './written-values';

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
  /** The record was left out on purpose (inactive or defunct), not lost. */
  leftOut?: boolean;
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
  if (status === undefined) return /^(inactive|defunct)$/i.test(textOf(raw.status) ?? '') ? { issues, leftOut: true } : { issues };

  const service: DirectoryService = { id, name, status, phones: [], schedules: [], locations: [], categories: [], attributes: [] };
  setIf(service, 'alternate_name', readShort(raw, 'alternate_name', '', report));
  for (const key of ['description', 'eligibility_description', 'application_process', 'fees_description', 'alert'] as const)
    setIf(service, key, readText(raw, key, '', report));
  // HSDS 1.x calls it `fees`.
  if (service.fees_description === undefined && typeof raw.fees === 'string') setIf(service, 'fees_description', readText(raw, 'fees', '', report));
  setIf(service, 'organization', organizationOf(organizationRecordOf(raw) ?? ctx.organization, report));
  const urlKey = textOf(raw.url) !== undefined ? 'url' : 'website';
  setIf(service, 'url', webUrl(raw[urlKey], urlKey, report));
  setIf(service, 'email', emailOf(raw, report));
  if (service.fees_description === undefined) setIf(service, 'fees_description', costOf(raw, report));
  readEligibility(raw, service, report);
  setIf(service, 'assured_date', dateOf(raw.assured_date, 'assured_date', report));
  const modified = textOf(raw.last_modified);
  // A date-time: kept as given once its date part reads.
  if (modified !== undefined && dateOf(modified, 'last_modified', report)) service.last_modified = modified;
  setIf(service, 'languages', languagesOf(raw.languages, report));

  // `phones`, or a single `phone`/`telephone` on the service itself (read like a contact's).
  service.phones = ownPhonesOf(raw, '', report);
  // ORUK 1 feeds and council APIs often give numbers only on contacts; use them when the service has none.
  if (service.phones.length === 0) service.phones = contactPhonesOf(raw.contacts, 'contacts', report);
  service.schedules = schedulesOf(raw, '', report);
  service.locations = locationsOf(raw, service, ctx, report);
  // HSDS 1.x often hangs the only number off the organisation: better that than no number at all.
  if (service.phones.length === 0 && !service.locations.some((place) => place.phones?.length)) {
    const organization = organizationRecordOf(raw) ?? ctx.organization;
    if (organization)
      service.phones = [...ownPhonesOf(organization, 'organization', report), ...contactPhonesOf(organization.contacts, 'organization.contacts', report)];
  }

  const codes = onwardCodesOf(raw, '', report);
  service.categories = codes.categories;
  service.attributes = codes.attributes;
  if (codes.keywords.length > 0) service.keywords = codes.keywords;
  if (codes.categories.length === 0) {
    const terms = codes.unmatched.length > 0 ? `the feed's terms (${codes.unmatched.slice(0, 5).join(', ')}) match none` : 'the feed gave no terms';
    report('warning', 'categories', `no Onward category: ${terms}; found by search only (map terms in data/taxonomy-map.json)`);
  }
  return { service: inModelOrder(service), issues };
}

/** The service's organisation record: HSDS `organization`, or the British `organisation` of UK council APIs. */
function organizationRecordOf(raw: RawRecord): RawRecord | undefined {
  if (isRecord(raw.organization)) return raw.organization;
  return isRecord(raw.organisation) ? raw.organisation : undefined;
}

/**
 * The record as the feed holds it, with what the context adds (the organisation it sits in, the
 * places its links name by id): what the field report counts as "in".
 */
export function sourceView(raw: RawRecord, ctx: NormaliseContext): RawRecord {
  const links = recordsIn(raw.service_at_locations).map((link) => {
    const id = textOf(link.location_id);
    const location = !isRecord(link.location) && id !== undefined ? ctx.locations?.get(id) : undefined;
    return location ? { ...link, location } : link;
  });
  const organization = organizationRecordOf(raw) ?? ctx.organization;
  return { ...raw, service_at_locations: links, ...(organization ? { organization } : {}) };
}

/** The order of `DirectoryService` in model.ts, so an imported file reads like the model. */
const fieldOrder: readonly (keyof DirectoryService)[] = [
  'id', 'name', 'alternate_name', 'description', 'organization', 'url', 'email', 'status', 'eligibility_description', 'minimum_age',
  'maximum_age', 'application_process', 'fees_description', 'alert', 'assured_date', 'last_modified', 'languages', 'phones',
  'schedules', 'locations', 'categories', 'attributes', 'keywords', 'national', 'demo', 'source_url',
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
  if (name === undefined) {
    report('warning', 'organization.name', 'organization has no name; left out');
    return undefined;
  }
  // An organisation with a name and no id is still worth showing; its name stands in as the id.
  const organization: Organization = { id: id ?? name, name };
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

const webUrl = (raw: unknown, field: string, report: Report) => {
  const text = textOf(raw);
  return checked(text === undefined ? undefined : tidyWebAddress(text), checkWebUrl, field, 'link', report);
};

/** The service's e-mail, else the first contact's (ORUK 1 and council APIs put it there). */
function emailOf(raw: RawRecord, report: Report): string | undefined {
  const tidy = (value: unknown) => textOf(value)?.replace(/^mailto:/i, '').replace(/[\s.,;:)>]+$/, '').replace(/^[<(]/, '');
  if (textOf(raw.email) !== undefined) return checked(tidy(raw.email), checkEmail, 'email', 'e-mail', report);
  const contacts = recordsIn(raw.contacts);
  const index = contacts.findIndex((contact) => textOf(contact.email) !== undefined);
  if (index < 0) return undefined;
  return checked(tidy(contacts[index]?.email), checkEmail, at(at('contacts', index), 'email'), 'e-mail', report);
}
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
  // HSDS names, and the `min_age`/`max_age` of UK council APIs.
  const ages = { minimum_age: 'min_age', maximum_age: 'max_age' } as const;
  for (const [key, short] of Object.entries(ages) as [keyof typeof ages, string][]) {
    const field = textOf(raw[key]) !== undefined ? key : short;
    setIf(service, key, ageOf(raw[field], field, report));
  }
  const rows = recordsIn(raw.eligibilitys ?? raw.eligibilities);
  const texts = rows.map((row, i) => readText(row, 'eligibility', at('eligibilitys', i), report)).filter((t) => t !== undefined);
  // HSDS 1.x and Ohana write eligibility as one text column.
  if (service.eligibility_description === undefined && typeof raw.eligibility === 'string') setIf(service, 'eligibility_description', readText(raw, 'eligibility', '', report));
  if (service.eligibility_description === undefined && texts.length > 0) service.eligibility_description = uniqueBy(texts, (t) => t).join('; ');
  for (const [key, short] of Object.entries(ages) as [keyof typeof ages, string][]) {
    for (const [i, row] of rows.entries()) {
      if (service[key] !== undefined) break;
      const field = textOf(row[key]) !== undefined ? key : short;
      setIf(service, key, ageOf(row[field], at(at('eligibilitys', i), field), report));
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
  // A flat export (one CSV row per service) puts the address and position on the service itself.
  if (parts.length === 0 && flatPlaceKeys.some((key) => textOf(raw[key]) !== undefined || isRecord(raw[key]))) {
    const place = { ...Object.fromEntries(Object.entries(raw).filter(([key]) => !notOnFlatPlace.has(key))), id: `${service.id}-place` };
    parts.push({ location: place, locationPath: '', fallbackId: `${service.id}-place` });
  }
  return mergeLocations(parts.map((part) => normaliseLocation(part, service, report)));
}

/** Keys that mean a service record carries its own place. */
const flatPlaceKeys = ['address_1', 'address', 'postal_code', 'postcode', 'latitude', 'lat', 'geometry'];
/** The service's own fields, which a flat record's place must not repeat. */
const notOnFlatPlace = new Set(['id', 'name', 'phones', 'schedules', 'regular_schedules', 'holiday_schedules']);
