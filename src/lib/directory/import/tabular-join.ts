/**
 * Joins HSDS CSV rows into the nested JSON shape of one service: its organisation (with the
 * organisation's own phones), places (with addresses, accessibility, phones and hours), links,
 * phones, hours, languages, terms, eligibility, contacts and cost options. A phone or schedule
 * row names every record it belongs to and is attached to each; a place-level copy of a
 * service's own phone or hours is dropped later, when the place is read.
 */
import { textOf, type RawRecord } from './feed-values';

export type Row = Record<string, string>;

export interface Joined {
  /** A services.csv row as a nested HSDS service record. */
  service(row: Row): RawRecord;
  /** Rows of phones and schedules that belonged to nothing, counted once every service is joined. */
  orphans(): Record<string, number>;
}

/** `rows(name)` gives a table's rows under its canonical name (tabular.ts), or none. */
export function joinTables(rows: (name: string) => Row[]): Joined {
  const byId = (...names: string[]) => {
    const map = new Map<string, Row>();
    for (const row of names.flatMap(rows)) {
      const id = textOf(row.id) ?? textOf(row.taxonomy_id);
      if (id !== undefined && !map.has(id)) map.set(id, row);
    }
    return map;
  };
  const used = new Set<Row>();
  const by = (column: string, list: Row[]) => {
    const map = new Map<string, Row[]>();
    for (const row of list) {
      const key = textOf(row[column]);
      if (key !== undefined) map.set(key, [...(map.get(key) ?? []), row]);
    }
    return (id: string | undefined): Row[] => {
      const found = id === undefined ? [] : (map.get(id) ?? []);
      for (const row of found) used.add(row);
      return found;
    };
  };

  const phones = rows('phones');
  const schedules = rows('schedules');
  const holidays = rows('holiday_schedules');
  const linked = (column: string) => ({ phones: by(column, phones), schedules: by(column, schedules), holidays: by(column, holidays) });
  const forService = linked('service_id');
  const forLink = linked('service_at_location_id');
  const forLocation = linked('location_id');
  const forOrganization = linked('organization_id');

  const organizations = byId('organizations');
  const termsById = byId('taxonomy_terms');
  const taxonomiesById = byId('taxonomies');
  const oldTerms = byId('taxonomy');
  const addresses = by('location_id', rows('addresses'));
  const accessibility = by('location_id', rows('accessibility'));
  const contactsOf = (column: string) => by(column, rows('contacts'));
  const serviceContacts = contactsOf('service_id');
  const organizationContacts = contactsOf('organization_id');
  const contactPhones = by('contact_id', phones);
  const withPhones = (contacts: Row[]) => contacts.map((contact) => ({ ...contact, phones: contactPhones(textOf(contact.id)) }));

  const locations = byId('locations');
  const location = (id: string) => {
    const row = locations.get(id);
    if (!row) return undefined;
    return {
      ...row,
      addresses: addresses(id),
      accessibility: accessibility(id),
      phones: forLocation.phones(id),
      schedules: forLocation.schedules(id),
      holiday_schedules: forLocation.holidays(id)
    };
  };
  const links = by('service_id', rows('service_at_location'));
  const languages = by('service_id', rows('languages'));
  const attributes = by('link_id', rows('attributes'));
  const serviceTerms = by('service_id', rows('service_taxonomy'));
  const eligibility = by('service_id', rows('eligibility'));
  const costs = by('service_id', rows('cost_options'));

  const termOf = (id: string | undefined) => {
    const term = id === undefined ? undefined : termsById.get(id);
    if (!term) return undefined;
    const taxonomy = taxonomiesById.get(textOf(term.taxonomy_id) ?? '');
    return { ...term, taxonomy_detail: taxonomy ?? {} };
  };
  const oldTerm = (id: string | undefined) => (id === undefined ? undefined : (oldTerms.get(id) ?? termsById.get(id)));
  const organizationOf = (id: string | undefined) => {
    const row = id === undefined ? undefined : organizations.get(id);
    return row ? { ...row, phones: forOrganization.phones(id), contacts: withPhones(organizationContacts(id)) } : undefined;
  };

  return {
    service(row) {
      const id = textOf(row.id);
      // HSDS 1.x and Ohana tie the organisation to the place when the service row names none.
      const placeIds = [textOf(row.location_id), ...links(id).map((link) => textOf(link.location_id))];
      const placeOrganization = placeIds.map((placeId) => textOf(locations.get(placeId ?? '')?.organization_id)).find((o) => o !== undefined);
      const organization = organizationOf(textOf(row.organization_id) ?? placeOrganization);
      const placeLinks: RawRecord[] = links(id).map((link) => ({
        ...link,
        location: location(textOf(link.location_id) ?? ''),
        phones: forLink.phones(textOf(link.id)),
        schedules: forLink.schedules(textOf(link.id)),
        holiday_schedules: forLink.holidays(textOf(link.id))
      }));
      // Ohana's services.csv names its one place in a `location_id` column.
      const ownPlace = textOf(row.location_id);
      if (ownPlace !== undefined && !placeLinks.some((link) => textOf(link.location_id) === ownPlace))
        placeLinks.push({ service_id: id, location_id: ownPlace, location: location(ownPlace) });
      // HSDS 1.x and Ohana list a service's terms in one `taxonomy_ids` cell.
      const cellTerms = (textOf(row.taxonomy_ids)?.split(/\s*[,;|]\s*/) ?? []).filter(Boolean).map((termId) => ({ taxonomy: oldTerm(termId) ?? { id: termId } }));
      return {
        ...row,
        ...(organization ? { organization } : {}),
        phones: forService.phones(id),
        schedules: forService.schedules(id),
        holiday_schedules: forService.holidays(id),
        service_at_locations: placeLinks,
        languages: languages(id),
        attributes: attributes(id).map((attribute) => ({ ...attribute, taxonomy_term: termOf(textOf(attribute.taxonomy_term_id)) })),
        service_taxonomys: [
          ...serviceTerms(id).map((link) => ({ taxonomy: oldTerm(textOf(link.taxonomy_id) ?? textOf(link.taxonomy_term_id)) ?? {} })),
          ...cellTerms
        ],
        eligibilitys: eligibility(id),
        contacts: withPhones(serviceContacts(id)),
        cost_options: costs(id)
      };
    },
    orphans() {
      return { phones: phones.filter((row) => !used.has(row)).length, schedules: schedules.filter((row) => !used.has(row)).length };
    }
  };
}
