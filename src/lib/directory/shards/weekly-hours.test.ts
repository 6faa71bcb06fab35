import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeService, weekdays } from '../fixtures';
import { loadShard, type LoadedShard } from '../loaded-shard';
import type { DirectoryDataset, DirectoryService, Schedule } from '../model';
import { isOpenAt, openState } from '../schedule';
import { searchShards } from '../search';
import { compileDirectory } from './compile';
import { shardPath, type ShardFile, type ShardService } from './format';

const london = 'Europe/London';
const weekly = (byday: string, opens_at: string, closes_at: string, more: Partial<Schedule> = {}): Schedule => ({
  freq: 'WEEKLY',
  byday,
  opens_at,
  closes_at,
  timezone_name: london,
  ...more
});
const everyDay = 'MO,TU,WE,TH,FR,SA,SU';
const christmas: Schedule = { closed: true, valid_from: '2026-12-25', valid_to: '2026-12-26', timezone_name: london };

/** Hours that must be compiled (true) or left to the phone to parse (false). */
const fixtures: Array<[DirectoryService, boolean]> = [
  [makeService({ id: 'office', schedules: [weekdays('09:00', '17:00')] }), true],
  [makeService({ id: 'shelter-overnight', schedules: [weekly(everyDay, '20:00', '08:00')] }), true],
  // Sunday night runs on into Monday morning, the start of the compiled week.
  [makeService({ id: 'sunday-night', schedules: [weekly('SU', '22:00', '06:00'), weekly('WE', '10:00', '12:00')] }), true],
  [makeService({ id: 'always', schedules: [weekly(everyDay, '00:00', '23:59')] }), true],
  [makeService({ id: 'split-day', schedules: [weekly('MO', '09:00', '12:00'), weekly('MO', '12:00', '17:00'), weekly('MO', '11:00', '13:00')] }), true],
  [makeService({ id: 'broken-row', schedules: [weekly('XX', '09:00', '17:00'), weekly('TU', '10:00', '14:00')] }), true],
  [makeService({ id: 'christmas', schedules: [weekdays('09:00', '17:00'), christmas] }), false],
  [makeService({ id: 'shelter-christmas', schedules: [weekly(everyDay, '20:00', '08:00'), christmas] }), false],
  [makeService({ id: 'fortnightly', schedules: [weekly('TU', '10:00', '12:00', { interval: 2, dtstart: '2026-01-06' })] }), false],
  [makeService({ id: 'first-saturday', schedules: [{ freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '12:30', timezone_name: london }] }), false],
  [makeService({ id: 'winter', schedules: [weekdays('09:00', '17:00'), weekly('SA', '10:00', '13:00', { valid_from: '2026-11-01', valid_to: '2027-02-28' })] }), false],
  [makeService({ id: 'dublin', schedules: [{ ...weekdays('09:00', '17:00'), timezone_name: 'Europe/Dublin' }] }), false],
  [makeService({ id: 'ring-for-times', schedules: [{ description: 'Ring for times', timezone_name: london }] }), false],
  [makeService({ id: 'no-hours', schedules: [] }), false],
  [
    makeService({
      id: 'own-place-hours',
      schedules: [weekdays('09:00', '17:00')],
      locations: [
        { id: 'main', latitude: 51.9, longitude: -0.2 },
        { id: 'night', latitude: 51.91, longitude: -0.21, schedules: [weekly('FR,SA', '21:00', '03:00')] }
      ]
    }),
    true
  ]
];

const sample = (JSON.parse(readFileSync('data/demo.json', 'utf8')) as DirectoryDataset).services;
const originals = [...sample, ...fixtures.map(([service]) => service)];
const built = compileDirectory(originals);
const entries = [built.manifest.national, built.manifest.unplaced, ...built.manifest.shards];
const shardFile = (entry: { id: string; hash: string }) => JSON.parse(built.files.get(shardPath(entry)) as string) as ShardFile;
const stored = new Map<string, ShardService>(entries.flatMap((entry) => shardFile(entry).services.map((s) => [s.id, s] as const)));

/** Hours the search uses for a place: its own when it has some, else the service's. */
const hoursAt = (service: DirectoryService, location: number) => {
  const own = service.locations[location]?.schedules;
  return own?.length ? own : service.schedules;
};

/** Every 53 minutes (so every time of day comes round) over weeks that hold both 2026 clock changes, and Christmas. */
const instants: Date[] = [];
for (const [from, to] of [
  ['2026-03-23T00:00:00Z', '2026-04-06T00:00:00Z'],
  ['2026-10-19T00:00:00Z', '2026-11-02T00:00:00Z'],
  ['2026-12-21T00:00:00Z', '2026-12-29T00:00:00Z']
]) {
  for (let t = Date.parse(from!); t < Date.parse(to!); t += 53 * 60_000) instants.push(new Date(t));
}

/** The one 09:00–17:00 weekdays service of a shard, and that shard, with its compiled value replaced. */
function tampered(weeklyValue: unknown): LoadedShard {
  const entry = entries.find((e) => shardFile(e).services.some((s) => s.id === 'office'))!;
  const file = shardFile(entry);
  for (const service of file.services) if (service.id === 'office') (service as { weekly?: unknown }).weekly = weeklyValue;
  return loadShard(file, entry.id);
}
const sundayNight = new Date('2026-01-11T03:00:00Z');
const mondayMorning = new Date('2026-01-12T10:00:00Z');

