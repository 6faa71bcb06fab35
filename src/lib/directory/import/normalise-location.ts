/**
 * A place a service is offered: HSDS `service_at_location` joined with its `location` (and the
 * older ORUK `physical_addresses` and `accessibility_for_disabilities`).
 */
import type { Address, Phone, Schedule, ServiceLocation } from '../model';
import { checkCoordinates, toNumber } from '../../safe-values';
import { at, clipped, isRecord, readShort, readText, recordsIn, textOf, textMax, uniqueBy, type RawRecord, type Report } from './feed-values';
import { ownPhonesOf, phoneKey, phonesOf } from './normalise-phones';
import { scheduleKey, schedulesOf } from './normalise-schedule';

export interface LocationParts {
  /** The location record, and its dotted path in the feed. */
  location: RawRecord;
  locationPath: string;
  /** The service_at_location that linked it, when there was one (its own phones and hours). */
  link?: RawRecord;
  linkPath?: string;
  /** Id to use when neither record has one. */
  fallbackId: string;
}

/** What the service already lists, so a place repeats none of it. */
export interface ServiceContacts {
  phones: readonly Phone[];
  schedules: readonly Schedule[];
}

/**
 * One {@link ServiceLocation}. The id is the location's own (so one building shared by several
 * services has one id), else the link's. Phones and hours that only repeat the service's are
 * left out: `ServiceLocation` holds what differs at this place.
 */
export function normaliseLocation(parts: LocationParts, service: ServiceContacts, report: Report): ServiceLocation {
  const { location, locationPath, link, linkPath = '' } = parts;
  const id = textOf(location.id) ?? textOf(link?.id);
  if (id === undefined) report('warning', at(locationPath, 'id'), `location has no id; called "${parts.fallbackId}"`);
  const place: ServiceLocation = { id: id ?? parts.fallbackId };

  const name = readShort(location, 'name', locationPath, report);
  if (name !== undefined) place.name = name;
  Object.assign(place, coordinatesOf(location, locationPath, report));
  const address = addressOf(location, locationPath, report);
  if (address) place.address = address;
  const transportation = readText(location, 'transportation', locationPath, report);
  if (transportation !== undefined) place.transportation = transportation;
  const accessibility = accessibilityOf(location, locationPath, report);
  if (accessibility.length > 0) place.accessibility = accessibility;

  const servicePhones = new Set(service.phones.map(phoneKey));
  const phones = uniqueBy(
    [...(link ? phonesOf(link.phones, at(linkPath, 'phones'), report) : []), ...ownPhonesOf(location, locationPath, report)],
    phoneKey
  ).filter((phone) => !servicePhones.has(phoneKey(phone)));
  if (phones.length > 0) place.phones = phones;

  // A place's hours replace the service's (search reads them that way), so they are kept whole,
  // and left out only when they are exactly the service's hours. Dropping single matching rows
  // would change what the rest mean.
  const schedules = uniqueBy([...(link ? schedulesOf(link, linkPath, report) : []), ...schedulesOf(location, locationPath, report)], scheduleKey);
  const sameAsService = (a: string[], b: string[]) => a.length === b.length && a.every((key, i) => key === b[i]);
  if (schedules.length > 0 && !sameAsService(schedules.map(scheduleKey).sort(), service.schedules.map(scheduleKey).sort()))
    place.schedules = schedules;
  return place;
}

/**
 * Latitude and longitude, both or neither. Out of range, or one without the other, drops both
 * with an error naming the bad field: the place stays listed, just not on the map. 0,0 (a
 * common "unknown" in feeds) is treated as no coordinates.
 */
export function coordinatesOf(location: RawRecord, path: string, report: Report): { latitude?: number; longitude?: number } {
  const point = pointOf(location);
  if (!point) return {};
  const checked = checkCoordinates(point.latitude, point.longitude);
  if (!checked.ok) {
    const lat = toNumber(point.latitude);
    const badLatitude = lat === undefined || lat < -90 || lat > 90;
    report('error', at(path, badLatitude ? 'latitude' : 'longitude'), `coordinates dropped, so the place is not on the map: ${checked.problem}`);
    return {};
  }
  if (checked.value.latitude === 0 && checked.value.longitude === 0) {
    report('warning', at(path, 'latitude'), 'coordinates 0,0 read as "unknown", so the place is not on the map');
    return {};
  }
  return checked.value;
}

