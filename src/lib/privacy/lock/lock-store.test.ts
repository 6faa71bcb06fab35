import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteAll, readAll, restore } from '$lib/backup/store';
import { OnwardDatabase, personalTables } from '$lib/db/database';
import { planRepository, type PlanSnapshot } from '$lib/plan/repository';
import { savedRepository } from '$lib/saved/repository';
import { markedData, marker } from './fixtures';
import { turnOffLock, turnOnLock, unlock, unlockWait } from './lock-store';
import { isSealedRow } from './row-codec';
import { vault } from './vault';
import { freshDatabases } from '$lib/db/fresh-databases';

const freshDb = freshDatabases('onward-lock');
afterEach(async () => {
  vault.forget();
  vi.restoreAllMocks();
});

const json = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (x instanceof Uint8Array ? Array.from(x) : x));
/** Everything stored in every table, as it is on disk. */
async function rawDump(db: OnwardDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const sorted = (d: Awaited<ReturnType<typeof readAll>>) => ({ ...d, planItems: byId(d.planItems), appointments: byId(d.appointments), contacts: byId(d.contacts), saved: byId(d.saved) });

async function withData() {
  const db = freshDb();
  await restore({ ...markedData(), place: null }, 'replace', db);
  return db;
}

describe('turning the lock on and off', () => {
  it('plain → locked → plain gives back exactly the same data, and while locked no marker is stored in plain', async () => {
    const db = await withData();
    const before = sorted(await readAll(db));
    expect(json(await rawDump(db))).toContain(marker);

    await turnOnLock(db, '2468', 'pin');
    const locked = await rawDump(db);
    expect(json(locked)).not.toContain(marker);
    for (const table of personalTables) for (const row of locked[table]!) expect(isSealedRow(row), table).toBe(true);
    expect(locked.settings).toEqual([expect.objectContaining({ key: 'lock' })]);
    expect(vault.open).toBe(true);
    expect(sorted(await readAll(db))).toEqual(before);

    vault.forget();
    await expect(readAll(db)).rejects.toMatchObject({ problem: 'locked' });
    expect(await turnOffLock(db, '2468')).toEqual({ ok: true });
    expect(vault.open).toBe(false);
    const after = await rawDump(db);
    expect(after.settings).toEqual([]);
    expect(sorted(await readAll(db))).toEqual(before);
    for (const table of personalTables) expect(byId(after[table] as { id: string }[]), table).toEqual(byId(before[table] as { id: string }[]));
  });

  it('a failure in the middle of turning it on leaves the data plain and whole, with no lock', async () => {
    const db = await withData();
    const before = await rawDump(db);
    vi.spyOn(db.table('contacts'), 'bulkPut').mockImplementation(() => Promise.reject(new Error('disk failed')) as never);
    await expect(turnOnLock(db, '2468', 'pin')).rejects.toThrow();
    expect(vault.open).toBe(false);
    expect(await rawDump(db)).toEqual(before);
  });

  it('a failure in the middle of turning it off leaves the data sealed and whole, with the lock', async () => {
    const db = await withData();
    await turnOnLock(db, '2468', 'pin');
    const before = json(await rawDump(db));
    vi.spyOn(db.table('saved'), 'bulkPut').mockImplementation(() => Promise.reject(new Error('disk failed')) as never);
    await expect(turnOffLock(db, '2468')).rejects.toThrow();
    expect(json(await rawDump(db))).toBe(before);
  });

  it('starts again when another tab writes between the read and the write, losing nothing', async () => {
    const db = await withData();
    const other = new OnwardDatabase(db.name);
    let once = true;
    const real = db.transaction.bind(db);
    vi.spyOn(db, 'transaction').mockImplementation(((mode: string, ...rest: unknown[]) => {
      if (mode === 'rw' && once) {
        once = false;
        return other.contacts.put({ ...markedData().contacts[0]!, id: 'late', name: `${marker} late` }).then(() => (real as (...a: unknown[]) => unknown)(mode, ...rest));
      }
      return (real as (...a: unknown[]) => unknown)(mode, ...rest);
    }) as never);
    await turnOnLock(db, '2468', 'pin');
    other.close();
    expect((await readAll(db)).contacts.map((c) => c.id).sort()).toEqual(['contact-1', 'late']);
    expect(json(await rawDump(db))).not.toContain(marker);
  });
});

describe('unlocking', () => {
  it('rejects a wrong secret and makes the next try wait 1 s, 2 s, 4 s, 8 s, across reloads; the right one unlocks and resets', async () => {
    const db = await withData();
    await turnOnLock(db, '2468', 'pin');
    vault.forget();
    let now = 1_000_000;
    const clock = () => now;
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      // A new connection each time: a reload keeps the count.
      const reloaded = new OnwardDatabase(db.name);
      const result = await unlock(reloaded, '1111', clock);
      expect(result.ok).toBe(false);
      if (!result.ok) waits.push(result.waitMs);
      expect(await unlockWait(reloaded, now)).toBe(waits.at(-1));
      // During the wait even the right secret is not checked.
      expect(await unlock(reloaded, '2468', () => now + waits.at(-1)! - 1)).toEqual({ ok: false, waitMs: 1 });
      expect(vault.open).toBe(false);
      now += waits.at(-1)!;
      reloaded.close();
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(await unlock(db, '2468', clock)).toEqual({ ok: true });
    expect(vault.open).toBe(true);
    expect(await unlockWait(db, now)).toBe(0);
    expect((await readAll(db)).contacts[0]?.name).toBe(`${marker} Sam`);
  });

  it('turning the lock off with a wrong secret counts as a wrong try and changes nothing', async () => {
    const db = await withData();
    await turnOnLock(db, 'blue kettle rain', 'passphrase');
    vault.forget();
    const before = json(await rawDump(db));
    expect(await turnOffLock(db, 'blue kettle rian')).toEqual({ ok: false, waitMs: 1000 });
    const after = await rawDump(db);
    expect(after.settings?.map((s) => (s as { key: string }).key).sort()).toEqual(['lock', 'lockTries']);
    expect(json({ ...after, settings: [] })).toBe(json({ ...JSON.parse(before), settings: [] }));
  });
});

describe('the repositories while the lock is on', () => {
  it('My plan: reads, watches and writes sealed rows; locked, it reads nothing and refuses writes', async () => {
    const db = await withData();
    await turnOnLock(db, '2468', 'pin');
    const repo = planRepository(db, undefined);
    const data = markedData();
    const seen: PlanSnapshot[] = [];
    const stop = repo.watch((s) => seen.push(s), (e) => seen.push(e as never));
    await vi.waitFor(() => expect(seen.at(-1)?.contacts[0]?.name).toBe(`${marker} Sam`));
    expect(seen.at(-1)?.plan).toEqual(data.plan[0]);

    // A change after the first answer: the live view (which opens rows with WebCrypto after its reads) still follows.
    await repo.putContact({ ...data.contacts[0]!, id: 'contact-2', name: `${marker} Jo` });
    await repo.setDone('item-1', true);
    await repo.removeAppointment('appt-1');
    await vi.waitFor(() => expect(seen.at(-1)?.contacts.map((c) => c.name).sort()).toEqual([`${marker} Jo`, `${marker} Sam`]));
    await vi.waitFor(() => expect(seen.at(-1)?.items.find((i) => i.id === 'item-1')?.done).toBe(true));
    await vi.waitFor(() => expect(seen.at(-1)?.appointments).toEqual([]));
    stop();
    expect(json(await rawDump(db))).not.toContain(marker);

    vault.forget();
    expect(await repo.read()).toMatchObject({ locked: true, plan: undefined, items: [], contacts: [] });
    await expect(repo.putContact(data.contacts[0]!)).rejects.toMatchObject({ problem: 'locked' });
    await expect(repo.setDone('item-1', false)).rejects.toMatchObject({ problem: 'locked' });
  });

  it('two quick ticks of one item land in the order they were made', async () => {
    const db = await withData();
    await turnOnLock(db, '2468', 'pin');
    const repo = planRepository(db, undefined);
    await Promise.all([repo.setDone('item-1', true), repo.setDone('item-1', false), repo.setDone('item-1', true)]);
    expect((await repo.read()).items.find((i) => i.id === 'item-1')?.done).toBe(true);
  });

  it('saved services: the Saved list and the Save button see them only with the key; remove works', async () => {
    const db = await withData();
    await turnOnLock(db, '2468', 'pin');
    const [service] = markedData().saved;
    const saved = savedRepository(db, undefined);
    expect(await saved.list()).toEqual([service]);
    expect(await saved.has(service!.id)).toBe(true);
    expect(await saved.has('another')).toBe(false);
    vault.forget();
    await expect(saved.list()).rejects.toMatchObject({ problem: 'locked' });
    expect(await saved.has(service!.id)).toBeNull();
    await expect(saved.save(service!)).rejects.toMatchObject({ problem: 'locked' });
    await unlock(db, '2468');
    await saved.remove(service!.id);
    expect(await saved.list()).toEqual([]);
    expect(await db.saved.count()).toBe(0);
  });
});

describe('export, import and delete all with the lock on', () => {
  it('import seals every row on the way in (replace and merge); export opens them', async () => {
    const db = freshDb();
    await turnOnLock(db, '2468', 'pin');
    const data = { ...markedData(), place: null };
    await restore(data, 'replace', db);
    expect(json(await rawDump(db))).not.toContain(marker);
    expect(sorted(await readAll(db))).toEqual(sorted(data));
    await restore({ ...data, plan: [], planItems: [], appointments: [], saved: [], contacts: [{ ...data.contacts[0]!, id: 'contact-9' }] }, 'merge', db);
    expect(json(await rawDump(db))).not.toContain(marker);
    expect((await readAll(db)).contacts).toHaveLength(2);
    vault.forget();
    await expect(restore(data, 'replace', db)).rejects.toMatchObject({ problem: 'locked' });
  });

  it('delete all works while locked, and removes the lock too', async () => {
    const db = await withData();
    await turnOnLock(db, '2468', 'pin');
    vault.forget();
    await unlock(db, '0000');
    await deleteAll(db);
    const after = await rawDump(db);
    for (const table of personalTables) expect(after[table], table).toEqual([]);
    expect(after.settings).toEqual([]);
    expect(await readAll(db)).toMatchObject({ plan: [], contacts: [] });
  });
});
