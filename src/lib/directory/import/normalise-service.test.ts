import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DirectoryService } from '../model';
import { fixturesDir, refusals } from './fixtures';
import { normaliseService } from './normalise-service';

const ctx = { file: 'feed.json' };
const base = { id: 'svc-1', name: 'Example Advice Centre', status: 'active' };

/** Normalises, and checks that the schema and data:check accept the result, as every output must be. */
function normalise(raw: unknown) {
  const result = normaliseService(raw, ctx);
  if (result.service) expect(refusals([result.service])).toEqual([]);
  return result;
}
const fields = (issues: { level: string; field: string }[]) => issues.map((i) => `${i.level} ${i.field}`);

describe('normaliseService: an older ORUK (v1) service', () => {
  const raw: unknown = JSON.parse(readFileSync(join(fixturesDir, 'oruk-v1-service.json'), 'utf8'));
  const { service, issues } = normalise(raw);
  const s = service as DirectoryService;

  it('takes the phone from its contact, since the service gives none of its own', () => {
    expect(s.phones).toEqual([{ number: '020 7946 0123' }]);
  });

  it('reads eligibilitys into the eligibility text and ages', () => {
    expect(s.eligibility_description).toBe('Adults with nowhere to stay; Referral not needed');
    expect(s.minimum_age).toBe(18);
    expect(s.maximum_age).toBeUndefined();
  });

  it('maps service_taxonomys by term name, Onward-native codes, and attending_access "drop-in" to walk-in', () => {
    expect(s.categories).toEqual(['housing']);
    expect(s.attributes.sort()).toEqual(['no-id', 'prison-leavers', 'walk-in']);
    expect(issues).toContainEqual(expect.objectContaining({ level: 'warning', field: 'service_taxonomys.3.taxonomy', problem: expect.stringContaining('not-a-code') }));
  });

  it('reads regular_schedules by weekday name or number, with 24:00 as the end of the day', () => {
    expect(s.schedules.filter((x) => !x.closed && x.byday?.length === 2)).toEqual([
      { freq: 'WEEKLY', byday: 'MO', opens_at: '19:00', closes_at: '23:59', valid_from: '2026-11-01', valid_to: '2027-03-31', timezone_name: 'Europe/London' },
      { freq: 'WEEKLY', byday: 'TU', opens_at: '19:00', closes_at: '23:30', timezone_name: 'Europe/London' },
      { freq: 'WEEKLY', byday: 'SU', opens_at: '18:00', closes_at: '22:00', description: 'Sunday evenings', timezone_name: 'Europe/London' }
    ]);
    expect(s.schedules).toContainEqual({ freq: 'MONTHLY', interval: 1, byday: '1SA', opens_at: '10:00', closes_at: '12:00', timezone_name: 'Europe/London' });
  });

  it('reads holiday_schedules as dated closures and dated hours', () => {
    expect(s.schedules).toContainEqual({ valid_from: '2026-12-25', valid_to: '2026-12-26', closed: true, timezone_name: 'Europe/London' });
    expect(s.schedules).toContainEqual(expect.objectContaining({ valid_from: '2027-01-01', valid_to: '2027-01-01', opens_at: '12:00', closes_at: '16:00' }));
  });

  it('drops only the rows it cannot read, naming each', () => {
    expect(fields(issues.filter((i) => i.level === 'error'))).toEqual([
      'error regular_schedules.4',
      'error regular_schedules.5',
      'error holiday_schedules.2.start_date'
    ]);
    expect(s.schedules).toHaveLength(6);
  });

  it('reads the place from physical_addresses and accessibility_for_disabilities, coordinates given as strings', () => {
    expect(s.locations).toEqual([
      {
        id: 'loc-shelter',
        name: 'Example Church Hall',
        latitude: 51.5072,
        longitude: -0.1276,
        address: { address_1: '2 Example Road', city: 'London', postal_code: 'SW1A 1AA', country: 'GB' },
        accessibility: ['Step-free entrance']
      }
    ]);
    expect(s.organization).toEqual({ id: 'org-shelter', name: 'Example Shelter Trust', website: 'https://example.org/' });
  });
});

