import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveOrukExamples, orukExamplesDir, refusals } from './fixtures';
import { importHsdsJson } from './hsds-json';
import { fieldReport } from './field-report';

const exampleFiles = haveOrukExamples
  ? ['hsds3', 'uk-profile'].flatMap((dir) =>
      readdirSync(join(orukExamplesDir, dir))
        .filter((name) => name.endsWith('.json'))
        .map((name) => `${dir}/${name}`)
    )
  : [];
const importExample = (file: string) => importHsdsJson(JSON.parse(readFileSync(join(orukExamplesDir, file), 'utf8')), { file });
const counselling = 'ac148810-d857-441c-9679-408f346de14b';

describe.skipIf(!haveOrukExamples)('importHsdsJson: the real HSDS 3.0 and UK-profile examples', () => {
  it('finds the example files', () => {
    expect(exampleFiles).toEqual(expect.arrayContaining(['hsds3/service_full.json', 'hsds3/location.json', 'uk-profile/service_full.json']));
  });

  it.each(exampleFiles)('%s imports without throwing, into a dataset data:check finds no error in', (file) => {
    const { services } = importExample(file);
    expect(refusals(services)).toEqual([]);
    if (file !== 'hsds3/location.json') expect(services.map((s) => s.id)).toEqual([counselling]);
  });

  it('service_full.json: name, phone without its quotes, hours, and the place kept without its latitude of 100', () => {
    const { services, issues } = importExample('hsds3/service_full.json');
    const [service] = services;
    expect(service?.name).toBe('Community Counselling');
    expect(service?.phones[0]).toMatchObject({ number: '+44 1234 234567', extension: '100', type: 'voice' });
    expect(service?.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'TH,FR', opens_at: '10:00', closes_at: '18:00', timezone: 3, timezone_name: 'Europe/London' })
    ]);
    // The example pairs WEEKLY with bymonthday, which RFC 5545 forbids: the weekdays are kept.
    expect(service?.schedules[0]).not.toHaveProperty('bymonthday');
    expect(issues).toContainEqual(expect.objectContaining({ level: 'warning', field: 'schedules.0.bymonthday' }));
    expect(service?.organization).toEqual({ id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', name: 'Example Organization Inc.', website: 'http://example.com/' });
    expect(service?.languages).toEqual(['Urdu']);
    const [place] = service?.locations ?? [];
    expect(place).toMatchObject({ id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5', name: 'MyCity Civic Center', address: { address_1: '1-30 Main Street', city: 'MyCity' } });
    expect(place).not.toHaveProperty('latitude');
    expect(place).not.toHaveProperty('longitude');
    // Its phone and hours are the service's own, so the place does not repeat them.
    expect(place).not.toHaveProperty('phones');
    expect(place).not.toHaveProperty('schedules');
    expect(issues).toContainEqual(
      expect.objectContaining({ level: 'error', id: counselling, field: 'service_at_locations.0.location.latitude', problem: expect.stringContaining('100') })
    );
  });

  it('location.json: reports the latitude of 100 and that the file holds no service', () => {
    const { services, issues } = importExample('hsds3/location.json');
    expect(services).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({ level: 'error', id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5', field: 'latitude' }),
      expect.objectContaining({ level: 'warning', problem: 'this file holds a location and no services' })
    ]);
  });

  it('service_list.json: reads the summary record and the paging fields', () => {
    const { services, pageInfo } = importExample('hsds3/service_list.json');
    expect(services[0]).toMatchObject({ name: 'Community Counselling', organization: { name: 'Example Organization Inc.' } });
    expect(pageInfo).toEqual({ total_pages: 10, page_number: 1, last_page: false });
  });

  it('service_at_location files: the service, holding that place', () => {
    for (const file of ['hsds3/service_at_location_full.json', 'hsds3/service_at_location_list.json', 'uk-profile/service_at_location_full.json']) {
      const [service] = importExample(file).services;
      expect(service?.locations.map((l) => l.name)).toEqual(['MyCity Civic Center']);
    }
  });

  it('organization files: each service carries the organization', () => {
    for (const file of ['hsds3/organization_full.json', 'uk-profile/organization_full.json'])
      expect(importExample(file).services[0]?.organization?.name).toBe('Example Organization Inc.');
  });
});

describe('importHsdsJson: shapes', () => {
  const ctx = { file: 'feed.json' };
  const service = (id: string, extra: object = {}) => ({ id, name: `Example ${id}`, status: 'active', ...extra });
  const place = (id: string) => ({ id, name: `Example place ${id}`, latitude: 53.4, longitude: -2.2 });

  it('one service, an array, `{ services }`, `contents` and ORUK `content` lists', () => {
    const ids = (json: unknown) => importHsdsJson(json, ctx).services.map((s) => s.id);
    expect(ids(service('a'))).toEqual(['a']);
    expect(ids([service('a'), service('b')])).toEqual(['a', 'b']);
    expect(ids({ services: [service('a')] })).toEqual(['a']);
    expect(ids({ total_pages: 1, contents: [service('a')] })).toEqual(['a']);
    expect(ids({ totalPages: 2, number: 1, last: false, content: [service('b')] })).toEqual(['b']);
    expect(importHsdsJson({ totalPages: 2, number: 1, last: false, content: [] }, ctx).pageInfo).toEqual({ total_pages: 2, page_number: 1, last_page: false });
  });

  it('a service_at_location list with one service at two places gives one service with both places', () => {
    const list = { contents: [{ id: 'sal-1', service: service('a'), location: place('p1') }, { id: 'sal-2', service: service('a'), location: place('p2') }] };
    const { services, issues } = importHsdsJson(list, ctx);
    expect(services).toHaveLength(1);
    expect(services[0]?.locations.map((l) => l.id)).toEqual(['p1', 'p2']);
    // The service's own problems are reported once, not once per place.
    expect(issues.filter((i) => i.field === 'categories')).toHaveLength(1);
  });

  it('two different records with one id are not merged: the first is kept, the other dropped and reported with the id', () => {
    const first = service('a', { url: 'https://example.org/a' });
    const { services, issues, ledger } = importHsdsJson([first, service('a', { name: 'Renamed', email: 'a@example.org' }), first], ctx);
    expect(services).toEqual([expect.objectContaining({ name: 'Example a', url: 'https://example.org/a' })]);
    expect(services[0]).not.toHaveProperty('email');
    expect(issues).toContainEqual(
      expect.objectContaining({ level: 'error', id: 'a', field: 'id', problem: '3 records share this id: 1 exact copy read once, 1 different record dropped (give each its own id)' })
    );
    expect(ledger.sharedIds).toEqual([{ id: 'a', identical: 1, different: 1 }]);
  });

  it('a service_at_location list gives a service once per place: those copies are merged', () => {
    const link = (placeId: string) => ({ id: `sal-${placeId}`, service: service('a'), location: place(placeId) });
    const { services, ledger } = importHsdsJson({ contents: [link('p1'), link('p2')] }, ctx);
    expect(services.map((s) => s.locations.map((l) => l.id))).toEqual([['p1', 'p2']]);
    expect(ledger.sharedIds).toEqual([]);
  });

  it('an organization: services get it, and find their places among its locations by id', () => {
    const org = { id: 'org', name: 'Example Trust', locations: [place('p1')], services: [service('a', { service_at_locations: [{ id: 's', location_id: 'p1' }] })] };
    const [s] = importHsdsJson(org, ctx).services;
    expect(s?.organization).toEqual({ id: 'org', name: 'Example Trust' });
    expect(s?.locations).toEqual([{ id: 'p1', name: 'Example place p1', latitude: 53.4, longitude: -2.2 }]);
  });

  it('what holds no service gives none, with a reason', () => {
    expect(importHsdsJson(null, ctx)).toMatchObject({ services: [], issues: [expect.objectContaining({ level: 'error', field: '(file)' })] });
    expect(importHsdsJson('text', ctx).services).toEqual([]);
    expect(importHsdsJson({ id: 'org', name: 'Example Trust', services: [] }, ctx).issues).toEqual([expect.objectContaining({ level: 'warning', field: 'services' })]);
    const mixed = importHsdsJson([place('p1'), 42, service('a')], ctx);
    expect(mixed.services.map((s) => s.id)).toEqual(['a']);
    expect(mixed.issues.map((i) => `${i.level} ${i.field}`)).toEqual(expect.arrayContaining(['warning (record)', 'error 1']));
  });
});

describe('a UK council API page (ORUK v1-style, as in issue 16)', () => {
  const ctx = { file: 'council.json' };
  const page = {
    content: [
      {
        id: 1,
        name: 'Walking group',
        status: 'active',
        min_age: 18,
        contacts: [{ phone: '01296 681522' }],
        organisation: { id: 2, name: 'Example CA' },
        locations: [{ id: 3, address_1: 'Church Street', postal_code: 'HP22 4PE', geometry: { type: 'Point', coordinates: [-0.7389, 51.8631] } }],
        taxonomies: [{ id: 275, name: 'Mental health' }]
      }
    ],
    totalPages: 1
  };

  it('keeps its phone, address, position, organisation, minimum age and term', () => {
    const { services, ledger, issues } = importHsdsJson(page, ctx);
    expect(refusals(services)).toEqual([]);
    expect(services).toEqual([
      expect.objectContaining({
        id: '1',
        phones: [{ number: '01296 681522' }],
        organization: { id: '2', name: 'Example CA' },
        minimum_age: 18,
        categories: ['mental-health'],
        keywords: ['Mental health'],
        locations: [{ id: '3', latitude: 51.8631, longitude: -0.7389, address: { address_1: 'Church Street', postal_code: 'HP22 4PE' } }]
      })
    ]);
    const report = fieldReport(ledger, issues);
    expect(report.fields.filter((f) => f.in > 0).map((f) => `${f.field} ${f.in}/${f.kept}`)).toEqual([
      'service 1/1', 'phone 1/1', 'address 1/1', 'position 1/1', 'organisation 1/1', 'term 1/1', 'age 1/1'
    ]);
  });

  it('reads the rest of the shape: phones[] on contacts, e-mail, cost options, regular schedules, accessibilities, service_at_locations', () => {
    const record = {
      id: 'c1',
      name: 'Example Lunch Club',
      website: 'www.example.org/lunch',
      max_age: '99',
      contacts: [{ name: 'Sam', email: 'lunch@example.org', phones: [{ number: '01632 960123 ext 4' }] }],
      cost_options: [{ option: 'Lunch', amount: '3.5', cadence: 'meal' }],
      eligibilitys: [{ eligibility: 'Over 60s' }],
      regular_schedules: [{ weekday: 'tuesday', opens_at: '12pm', closes_at: '2:00 PM' }],
      service_at_locations: [{ location: { id: 'l1', physical_addresses: [{ address_1: '5 Example Road', postal_code: 'HP20 1AA' }], accessibilities: [{ name: 'Step-free access' }] } }]
    };
    const [service] = importHsdsJson({ content: [record] }, ctx).services;
    expect(service).toMatchObject({
      url: 'https://www.example.org/lunch',
      email: 'lunch@example.org',
      maximum_age: 99,
      eligibility_description: 'Over 60s',
      fees_description: '£3.50 per meal (Lunch)',
      phones: [{ number: '01632 960123', extension: '4' }],
      schedules: [{ byday: 'TU', opens_at: '12:00', closes_at: '14:00' }],
      locations: [{ id: 'l1', address: { address_1: '5 Example Road', postal_code: 'HP20 1AA' }, accessibility: ['Step-free access'] }]
    });
  });
});
