import { describe, expect, it } from 'vitest';
import { makeService } from '../fixtures';
import { fieldOfIssue, fieldsIn, fieldsKept } from './source-fields';

describe('fieldsIn: what a source record holds, wherever the feed put it', () => {
  it('finds phones on the service, its contacts, places and organisation, under any phone-like key', () => {
    expect(fieldsIn({ phones: [{ number: '1' }] }).has('phone')).toBe(true);
    expect(fieldsIn({ contacts: [{ phone: '1' }] }).has('phone')).toBe(true);
    expect(fieldsIn({ locations: [{ telephone: '1' }] }).has('phone')).toBe(true);
    expect(fieldsIn({ organisation: { phones: ['1'] } }).has('phone')).toBe(true);
    // A key the importer has never seen still counts, so losing it shows in the report.
    expect(fieldsIn({ extra: { phone_number: '1' } }).has('phone')).toBe(true);
    expect(fieldsIn({ phones: [] }).has('phone')).toBe(false);
  });

  it('finds places by address, postcode, coordinates or GeoJSON, but not an organisation’s office or a service area', () => {
    expect([...fieldsIn({ locations: [{ address_1: 'a', geometry: { type: 'Point', coordinates: [1, 2] } }] })]).toEqual(
      expect.arrayContaining(['address', 'position'])
    );
    expect(fieldsIn({ service_at_locations: [{ location: { physical_addresses: [{ postal_code: 'X' }], latitude: 1 } }] }).has('address')).toBe(true);
    expect(fieldsIn({ organization: { name: 'Org', address_1: 'a', latitude: 1 } })).toEqual(new Set(['service', 'organisation']));
    expect(fieldsIn({ service_areas: [{ extent: 'x', latitude: 1 }] }).has('position')).toBe(false);
  });

  it('reads the rest by their HSDS, ORUK 1 and council-API names', () => {
    const all = fieldsIn({
      url: 'x', email: 'e', min_age: 18, eligibilitys: [{ eligibility: 'Adults' }], cost_options: [{ amount: 5 }],
      taxonomies: [{ name: 'Food' }], regular_schedules: [{ weekday: 'Monday' }], organisation: { name: 'Org' }
    });
    expect(all).toEqual(new Set(['service', 'organisation', 'schedule', 'website', 'email', 'term', 'age', 'eligibility', 'cost']));
    expect(fieldsIn({ keywords: 'Food, Shelter' }).has('term')).toBe(true);
    expect(fieldsIn({ schedules: [{ id: 's1' }] }).has('schedule')).toBe(false);
  });
});

describe('fieldsKept and fieldOfIssue', () => {
  it('count a place’s phone, address, position and hours as the service’s', () => {
    const service = makeService({ phones: [], schedules: [], url: undefined, locations: [{ id: 'p', phones: [{ number: '1' }], latitude: 1, longitude: 1 }] });
    expect([...fieldsKept(service)]).toEqual(expect.arrayContaining(['phone', 'position']));
    expect(fieldsKept(service).has('address')).toBe(false);
  });

  it.each([
    ['service_at_locations.0.location.latitude', 'position'],
    ['contacts.0.phone', 'phone'],
    ['locations.1.physical_addresses.0.address_1', 'address'],
    ['regular_schedules.2', 'schedule'],
    ['url', 'website'],
    ['organization.website', 'organisation'],
    ['contacts.0.email', 'email'],
    ['eligibilitys.0.min_age', 'age'],
    ['cost_options', 'cost'],
    ['name', undefined]
  ])('%s is about %s', (path, field) => expect(fieldOfIssue(path)).toBe(field));
});
