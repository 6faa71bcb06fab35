import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DirectoryDataset, DirectoryService } from '../../src/lib/directory/model';
import { attributes, categories } from '../../src/lib/directory/taxonomy';
import { coreCategories } from './demo-core-templates';
import { dramaRangeOf } from './drama-phones';
import { demoTownIds } from './draft-demo';
import { synthesise } from './synth';
import { kmBetween } from '../../src/lib/directory/distance';
import { demoTowns } from './demo-towns';
import { addressCity } from './towns';
import { ukPlaces } from '../geo/uk-places';
import { readSharedText, skipWithoutShared } from '../lib/shared-files';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const schema = readJson<object>('../../data/schema/dataset.schema.json');
const validate = new Ajv({ allErrors: true }).compile(schema);
const national = readJson<DirectoryDataset>('../../data/national.json');
const demo = readJson<DirectoryDataset>('../../data/demo.json');
const towns = demoTowns;
const categoryCodes = new Set(categories.map((c) => c.code));
const attributeCodes = new Set(attributes.map((a) => a.code));

function schemaErrors(dataset: unknown): string[] {
  return validate(dataset) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function unknownCodes(services: DirectoryService[]): string[] {
  return services.flatMap((s) => [
    ...s.categories.filter((c) => !categoryCodes.has(c)).map((c) => `${s.id}: category ${c}`),
    ...s.attributes.filter((a) => !attributeCodes.has(a)).map((a) => `${s.id}: attribute ${a}`)
  ]);
}

const allPhones = (s: DirectoryService) => [...s.phones, ...s.locations.flatMap((l) => l.phones ?? [])];

describe('national helplines (data/national.json)', () => {
  it('is a valid dataset using only Onward codes', () => {
    expect(schemaErrors(national)).toEqual([]);
    expect(unknownCodes(national.services)).toEqual([]);
    expect(national.source?.kind).toBe('authored');
  });

  it('gives every helpline a source link and the date it was checked, and no place', () => {
    for (const s of national.services) {
      expect(s.national, s.id).toBe(true);
      expect(s.demo, s.id).toBeUndefined();
      expect(s.status, s.id).toBe('active');
      expect(s.locations, s.id).toEqual([]);
      expect(new URL(s.source_url ?? '').protocol, s.id).toMatch(/^https?:$/);
      expect(s.assured_date, s.id).toBe('2026-11-22');
      expect(s.phones.length, s.id).toBeGreaterThan(0);
    }
    expect(new Set(national.services.map((s) => s.id)).size).toBe(national.services.length);
  });

  it('says which UK nations each line is for only where a source says so (data/README.md)', () => {
    const all = ['england', 'scotland', 'wales', 'northern-ireland'];
    const nationsOf = Object.fromEntries(national.services.map((s) => [s.id, s.nations]));
    expect(nationsOf).toEqual({
      'national-999': all,
      // Scotland's 111 is NHS 24, another service; Northern Ireland has no general 111 (content.md D9).
      'national-nhs-111': ['england', 'wales'],
      // "Whether FRANK covers all four nations is UNCONFIRMED" (D9).
      'national-frank': undefined,
      'national-samaritans': all,
      'national-shelter-england': ['england'],
      // Northern Ireland has its own AA number and its own Universal Credit service (D9).
      'national-alcoholics-anonymous': ['england', 'scotland', 'wales'],
      'national-nacro-resettlement': undefined,
      'national-universal-credit': ['england', 'scotland', 'wales']
    });
  });

  it('says every source was read on a saved copy, until someone checks the live page', () => {
    for (const s of national.services) expect(s.source_checked_live ?? false, s.id).toBe(false);
  });

  it('has 999 and 112 from the same source', () => {
    const emergency = national.services.find((s) => s.id === 'national-999');
    expect(emergency?.phones.map((p) => p.number)).toEqual(['999', '112']);
  });

  // The research notes the national numbers were taken from (../shared, outside the repository).
  it.skipIf(skipWithoutShared('research/content.md'))('only carries numbers written in the research notes, none of them marked UNCONFIRMED', () => {
    const notes = readSharedText('research/content.md');
    // A number is unconfirmed in a table cell that says so, or in any cell of a row whose status cell
    // does (§A9: service | number | status); confirmed in every other cell. Other cells of a row do
    // not count: §D9's drugs row has FRANK's confirmed number beside Scotland's unconfirmed one, and
    // its housing row has Shelter's number as England's (confirmed) and as Scotland's (not).
    const rows = notes.split('\n').filter((line) => line.startsWith('|')).map((line) => line.split('|').slice(1, -1));
    const numbersIn = (text: string) => (text.match(/\b0\d[\d ]{6,}\d\b/g) ?? []).map((n) => n.replace(/\D/g, ''));
    const marked = (cells: string[], cell: string) => cell.includes('UNCONFIRMED') || !!cells.at(-1)?.trim().startsWith('**UNCONFIRMED**');
    const confirmed = new Set(rows.flatMap((cells) => cells.filter((c) => !marked(cells, c)).flatMap(numbersIn)));
    const unconfirmed = new Set(rows.flatMap((cells) => cells.filter((c) => marked(cells, c)).flatMap(numbersIn)));
    expect(unconfirmed.size).toBeGreaterThan(0);
    for (const s of national.services) {
      for (const phone of s.phones) {
        expect(notes.includes(phone.number), `${s.id}: ${phone.number}`).toBe(true);
        const digits = phone.number.replace(/\D/g, '');
        if (unconfirmed.has(digits)) expect(confirmed.has(digits), `${s.id}: ${phone.number} is marked UNCONFIRMED`).toBe(true);
      }
    }
  });
});

describe('demo services (data/demo.json)', () => {
  const services = demo.services;
  const townOf = (s: DirectoryService) => {
    const address = s.locations[0]?.address;
    return towns.find((t) => addressCity(t) === address?.city && t.region === address?.region);
  };

  it('is a valid dataset using only Onward codes', () => {
    expect(schemaErrors(demo)).toEqual([]);
    expect(unknownCodes(services)).toEqual([]);
    expect(demo.source).toMatchObject({ kind: 'authored', licence: 'CC0 (fictional demo data)' });
  });

  it('has at least 150 services covering every category', () => {
    expect(services.length).toBeGreaterThanOrEqual(150);
    const used = new Set(services.flatMap((s) => s.categories));
    expect([...categoryCodes].filter((code) => !used.has(code))).toEqual([]);
  });

  it('marks every record as fictional demo data with an "Example" name and unique id', () => {
    for (const s of services) {
      expect(s.demo, s.id).toBe(true);
      expect(s.national, s.id).toBeUndefined();
      expect(s.status, s.id).toBe('active');
      expect(s.name, s.id).toMatch(/^Example /);
      if (s.organization) expect(s.organization.name, s.id).toMatch(/^Example /);
    }
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
    const locationIds = services.flatMap((s) => s.locations.map((l) => l.id));
    expect(new Set(locationIds).size).toBe(locationIds.length);
  });

  it('uses only Ofcom drama phone numbers, each once', () => {
    const numbers = services.flatMap((s) => allPhones(s).map((p) => p.number));
    expect(numbers.filter((n) => !dramaRangeOf(n))).toEqual([]);
    const digits = numbers.map((n) => n.replace(/\D/g, ''));
    expect(new Set(digits).size).toBe(digits.length);
  });

  it('links only to example.org', () => {
    for (const s of services) {
      for (const url of [s.url, s.organization?.website].filter(Boolean)) expect(new URL(url as string).hostname, s.id).toBe('example.org');
      if (s.email) expect(s.email, s.id).toMatch(/@example\.org$/);
    }
  });

  it('gives every demo town the four core categories', () => {
    for (const townId of demoTownIds) {
      const here = services.filter((s) => townOf(s)?.id === townId);
      const covered = new Set(here.flatMap((s) => s.categories));
      expect(coreCategories.filter((c) => !covered.has(c)), townId).toEqual([]);
    }
  });

  it('spreads the towns over all four UK nations, London and Hertfordshire', () => {
    const demoTowns = demoTownIds.map((id) => towns.find((t) => t.id === id));
    expect(new Set(demoTowns.map((t) => t?.country))).toEqual(new Set(['England', 'Wales', 'Scotland', 'Northern Ireland']));
    expect(demoTowns.filter((t) => t?.part_of === 'london')).toHaveLength(4);
    expect(demoTowns.filter((t) => t?.region === 'Hertfordshire')).toHaveLength(4);
  });

  // Reading the GeoNames tables takes a few seconds on a busy 2-core machine.
  it('has each demo town centre within 1 km of the GeoNames place it names', () => {
    const places = ukPlaces();
    for (const town of demoTowns) {
      const nearest = Math.min(...places.filter((p) => p.name === town.geonames).map((p) => kmBetween(p, town)));
      expect(nearest, town.id).toBeLessThanOrEqual(1);
    }
  }, 30_000);

  it('places every service within 2 km of its town centre, in a real outward postcode of that town', () => {
    for (const s of services) {
      const town = townOf(s);
      expect(town, s.id).toBeDefined();
      for (const location of s.locations) {
        const point = { latitude: location.latitude ?? NaN, longitude: location.longitude ?? NaN };
        expect(kmBetween(point, town!), s.id).toBeLessThanOrEqual(2);
        expect(town!.postcode_districts, s.id).toContain(location.address?.postal_code);
      }
    }
  });

  it('has realistic hours: overnight shelters, 24/7, monthly groups and some with no hours', () => {
    const rows = services.flatMap((s) => s.schedules);
    expect(rows.every((r) => r.timezone_name === 'Europe/London')).toBe(true);
    const overnight = services.filter((s) => s.schedules.some((r) => (r.closes_at ?? '') < (r.opens_at ?? '')));
    expect(overnight.length).toBeGreaterThanOrEqual(5);
    expect(services.filter((s) => s.schedules.some((r) => r.opens_at === '00:00' && r.closes_at === '23:59')).length).toBeGreaterThan(0);
    expect(services.filter((s) => s.schedules.some((r) => r.freq === 'MONTHLY' && /^-?\d(MO|TU|WE|TH|FR|SA|SU)$/.test(r.byday ?? ''))).length).toBeGreaterThan(0);
    expect(services.filter((s) => s.schedules.length === 0).length).toBeGreaterThan(0);
  });

  it('was checked within the last 10 months, except a handful over a year ago', () => {
    const monthsBefore = (date: string) => (Date.UTC(2026, 10, 22) - Date.parse(date)) / (30.44 * 86_400_000);
    const ages = services.map((s) => monthsBefore(s.assured_date ?? ''));
    expect(ages.every((age) => age >= 0)).toBe(true);
    const stale = ages.filter((age) => age > 12).length;
    expect(stale).toBeGreaterThan(0);
    expect(stale).toBeLessThanOrEqual(10);
    expect(ages.filter((age) => age > 10.1 && age <= 12)).toEqual([]);
  });
});

describe('synthetic benchmark data (scripts/data/synth.ts)', () => {
  it('gives the same data for the same seed, and different data for another', () => {
    expect(synthesise(200, 7)).toEqual(synthesise(200, 7));
    expect(synthesise(200, 8).services[0]).not.toEqual(synthesise(200, 7).services[0]);
  });

  it('makes exactly the number asked for', () => {
    expect(synthesise(1234, 1).services).toHaveLength(1234);
    expect(synthesise(0, 1).services).toHaveLength(0);
  });

  it('makes valid, fictional records of realistic size', () => {
    const sample = synthesise(500, 3);
    expect(schemaErrors(sample)).toEqual([]);
    expect(unknownCodes(sample.services)).toEqual([]);
    expect(sample.source?.kind).toBe('synthetic');
    expect(new Set(sample.services.map((s) => s.id)).size).toBe(500);
    for (const s of sample.services) {
      expect(s.demo, s.id).toBe(true);
      expect(s.name, s.id).toMatch(/^Example /);
      expect(s.description?.length, s.id).toBeGreaterThanOrEqual(80);
      expect(s.description?.length, s.id).toBeLessThanOrEqual(300);
      expect(s.locations.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.locations.length, s.id).toBeLessThanOrEqual(2);
      expect(s.categories.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.categories.length, s.id).toBeLessThanOrEqual(2);
      expect(s.attributes.length, s.id).toBeLessThanOrEqual(4);
      expect(s.schedules.length, s.id).toBeGreaterThanOrEqual(1);
      expect(s.schedules.length, s.id).toBeLessThanOrEqual(3);
      expect(allPhones(s).filter((p) => !dramaRangeOf(p.number)), s.id).toEqual([]);
      for (const l of s.locations) {
        expect(l.latitude, s.id).toBeGreaterThan(49.5);
        expect(l.latitude, s.id).toBeLessThan(59.5);
        expect(l.longitude, s.id).toBeGreaterThan(-8.5);
        expect(l.longitude, s.id).toBeLessThan(2);
      }
    }
  });

  it('puts services where people live: more in big cities than small towns', () => {
    const { services } = synthesise(20_000, 1);
    const count = (name: string) => services.filter((s) => s.locations[0]?.address?.city === name).length;
    expect(count('London')).toBeGreaterThan(count('Birmingham'));
    expect(count('Birmingham')).toBeGreaterThan(count('Hertford'));
  });
});