describe('hours compiled at build time (weekly)', () => {
  it('are stored for plain weekly hours only: never with closures, dates, "every 2 weeks", "first Saturday" or another zone', () => {
    for (const [service, compiled] of fixtures) expect([service.id, stored.get(service.id)?.weekly !== undefined]).toEqual([service.id, compiled]);
    expect(stored.get('own-place-hours')?.locations.map((l) => l.weekly)).toEqual([undefined, [4 * 1440 + 21 * 60, 360, 1080, 360]]);
    // 09–17 weekdays as alternating shut/open lengths: the form gzip packs well.
    expect(stored.get('office')?.weekly).toEqual([540, 480, 960, 480, 960, 480, 960, 480, 960, 480]);
    // Sunday 22:00 to Monday 06:00 is stored as Monday 00:00–06:00 and Sunday 22:00–24:00.
    expect(stored.get('sunday-night')?.weekly).toEqual([0, 360, 2 * 1440 + 240, 120, 4 * 1440 - 720 + 22 * 60, 120]);
    // Most of the sample is plain weekly hours.
    const compiled = sample.filter((s) => stored.get(s.id)?.weekly !== undefined).length;
    expect(compiled).toBeGreaterThan(sample.length * 0.8);
  });

  it('give the same "open now" as openState on the full hours, for the sample and every fixture, at every place', () => {
    const byId = new Map(originals.map((s) => [s.id, s]));
    const places: Array<{ id: string; loaded: readonly Schedule[]; original: readonly Schedule[] }> = [];
    for (const entry of entries) {
      for (const service of loadShard(shardFile(entry), entry.id).services) {
        expect(Object.keys(service)).not.toContain('weekly');
        for (let l = 0; l < Math.max(1, service.locations.length); l++) {
          expect(service.locations[l] ?? {}).not.toHaveProperty('weekly');
          places.push({ id: `${service.id} place ${l}`, loaded: hoursAt(service, l), original: hoursAt(byId.get(service.id)!, l) });
        }
      }
    }
    expect(places.length).toBeGreaterThan(originals.length);
    // Time outermost: both answers keep the local clock of the last minute asked about.
    for (const now of instants) {
      for (const place of places) {
        const expected = openState(place.original, now).state === 'open';
        if (isOpenAt(place.loaded, now) !== expected) expect([place.id, now.toISOString(), !expected]).toBe('agreeing');
      }
    }
  }, 20_000);

  it('are what the phone uses: it does not parse the hours when a compiled value is there', () => {
    // A well-formed value saying "open all week" wins over the rows (09–17 weekdays).
    const shard = tampered([0, 7 * 1440]);
    const office = shard.services.find((s) => s.id === 'office')!;
    expect(isOpenAt(office.schedules, sundayNight)).toBe(true);
    // The service page's full answer still comes from the rows.
    expect(openState(office.schedules, sundayNight).state).toBe('closed');
  });

  it('spare the "Open now" filter any reading of the rows of a service whose hours are compiled', () => {
    const read = new Set<string>();
    const shards = entries.map((entry) => {
      const shard = loadShard(shardFile(entry), entry.id);
      // Rows swapped in place (the arrays are what the compiled hours belong to), noting each read.
      const watch = (id: string, rows: Schedule[]) =>
        rows.forEach((row, i) => (rows[i] = new Proxy(row, { get: (target, key) => (read.add(id), target[key as keyof Schedule]) })));
      for (const service of shard.services) {
        watch(service.id, service.schedules);
        for (const location of service.locations) if (location.schedules) watch(service.id, location.schedules);
      }
      return shard;
    });
    // No results asked for, so no card works out its full state: only the filter reads hours.
    for (const now of [sundayNight, mondayMorning]) searchShards(shards, null, { openNow: true, limit: 0, now });
    const parsed = fixtures.filter(([service]) => read.has(service.id)).map(([service]) => service.id);
    expect(parsed).toEqual(fixtures.filter(([service, compiled]) => !compiled && service.schedules.length > 0).map(([service]) => service.id));
  });

  it('fall back to parsing the hours when the stored value is damaged or tampered with, and never throw', () => {
    const openAllWeekIfMisread = [
      ['0', '10080'],
      [0, 10080.5],
      [0, 10081],
      [-1, 10081],
      [0, 1e300],
      [[0, 10080]],
      { 0: 0, 1: 10080, length: 2 },
      [0, 10080, 0],
      [0, 0, 0, 10080],
      [Number.NaN, Number.POSITIVE_INFINITY],
      [0, null, 0, 10080],
      [...Array.from({ length: 200 }, () => 0), 0, 10080],
      [],
      null,
      'always',
      10080,
      true
    ];
    for (const value of openAllWeekIfMisread) {
      const office = tampered(value).services.find((s) => s.id === 'office')!;
      expect([value, isOpenAt(office.schedules, sundayNight), isOpenAt(office.schedules, mondayMorning)]).toEqual([value, false, true]);
    }
  });
});
