import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactRoles, limits } from '$lib/plan/model';
import { keyWorker, probationAppointment, samplePlan } from '$lib/plan/fixtures';
import { planTemplate } from '$lib/plan/template';
import { BackupError, backupCounts, parseBackupText, readBackupFile, toBackupFile, type BackupData } from './format';
import { deleteAll, readAll, restore } from './store';
import { freshDatabases } from '$lib/db/fresh-databases';

const freshDb = freshDatabases('onward-backup');

// Any text a person could type, including quotes, newlines, emoji and right-to-left scripts.
const anyText = (max: number, min = 0) => fc.string({ unit: 'grapheme', minLength: min, maxLength: max }).filter((s) => s.length <= max);
const id = fc.uuid();
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const planArb = fc.record({
  id: fc.constant('plan' as const),
  releaseAt: fc.option(time, { nil: null }),
  alreadyOut: fc.boolean(),
  area: fc.option(fc.record({ label: anyText(100), query: anyText(100, 1) }), { nil: null }),
  createdAt: time
});
const itemArb = fc.record({
  id,
  template: fc.option(fc.constantFrom(...planTemplate.map((t) => t.key)), { nil: null }),
  title: anyText(limits.title, 1),
  note: anyText(200),
  dueAt: fc.option(time, { nil: null }),
  done: fc.boolean(),
  createdAt: time
});
const appointmentArb = fc.record({
  id,
  title: anyText(limits.title, 1),
  startsAt: time,
  place: anyText(limits.title),
  serviceId: fc.option(fc.constantFrom('demo-leeds-hub', 'demo-stevenage-recovery-hub'), { nil: null }),
  phone: anyText(limits.phone),
  notes: anyText(200)
});
const contactArb = fc.record({ id, name: anyText(limits.title, 1), role: fc.constantFrom(...contactRoles), phone: anyText(limits.phone), notes: anyText(200), createdAt: time });
const savedArb = fc.record({ id, name: anyText(300, 1), categories: fc.array(fc.constantFrom('housing', 'food', 'money'), { maxLength: 3 }), savedAt: time });
const uniqueIds = <T extends { id: string }>(arb: fc.Arbitrary<T>, max: number) => fc.uniqueArray(arb, { selector: (r) => r.id, maxLength: max });
const dataArb: fc.Arbitrary<BackupData> = fc.record({
  plan: fc.option(planArb, { nil: null }).map((p) => (p ? [p] : [])),
  planItems: uniqueIds(itemArb, 40),
  appointments: uniqueIds(appointmentArb, 10),
  contacts: uniqueIds(contactArb, 10),
  saved: uniqueIds(savedArb, 10),
  place: fc.option(fc.constant({ label: 'Leeds, England', latitude: 53.8, longitude: -1.55, kind: 'town' as const, query: 'Leeds' }), { nil: null })
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const normalised = (d: BackupData) => ({ ...d, planItems: byId(d.planItems), appointments: byId(d.appointments), contacts: byId(d.contacts), saved: byId(d.saved) });

describe('backup round trip', () => {
  it('random data: export → delete all → import gives back exactly what was there', async () => {
    await fc.assert(
      fc.asyncProperty(dataArb, async (data) => {
        const db = freshDb();
        await restore(data, 'replace', db);
        const text = JSON.stringify(toBackupFile(await readAll(db), new Date(2026, 10, 22)));
        await deleteAll(db);
        expect(await readAll(db)).toEqual({ plan: [], planItems: [], appointments: [], contacts: [], saved: [], place: null });
        const parsed = parseBackupText(text);
        if (parsed.kind !== 'plain') throw new Error('expected a plain backup');
        await restore(parsed.data, 'replace', db);
        expect(normalised(await readAll(db))).toEqual(normalised(data));
        await db.delete();
      }),
      { seed: 20261122, numRuns: 60 }
    );
  });

  it('merge keeps what is there and adds only what the phone lacks; the phone wins on the same id', async () => {
    const db = freshDb();
    const { plan, items } = samplePlan();
    await restore({ plan: [plan], planItems: items, appointments: [probationAppointment], contacts: [], saved: [], place: null }, 'replace', db);
    const older = samplePlan(); // another plan: new ids, the same template keys
    const ownItem = { ...older.items[0]!, id: 'own-item', template: null, title: 'Ring Mum' };
    await restore(
      {
        plan: [{ ...older.plan, releaseAt: 1, area: null }],
        planItems: [...older.items, ownItem],
        appointments: [{ ...probationAppointment, title: 'Moved' }],
        contacts: [keyWorker],
        saved: [],
        place: null
      },
      'merge',
      db
    );
    const after = await readAll(db);
    expect(after.plan).toEqual([plan]); // release time and area stay
    expect(after.planItems).toHaveLength(17); // the template once, plus the file's own item
    expect(after.planItems.find((i) => i.id === 'own-item')?.title).toBe('Ring Mum');
    expect(after.appointments.map((a) => a.title)).toEqual([probationAppointment.title]);
    expect(after.contacts).toEqual([keyWorker]);
  });

  it('merge into an empty phone writes the whole file', async () => {
    const db = freshDb();
    const { plan, items } = samplePlan();
    const data = { plan: [plan], planItems: items, appointments: [probationAppointment], contacts: [keyWorker], saved: [], place: null };
    await restore(data, 'merge', db);
    expect(normalised(await readAll(db))).toEqual(normalised(data));
  });

  it('counts what a file will restore', () => {
    const { plan, items } = samplePlan();
    expect(backupCounts({ plan: [plan], planItems: items, appointments: [probationAppointment], contacts: [keyWorker], saved: [], place: null })).toEqual({ items: 16, appointments: 1, contacts: 1, saved: 0 });
  });
});

describe('files that are refused whole', () => {
  const { plan, items } = samplePlan();
  const good = toBackupFile({ plan: [plan], planItems: items, appointments: [probationAppointment], contacts: [keyWorker], saved: [], place: null }, new Date());
  const text = JSON.stringify(good);
  const problem = (t: string) => {
    try {
      parseBackupText(t);
      return 'accepted';
    } catch (e) {
      return e instanceof BackupError ? e.problem : 'crashed';
    }
  };

  it.each([
    ['not JSON at all', 'hello', 'notOurs'],
    ['a photo', '\u00ff\u00d8\u00ff\u00e0JFIF', 'notOurs'],
    ['someone else’s JSON', JSON.stringify({ contacts: [] }), 'notOurs'],
    ['cut short', text.slice(0, Math.floor(text.length / 2)), 'damaged'],
    ['from a newer Onward', JSON.stringify({ ...good, version: 2 }), 'newer'],
    ['one bad record', JSON.stringify({ ...good, data: { ...good.data, contacts: [{ ...keyWorker, role: 'boss' }] } }), 'damaged'],
    ['a field we do not know', JSON.stringify({ ...good, data: { ...good.data, contacts: [{ ...keyWorker, extra: 1 }] } }), 'damaged'],
    ['a table missing', JSON.stringify({ ...good, data: { ...good.data, saved: undefined } }), 'damaged'],
    ['two records with one id', JSON.stringify({ ...good, data: { ...good.data, contacts: [keyWorker, keyWorker] } }), 'damaged']
  ])('%s', (_, input, expected) => {
    expect(problem(input)).toBe(expected);
  });

  it('accepts the good file', () => {
    expect(problem(text)).toBe('accepted');
    expect(readBackupFile(good)).toEqual(good.data);
  });

  it('writes nothing when a file is refused', async () => {
    const db = freshDb();
    await restore(good.data, 'replace', db);
    const before = await readAll(db);
    const bad = JSON.stringify({ ...good, data: { ...good.data, planItems: [], contacts: [{ ...keyWorker, role: 'boss' }] } });
    expect(() => parseBackupText(bad)).toThrow(BackupError);
    expect(await readAll(db)).toEqual(before);
  });
});

describe('delete all my data', () => {
  it('empties every personal table and the remembered place, and keeps other settings', async () => {
    const db = freshDb();
    const { plan, items } = samplePlan();
    await restore({ plan: [plan], planItems: items, appointments: [probationAppointment], contacts: [keyWorker], saved: [{ id: 's', name: 'S', categories: [], savedAt: 1 }], place: { label: 'Leeds', latitude: 53.8, longitude: -1.55, kind: 'town', query: 'Leeds' } }, 'replace', db);
    await db.settings.put({ key: 'lowData', value: true });
    await deleteAll(db);
    for (const table of ['plan', 'planItems', 'appointments', 'contacts', 'saved'] as const) expect(await db.table(table).count(), table).toBe(0);
    expect(await db.settings.get('place')).toBeUndefined();
    expect(await db.settings.get('lowData')).toEqual({ key: 'lowData', value: true });
  });
});
