import { describe, expect, it } from 'vitest';
import { checkDataset, duplicateIdsAcross } from './check-dataset';
import { makeDataset, makeService } from '../fixtures';
import type { DataIssue } from '../model';

const today = new Date('2026-11-22T12:00:00Z');
const check = (json: unknown) => checkDataset(json, { file: 'test.json', today });
const summary = (issues: DataIssue[]) => issues.map((i) => `${i.level} ${i.id} ${i.field}: ${i.problem}`);

describe('checkDataset', () => {
  it('passes a clean dataset', () => {
    expect(check(makeDataset([makeService({ id: 'a' }), makeService({ id: 'b' })]))).toEqual([]);
  });

  it('reports a missing name and a missing id by record', () => {
    const noName = { ...makeService({ id: 'no-name' }), name: undefined };
    const noId = { ...makeService(), id: undefined };
    const issues = summary(check(makeDataset([noName, noId] as never)));
    expect(issues).toContain('error no-name name: missing name');
    expect(issues).toContain('error #1 id: missing id');
  });

  it('reports duplicate ids', () => {
    expect(summary(check(makeDataset([makeService({ id: 'x' }), makeService({ id: 'x' })])))).toContain(
      'error x id: duplicate id (also record #0)'
    );
  });

  it('reports coordinates out of range', () => {
    const service = makeService({ id: 'far', locations: [{ id: 'l', latitude: 100, longitude: 101 }] });
    expect(summary(check(makeDataset([service])))).toContain('error far locations.0.latitude: latitude 100 is outside -90 to 90');
  });

  it('reports unknown categories and attributes', () => {
    const issues = summary(check(makeDataset([makeService({ id: 'c', categories: ['spaceflight'], attributes: ['has-pool'] })])));
    expect(issues).toContain('error c categories.0: unknown category "spaceflight" (see data/taxonomy.json)');
    expect(issues).toContain('error c attributes.0: unknown attribute "has-pool" (see data/taxonomy.json)');
  });

  it('refuses javascript: and other non-web links, and malformed phones', () => {
    const service = makeService({
      id: 'bad',
      url: 'javascript:alert(1)',
      source_url: 'ftp://example.org/x',
      phones: [{ number: 'call us' }]
    });
    const issues = summary(check(makeDataset([service])));
    expect(issues.some((i) => i.startsWith('error bad url: "javascript:" links are not allowed'))).toBe(true);
    expect(issues.some((i) => i.startsWith('error bad source_url: "ftp:" links are not allowed'))).toBe(true);
    expect(issues).toContain('error bad phones.0.number: "call us" is not a phone number');
  });

  it('refuses a broken character anywhere in a record (the page would throw building its links)', () => {
    const service = makeService({ id: 'x\uD800', name: 'Café \uDC00', locations: [{ id: 'l', address: { address_1: '1 \uD83C Road' } }] });
    expect(summary(check(makeDataset([service]))).filter((line) => line.includes('broken character'))).toEqual([
      'error x\uD800 id: broken character (half of a UTF-16 pair): the page cannot put it in a link',
      'error x\uD800 name: broken character (half of a UTF-16 pair): the page cannot put it in a link',
      'error x\uD800 locations.0.address.address_1: broken character (half of a UTF-16 pair): the page cannot put it in a link'
    ]);
  });

  it('reports an unparseable schedule', () => {
    const service = makeService({ id: 's', schedules: [{ freq: 'WEEKLY', byday: 'XX', opens_at: '09:00', closes_at: '17:00', timezone_name: 'Europe/London' }] });
    expect(check(makeDataset([service])).some((i) => i.level === 'error' && i.field === 'schedules.0' && i.problem.startsWith('unparseable schedule'))).toBe(true);
  });

  it('reports a schema violation with the record and field', () => {
    const service = { ...makeService({ id: 'typed' }), minimum_age: 'eighteen' };
    expect(summary(check(makeDataset([service as never])))).toContain('error typed minimum_age: must be number');
  });

  it('warns, without errors, about stale or missing checks, no location, and no way to get in touch', () => {
    const stale = makeService({ id: 'stale', assured_date: '2025-10-01' });
    const never = makeService({ id: 'never', assured_date: undefined });
    const nowhere = makeService({ id: 'nowhere', locations: [] });
    const silent = makeService({ id: 'silent', phones: [], url: undefined });
    const issues = check(makeDataset([stale, never, nowhere, silent]));
    expect(issues.every((i) => i.level === 'warning')).toBe(true);
    expect(summary(issues)).toEqual([
      'warning stale assured_date: last checked 2025-10-01, more than 12 months ago',
      'warning never assured_date: never checked: add the date the details were last checked',
      'warning nowhere locations: no location on the map: it is listed but has no distance',
      'warning silent phones: no phone and no website: people have no way to get in touch first'
    ]);
  });

  it('needs a source for national numbers, and does not ask them for a location', () => {
    const issues = summary(check(makeDataset([makeService({ id: 'n', national: true, locations: [] })])));
    expect(issues).toEqual(['error n source_url: a national service needs the source of its number']);
  });

  it('accepts the UK nations a service is for, and refuses any other code or a repeat', () => {
    const withNations = (nations: string[]) => summary(check(makeDataset([makeService({ id: 'n', nations } as never)])));
    expect(withNations(['england', 'scotland', 'wales', 'northern-ireland'])).toEqual([]);
    expect(withNations(['england', 'wales'])).toEqual([]);
    expect(withNations(['uk'])[0]).toMatch(/^error n nations\.0: /);
    expect(withNations(['england', 'england'])[0]).toMatch(/^error n nations: /);
    expect(withNations([])[0]).toMatch(/^error n nations: /);
  });

  it('refuses "checked live" on a record with no source to have checked', () => {
    expect(summary(check(makeDataset([makeService({ id: 'l', source_checked_live: true })])))).toEqual([
      'error l source_checked_live: says the source was checked live, but there is no source_url'
    ]);
    const sourced = makeService({ id: 's', source_checked_live: true, source_url: 'https://www.example.org/' });
    expect(check(makeDataset([sourced]))).toEqual([]);
  });

  it('accepts a report address for the dataset, and refuses one that is not an e-mail address', () => {
    const withContact = (contact_email: string) =>
      summary(check({ ...makeDataset([makeService()]), source: { kind: 'authored', ref: 'test', contact_email } }));
    expect(withContact('data-team@example.org')).toEqual([]);
    expect(withContact('javascript:alert(1)')).toEqual(['error - source.contact_email: "javascript:alert(1)" is not an e-mail address']);
  });

  it('reports a file that is not a dataset at all', () => {
    expect(summary(check({ hello: 'world' }))[0]).toMatch(/^error - /);
    expect(check([])).not.toEqual([]);
  });

  it('reports ids used in two datasets that are built together', () => {
    const a = makeDataset([makeService({ id: '1' }), makeService({ id: '2' })]);
    const b = makeDataset([makeService({ id: '1' })]);
    expect(summary(duplicateIdsAcross([{ file: 'a.json', json: a }, { file: 'b.json', json: b }]))).toEqual([
      'error 1 id: the same id is used in a.json: ids must be unique across datasets'
    ]);
  });
});