/**
 * The raw latitude and longitude: HSDS `latitude`/`longitude` (or `lat` with `lng`/`lon`, also
 * nested one level down), else a GeoJSON `geometry` Point, whose coordinates are [longitude,
 * latitude] (RFC 7946 §3.1.1).
 */
function pointOf(location: RawRecord): { latitude: unknown; longitude: unknown } | undefined {
  const latitude = location.latitude ?? location.lat;
  const longitude = location.longitude ?? location.lng ?? location.lon;
  if (textOf(latitude) !== undefined || textOf(longitude) !== undefined) return { latitude, longitude };
  // Some feeds nest the pair: `coordinates: {lat, lng}`, `geo: {latitude, longitude}`, `position`.
  for (const key of ['coordinates', 'geo', 'position', 'point']) {
    const nested = location[key];
    if (isRecord(nested)) return pointOf(nested);
  }
  const geometry = isRecord(location.geometry) ? location.geometry : undefined;
  const coordinates = geometry?.coordinates;
  if (!Array.isArray(coordinates) || coordinates.length < 2) return undefined;
  return { latitude: coordinates[1], longitude: coordinates[0] };
}

/**
 * The address people walk to: the first `physical` one, else the first given. HSDS 3.0 has
 * `addresses`, ORUK 1 `physical_addresses`; `state_province` stands in for a missing `region`.
 */
function addressOf(location: RawRecord, path: string, report: Report): Address | undefined {
  const key = recordsIn(location.addresses).length > 0 ? 'addresses' : 'physical_addresses';
  const rows = recordsIn(location[key]);
  const index = Math.max(
    0,
    rows.findIndex((row) => textOf(row.address_type)?.toLowerCase() === 'physical')
  );
  // UK council APIs put the address on the location itself, or in one `address` object.
  const fallback = isRecord(location.address) ? location.address : location;
  const raw = rows[index] ?? fallback;
  const rowPath = rows[index] ? at(at(path, key), index) : raw === location ? path : at(path, 'address');
  const parts: Partial<Address> = {};
  for (const [field, aliases] of addressFields) {
    const alias = aliases.find((name) => textOf(raw[name]) !== undefined);
    const value = alias === undefined ? undefined : readShort(raw, alias, rowPath, report)?.replace(/[\s,;]+$/, '');
    if (value) parts[field] = value;
  }
  if (typeof location.address === 'string' && !parts.address_1) parts.address_1 = readShort(location, 'address', path, report);
  // No first line, but a town or postcode: the first part there is stands in, so the place is not lost.
  const first = (['address_1', 'address_2', 'city', 'postal_code'] as const).find((field) => parts[field] !== undefined);
  if (first === undefined) {
    if (rows[index]) report('warning', at(rowPath, 'address_1'), 'address has no first line, town or postcode; address left out');
    return undefined;
  }
  const { [first]: line1, ...rest } = parts;
  return { address_1: line1 as string, ...rest };
}

/** Onward's address fields and the names feeds use for them, in order of preference. */
const addressFields: readonly [keyof Address, readonly string[]][] = [
  ['address_1', ['address_1', 'address1', 'address_line_1', 'street_address']],
  ['address_2', ['address_2', 'address2', 'address_line_2']],
  ['city', ['city', 'town', 'locality']],
  ['region', ['region', 'state_province', 'county']],
  ['postal_code', ['postal_code', 'postcode', 'post_code', 'zip']],
  ['country', ['country']]
];

/** Accessibility notes: `description` with `details` (HSDS 3.0), or `accessibility` (ORUK 1). */
function accessibilityOf(location: RawRecord, path: string, report: Report): string[] {
  const out: string[] = [];
  for (const key of ['accessibility', 'accessibility_for_disabilities', 'accessibilities']) {
    const list = location[key];
    if (!Array.isArray(list)) continue;
    (list as unknown[]).forEach((item, i) => {
      const raw: RawRecord = isRecord(item) ? item : { description: item };
      const rowPath = at(at(path, key), i);
      const main = readText(raw, 'description', rowPath, report) ?? readText(raw, 'accessibility', rowPath, report) ?? readText(raw, 'name', rowPath, report);
      const details = readText(raw, 'details', rowPath, report);
      const text = clipped([main, details].filter((t) => t !== undefined).join(' ') || undefined, rowPath, report, textMax);
      if (text !== undefined) out.push(text);
    });
  }
  return uniqueBy(out, (text) => text);
}
