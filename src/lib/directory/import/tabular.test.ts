import { describe, expect, it } from 'vitest';
import { refusals } from './fixtures';
import { importTabular, TableError } from './tabular';

const ctx = { file: 'feed' };
const services = [
  { id: 'svc-1', name: 'Example Drop-in', status: 'active', organization_id: 'org-1' },
  { id: 'svc-2', name: 'Example Helpline', status: 'active', organization_id: '' }
];

describe('importTabular', () => {
  it('joins organizations, places, addresses, phones, hours, languages and terms onto each service', () => {
    const { services: out, issues } = importTabular(
      {
        services,
        organizations: [{ id: 'org-1', name: 'Example Trust', website: 'https://example.org' }],
        locations: [{ id: 'loc-1', name: 'Example Hub', latitude: '53.48', longitude: '-2.24' }],
        addresses: [{ id: 'a', location_id: 'loc-1', address_1: '1 Example Street', state_province: 'Greater Manchester', postal_code: 'M1 1AA' }],
        service_at_location: [{ id: 'sal-1', service_id: 'svc-1', location_id: 'loc-1' }],
        phones: [
          { id: 'p1', service_id: 'svc-2', number: '0800 000 000', location_id: '', service_at_location_id: '' },
          { id: 'p2', service_id: '', service_at_location_id: 'sal-1', number: '020 7946 0200' }
        ],
        schedules: [{ id: 's1', service_id: 'svc-1', byday: 'MO', opens_at: '09:00', closes_at: '17:00' }],
        holiday_schedules: [{ id: 'h1', service_id: 'svc-1', closed: 'TRUE', start_date: '2026-12-25', end_date: '' }],
        languages: [{ id: 'l1', service_id: 'svc-2', name: 'Welsh', code: 'cy' }],
        attributes: [{ id: 'at1', link_id: 'svc-2', taxonomy_term_id: 't1', link_entity: 'service' }],
        taxonomy_terms: [{ id: 't1', code: 'phone-line', name: 'Helpline', taxonomy_id: 'tx' }],
        taxonomies: [{ id: 'tx', name: 'onward' }],
        accessibility: [{ id: 'ac', location_id: 'loc-1', description: 'Step-free' }]
      },
      ctx
    );
    expect(refusals(out)).toEqual([]);
    expect(out[0]).toMatchObject({
      id: 'svc-1',
      organization: { id: 'org-1', name: 'Example Trust' },
      schedules: [
        { byday: 'MO', opens_at: '09:00' },
        { valid_from: '2026-12-25', valid_to: '2026-12-25', closed: true }
      ],
      locations: [
        {
          id: 'loc-1',
          latitude: 53.48,
          address: { address_1: '1 Example Street', region: 'Greater Manchester', postal_code: 'M1 1AA' },
          accessibility: ['Step-free'],
          phones: [{ number: '020 7946 0200' }]
        }
      ]
    });
    expect(out[1]).toMatchObject({ id: 'svc-2', phones: [{ number: '0800 000 000' }], languages: ['Welsh'], attributes: ['phone-line'] });
    expect(out[1]).not.toHaveProperty('organization');
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
  });

  it('services.csv without a name column: an error naming the file and column, and no services', () => {
    const { services: out, issues } = importTabular({ services: [{ id: 'svc-1', description: 'x' }] }, ctx);
    expect(out).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ level: 'error', file: 'feed/services.csv', field: 'name', problem: expect.stringContaining('missing column "name"') })]);
  });

  it('no services.csv, or an empty one: an error and no services', () => {
    expect(importTabular({ locations: [{ id: 'l' }] }, ctx).issues).toContainEqual(expect.objectContaining({ level: 'error', file: 'feed/services.csv' }));
    expect(importTabular({ services: [] }, ctx).issues).toContainEqual(expect.objectContaining({ level: 'error', problem: expect.stringContaining('no rows') }));
  });

  it('a joined table missing its key column stops the whole import, naming the file and column', () => {
    expect(() => importTabular({ services, phones: [{ id: 'p', service_id: 'svc-1', tel_no: '020 7946 0000' }] }, ctx)).toThrow(TableError);
    expect(() => importTabular({ services, phones: [{ id: 'p', service_id: 'svc-1', tel_no: '020 7946 0000' }] }, ctx)).toThrow(
      /feed\/phones\.csv: missing column "number" or "phone" or "telephone"/
    );
    // A table whose number column is called `phone` joins.
    const { services: out } = importTabular({ services, phones: [{ id: 'p', service_id: 'svc-1', phone: '020 7946 0000' }] }, ctx);
    expect(out[0]?.phones).toEqual([{ number: '020 7946 0000' }]);
  });

  it('tables Onward does not use are named once in a note', () => {
    const { issues } = importTabular({ services, funding: [{ id: 'f' }], metadata: [] }, ctx);
    expect(issues).toContainEqual(expect.objectContaining({ level: 'warning', field: '(folder)', problem: 'not read by Onward: funding.csv, metadata.csv' }));
  });

  it('reads the older ORUK tables: regular_schedules, physical_addresses, service_taxonomy + taxonomy, eligibility', () => {
    const { services: out } = importTabular(
      {
        services: [{ id: 'svc-1', name: 'Example Shelter' }],
        regular_schedules: [{ id: 'r', service_id: 'svc-1', weekday: 'Friday', opens_at: '19:00', closes_at: '23:00' }],
        locations: [{ id: 'loc' }],
        physical_addresses: [{ id: 'a', location_id: 'loc', address_1: '2 Example Road' }],
        service_at_location: [{ id: 'sal', service_id: 'svc-1', location_id: 'loc' }],
        service_taxonomy: [{ id: 'st', service_id: 'svc-1', taxonomy_id: 'tx-1' }],
        taxonomy: [{ id: 'tx-1', name: 'Night shelter', vocabulary: 'esdServiceTypes' }],
        eligibility: [{ id: 'e', service_id: 'svc-1', eligibility: 'Adults', minimum_age: '18' }]
      },
      ctx
    );
    expect(out[0]).toMatchObject({
      schedules: [{ freq: 'WEEKLY', byday: 'FR', opens_at: '19:00', closes_at: '23:00' }],
      locations: [{ id: 'loc', address: { address_1: '2 Example Road' } }],
      categories: ['housing'],
      eligibility_description: 'Adults',
      minimum_age: 18
    });
  });
});