describe('normaliseService: bad values are dropped one by one', () => {
  it('refuses javascript: and other non-web links, keeping the service', () => {
    const { service, issues } = normalise({ ...base, url: 'javascript:alert(1)', organization: { id: 'o', name: 'Org', website: 'ftp://x.org' } });
    expect(service?.url).toBeUndefined();
    expect(service?.organization).toEqual({ id: 'o', name: 'Org' });
    expect(fields(issues)).toEqual(expect.arrayContaining(['error url', 'error organization.website']));
  });

  it('drops a bad phone and keeps the good one', () => {
    const { service, issues } = normalise({ ...base, phones: [{ number: 'ring reception' }, { number: '"+44 20 7946 0000"', extension: 12 }] });
    expect(service?.phones).toEqual([{ number: '+44 20 7946 0000', extension: '12' }]);
    expect(issues).toContainEqual(expect.objectContaining({ level: 'error', id: 'svc-1', field: 'phones.0.number' }));
  });

  it.each([
    [{ latitude: 53.4 }, 'longitude'],
    [{ longitude: -2.2 }, 'latitude'],
    [{ latitude: 53.4, longitude: 200 }, 'longitude'],
    [{ latitude: 'north', longitude: -2.2 }, 'latitude']
  ])('drops coordinates %j but keeps the place, with an error at %s', (coordinates, bad) => {
    const { service, issues } = normalise({ ...base, service_at_locations: [{ id: 'sal', location: { id: 'loc', name: 'Example Hall', ...coordinates } }] });
    expect(service?.locations).toEqual([{ id: 'loc', name: 'Example Hall' }]);
    expect(issues).toContainEqual(expect.objectContaining({ level: 'error', field: `service_at_locations.0.location.${bad}` }));
  });

  it('reads 0,0 as "no coordinates" (a common placeholder), with a warning', () => {
    const { service, issues } = normalise({ ...base, locations: [{ id: 'loc', latitude: 0, longitude: 0 }] });
    expect(service?.locations).toEqual([{ id: 'loc' }]);
    expect(fields(issues)).toContain('warning locations.0.latitude');
  });

  it('drops bad dates, ages and e-mail addresses with errors', () => {
    const { service, issues } = normalise({ ...base, assured_date: '31/01/2026', last_modified: 'yesterday', minimum_age: -1, email: 'nobody' });
    expect(service).not.toHaveProperty('assured_date');
    expect(service).not.toHaveProperty('last_modified');
    expect(service).not.toHaveProperty('minimum_age');
    expect(service).not.toHaveProperty('email');
    expect(fields(issues)).toEqual(expect.arrayContaining(['error assured_date', 'error last_modified', 'error minimum_age', 'error email']));
  });

  it('accepts a mailto: e-mail and a date-time assured_date', () => {
    const { service } = normalise({ ...base, email: 'mailto:help@example.org', assured_date: '2026-03-01T09:00:00Z' });
    expect(service).toMatchObject({ email: 'help@example.org', assured_date: '2026-03-01' });
  });

  it('trims text, drops empty strings, collapses spaces in names and clips long text with a warning', () => {
    const { service, issues } = normalise({
      ...base,
      name: '  Example \n  Advice   Centre ',
      alternate_name: '   ',
      description: 'x'.repeat(6000),
      alert: '',
      languages: ['English', { name: 'Polish' }, { code: 'ur' }, { id: 'only-an-id' }, 'english']
    });
    expect(service?.name).toBe('Example Advice Centre');
    expect(service).not.toHaveProperty('alternate_name');
    expect(service).not.toHaveProperty('alert');
    expect(service?.description).toHaveLength(5000);
    expect(service?.languages).toEqual(['English', 'Polish', 'ur']);
    expect(issues).toContainEqual(expect.objectContaining({ level: 'warning', field: 'description' }));
  });

  it('clips a name to 300 characters', () => {
    const { service, issues } = normalise({ ...base, name: `Example ${'long '.repeat(100)}` });
    expect(service?.name).toHaveLength(300);
    expect(fields(issues)).toContain('warning name');
  });

  it('turns HTML in a description into plain text (it is shown as text, never markup)', () => {
    expect(normalise({ ...base, description: '<p>Drop in &amp; talk</p>' }).service?.description).toBe('Drop in & talk');
  });
});

describe('normaliseService: records that are skipped', () => {
  it.each([
    [{ name: 'Example' }, 'id'],
    [{ id: 'svc-2' }, 'name'],
    [{ id: 'svc-3', name: '   ' }, 'name'],
    [{ id: 'x'.repeat(201), name: 'Example' }, 'id'],
    [{ id: 'svc-4', name: 'Example', status: 'closed' }, 'status']
  ])('%j: error at %s, no service', (raw, field) => {
    const { service, issues } = normalise(raw);
    expect(service).toBeUndefined();
    expect(issues).toContainEqual(expect.objectContaining({ level: 'error', field }));
  });

  it.each(['inactive', 'defunct', 'Defunct'])('status %s: left out with a warning, so nobody is sent to a closed door', (status) => {
    const { service, issues } = normalise({ ...base, status });
    expect(service).toBeUndefined();
    expect(fields(issues)).toEqual(['warning status']);
  });

  it('a missing status reads as active, with a warning; "temporarily closed" is kept as it is', () => {
    const { id, name } = base;
    const missing = normalise({ id, name });
    expect(missing.service?.status).toBe('active');
    expect(fields(missing.issues)).toContain('warning status');
    expect(normalise({ ...base, status: 'temporarily_closed' }).service?.status).toBe('temporarily closed');
  });

  it('a value that is not an object is an error, not a crash', () => {
    expect(normalise('svc-1').issues).toEqual([expect.objectContaining({ level: 'error', field: '(record)' })]);
  });
});

