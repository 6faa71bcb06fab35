/**
 * Which of the reported fields a feed's record holds, and which an imported service kept. The
 * source side looks wider than the importer reads, on purpose: a phone under a key Onward does
 * not know still counts as "in", so losing it shows up in the field report instead of vanishing.
 */
import type { DirectoryService } from '../model';
import { isRecord, textOf, type RawRecord } from './feed-values';
import { freeTermKeys } from './normalise-taxonomy';

/** The fields of the field report, in the order it prints them. */
export const reportFields = ['service', 'phone', 'address', 'position', 'organisation', 'schedule', 'website', 'email', 'term', 'age', 'eligibility', 'cost'] as const;
export type ReportField = (typeof reportFields)[number];

/** Subtrees that are not the service's own place: an organisation's offices, areas served, postal addresses. */
const notAPlace = /^(organi[sz]ation|service_areas?|areas?|postal_address(es)?|mail_address(es)?|contacts)$/i;
const phoneKey = /^(phones?|telephone|tel|mobile|phone_?number|telephone_?number)$/i;
const addressKey = /^(address_?1|address_?line_?1|street_address|postal_?code|postcode|post_code|zip(_?code)?)$/i;
const positionKey = /^(latitude|longitude|lat|lng|lon)$/i;
const scheduleKey = /^(schedules?|regular_schedules?|holiday_schedules?)$/i;

/** Calls `visit` with each non-empty leaf and the keys above it, leaving out subtrees `skip` matches. */
function walk(value: unknown, keys: string[], visit: (keys: string[]) => void, skip?: RegExp): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...keys, String(i)], visit, skip));
  else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) if (!skip?.test(key)) walk(child, [...keys, key], visit, skip);
  } else if (textOf(value) !== undefined) visit(keys);
}

function any(value: unknown, test: (keys: string[]) => boolean, skip?: RegExp): boolean {
  let found = false;
  walk(value, [], (keys) => (found ||= test(keys)), skip);
  return found;
}

const named = (keys: string[]) => keys.filter((key) => !/^\d+$/.test(key));
const last = (keys: string[]) => named(keys).at(-1) ?? '';

const hasText = (raw: RawRecord, ...keys: string[]) => keys.some((key) => textOf(raw[key]) !== undefined);
const listOf = (value: unknown): RawRecord[] => (Array.isArray(value) ? value.filter(isRecord) : isRecord(value) ? [value] : []);

/** The reported fields a source record holds (`service` always). */
export function fieldsIn(raw: RawRecord): Set<ReportField> {
  const out = new Set<ReportField>(['service']);
  const add = (field: ReportField, present: boolean) => present && out.add(field);
  const organization = isRecord(raw.organization) ? raw.organization : isRecord(raw.organisation) ? raw.organisation : undefined;
  add(
    'phone',
    any(raw, (keys) => {
      const names = named(keys);
      return phoneKey.test(last(keys)) || (last(keys) === 'number' && names.slice(0, -1).some((key) => /phone/i.test(key)));
    })
  );
  add('address', any(raw, (keys) => addressKey.test(last(keys)) || last(keys) === 'address', notAPlace));
  add('position', any(raw, (keys) => positionKey.test(last(keys)) || named(keys).slice(-2).join('.') === 'geometry.coordinates', notAPlace));
  add('organisation', organization !== undefined && hasText(organization, 'name'));
  add('schedule', any(raw, (keys) => named(keys).some((key) => scheduleKey.test(key)) && !/^(id|.*_id)$/.test(last(keys)), /^organi[sz]ation$/i));
  add('website', hasText(raw, 'url', 'website'));
  add('email', hasText(raw, 'email') || listOf(raw.contacts).some((contact) => hasText(contact, 'email')));
  const terms =
    listOf(raw.attributes).some((attribute) => isRecord(attribute.taxonomy_term)) ||
    listOf(raw.service_taxonomys).some((link) => isRecord(link.taxonomy) && hasText(link.taxonomy, 'name', 'id', 'code')) ||
    listOf(raw.taxonomies).some((term) => hasText(term, 'name', 'id', 'code')) ||
    hasText(raw, 'taxonomy_ids', ...freeTermKeys) ||
    freeTermKeys.some((key) => Array.isArray(raw[key]) && any(raw[key], () => true));
  add('term', terms);
  const ages = ['minimum_age', 'maximum_age', 'min_age', 'max_age'];
  const eligibility = listOf(raw.eligibilitys ?? raw.eligibilities);
  add('age', hasText(raw, ...ages) || eligibility.some((row) => hasText(row, ...ages)));
  add('eligibility', hasText(raw, 'eligibility_description') || typeof raw.eligibility === 'string' && hasText(raw, 'eligibility') || eligibility.some((row) => hasText(row, 'eligibility')));
  add('cost', hasText(raw, 'fees_description') || (typeof raw.fees === 'string' && hasText(raw, 'fees')) || listOf(raw.cost_options).some((row) => hasText(row, 'amount', 'option', 'amount_description', 'cadence')));
  return out;
}

/** The reported fields an imported service holds. */
export function fieldsKept(service: DirectoryService): Set<ReportField> {
  const out = new Set<ReportField>(['service']);
  const add = (field: ReportField, present: unknown) => present && out.add(field);
  add('phone', service.phones.length > 0 || service.locations.some((place) => place.phones?.length));
  add('address', service.locations.some((place) => place.address));
  add('position', service.locations.some((place) => place.latitude !== undefined));
  add('organisation', service.organization);
  add('schedule', service.schedules.length > 0 || service.locations.some((place) => place.schedules?.length));
  add('website', service.url);
  add('email', service.email);
  add('term', service.keywords?.length || service.categories.length || service.attributes.length);
  add('age', service.minimum_age !== undefined || service.maximum_age !== undefined);
  add('eligibility', service.eligibility_description);
  add('cost', service.fees_description);
  return out;
}

/** Which reported field an issue's dotted path is about, if any (`locations.0.latitude` → position). */
export function fieldOfIssue(path: string): ReportField | undefined {
  const keys = path.split('.').filter((key) => !/^\d+$/.test(key));
  const has = (test: RegExp) => keys.some((key) => test.test(key));
  if (has(/phone|telephone|mobile/i)) return 'phone';
  if (has(/email/i)) return 'email';
  if (has(/^(latitude|longitude|lat|lng|lon|geometry|coordinates)$/i)) return 'position';
  if (has(/address|postal_code|postcode/i)) return 'address';
  if (has(/schedule/i)) return 'schedule';
  if (keys.length === 1 && /^(url|website)$/.test(keys[0] ?? '')) return 'website';
  if (has(/^(attributes|service_taxonomys|taxonomies|keywords|categories|taxonomy_ids)$/)) return 'term';
  if (has(/_age$/)) return 'age';
  if (has(/eligib/i)) return 'eligibility';
  if (has(/^(cost_options|fees|fees_description)$/)) return 'cost';
  if (has(/^organi[sz]ation$/)) return 'organisation';
  return undefined;
}