describe('normaliseService: categories and attributes', () => {
  const term = (name: string | undefined, code: string | undefined, taxonomy: string, value?: string) => ({
    id: `a-${name ?? code}`,
    value,
    taxonomy_term: { id: `t-${name ?? code}`, name, code, taxonomy_detail: { name: taxonomy } }
  });

  it('maps a feed term by its name or code, and an Onward taxonomy term by its code', () => {
    const { service } = normalise({
      ...base,
      attributes: [term('Food bank', '833', 'esdServiceTypes'), term(undefined, 'mental-health', 'local'), term('Walk in', 'walk-in', 'Onward')]
    });
    expect(service?.categories).toEqual(['food', 'mental-health']);
    expect(service?.attributes).toEqual(['walk-in']);
  });

  it('an attribute whose value says no does not apply', () => {
    const { service } = normalise({ ...base, attributes: [term('Women only', 'women-only', 'onward', 'false'), term('Free', 'free', 'onward', 'true')] });
    expect(service?.attributes).toEqual(['free']);
  });

  it('warns when nothing maps to an Onward category, naming the feed terms', () => {
    const { issues } = normalise({ ...base, attributes: [term('Leaving hospital', '832', 'esdServiceTypes')] });
    expect(issues).toContainEqual(expect.objectContaining({ level: 'warning', field: 'categories', problem: expect.stringContaining('Leaving hospital') }));
  });
});

describe('normaliseService: places', () => {
  it("leaves out a place's phones that repeat the service's, and its hours only when they are the service's", () => {
    const phone = { number: '020 7946 0500' };
    const hours = { byday: 'MO', opens_at: '09:00', closes_at: '17:00' };
    const weekly = (byday: string) => ({ freq: 'WEEKLY', byday, opens_at: '09:00', closes_at: '17:00', timezone_name: 'Europe/London' });
    const { service } = normalise({
      ...base,
      phones: [phone],
      schedules: [hours],
      service_at_locations: [
        { id: 'sal', phones: [phone, { number: '020 7946 0501' }], schedules: [hours], location: { id: 'loc', schedules: [{ ...hours, byday: 'TU' }] } },
        { id: 'same', location: { id: 'same-hours', schedules: [hours] } }
      ]
    });
    // A place's hours replace the service's, so they stay whole (Monday too), or go when identical.
    expect(service?.locations).toEqual([
      { id: 'loc', phones: [{ number: '020 7946 0501' }], schedules: [weekly('MO'), weekly('TU')] },
      { id: 'same-hours' }
    ]);
  });

  it('merges two links to the same place; names a place with no id after the service', () => {
    const { service, issues } = normalise({
      ...base,
      service_at_locations: [
        { id: 'a', location: { id: 'loc', name: 'Example Hall' } },
        { id: 'b', location: { id: 'loc', transportation: 'Bus 42' } },
        { location: { name: 'Example Van' } }
      ]
    });
    expect(service?.locations).toEqual([
      { id: 'loc', name: 'Example Hall', transportation: 'Bus 42' },
      { id: 'svc-1-location-3', name: 'Example Van' }
    ]);
    expect(fields(issues)).toContain('warning service_at_locations.2.location.id');
  });

  it('finds a place by location_id among the locations it was given (organization files)', () => {
    const result = normaliseService(
      { ...base, service_at_locations: [{ id: 'sal', location_id: 'loc' }, { id: 'sal2', location_id: 'gone' }] },
      { file: 'org.json', locations: new Map([['loc', { id: 'loc', name: 'Example Hall' }]]) }
    );
    expect(result.service?.locations).toEqual([{ id: 'loc', name: 'Example Hall' }]);
    expect(fields(result.issues)).toContain('warning service_at_locations.1');
  });
});

describe('normaliseService: values where council APIs and older feeds put them', () => {
  it('reads a single phone on the service, a place or the organisation, as written', () => {
    expect(normalise({ ...base, phone: '020 7946 0000.' }).service?.phones).toEqual([{ number: '020 7946 0000' }]);
    expect(normalise({ ...base, locations: [{ id: 'p', telephone: '(01632) 960001' }] }).service?.locations[0]?.phones).toEqual([{ number: '(01632) 960001' }]);
    expect(normalise({ ...base, organisation: { name: 'Example Trust', phone: '0800 123 4567 (freephone)' } }).service?.phones).toEqual([
      { number: '0800 123 4567', description: 'freephone' }
    ]);
  });

  it('reads nested coordinates and a place with only a town and postcode', () => {
    const { service } = normalise({ ...base, locations: [{ id: 'p', coordinates: { lat: '51.5', lng: '-0.12' }, city: 'London', postcode: 'SW1A 1AA' }] });
    expect(service?.locations).toEqual([{ id: 'p', latitude: 51.5, longitude: -0.12, address: { address_1: 'London', postal_code: 'SW1A 1AA' } }]);
  });

  it('tidies a bare website and keeps the door shut on other schemes', () => {
    expect(normalise({ ...base, url: 'www.example.org.' }).service?.url).toBe('https://www.example.org/');
    const { service, issues } = normalise({ ...base, website: 'javascript:alert(1)' });
    expect(service).not.toHaveProperty('url');
    expect(fields(issues)).toContain('error website');
  });
});
