import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OnwardDatabase } from '$lib/db/database';
import { StorageError } from '$lib/db/storage-error';
import { keyWorker, probationAppointment, samplePlan } from './fixtures';
import { planRepository, type PlanSnapshot } from './repository';
import { freshDatabases } from '$lib/db/fresh-databases';

const freshDb = freshDatabases('onward-plan');

describe('the plan repository', () => {
  it('keeps a started plan, ticks, appointments and contacts, in a new connection too', async () => {
    const db = freshDb();
    const { plan, items } = samplePlan();
    const repo = planRepository(db, undefined);
    await repo.start(plan, items);
    await repo.setDone(items[0]!.id, true);
    await repo.putAppointment(probationAppointment);
    await repo.putContact(keyWorker);
    const again = await planRepository(new OnwardDatabase(db.name), undefined).read();
    expect(again.plan).toEqual(plan);
    expect(again.items).toHaveLength(16);
    expect(again.items.find((i) => i.id === items[0]!.id)?.done).toBe(true);
    expect(again.appointments).toEqual([probationAppointment]);
    expect(again.contacts).toEqual([keyWorker]);
  });

  it('refuses a row that is not whole, and leaves out stored rows that are not', async () => {
    const db = freshDb();
    const repo = planRepository(db, undefined);
    expect(() => repo.putContact({ ...keyWorker, role: 'boss' as never })).toThrow(TypeError);
    expect(() => repo.putAppointment({ ...probationAppointment, title: '' })).toThrow(TypeError);
    await db.contacts.put({ ...keyWorker, id: 'odd', phone: 42 as never });
    expect((await repo.read()).contacts).toEqual([]);
  });

  it('tells a watcher about every change', async () => {
    const db = freshDb();
    const repo = planRepository(db, undefined);
    const seen: PlanSnapshot[] = [];
    const stop = repo.watch((s) => seen.push(s), () => undefined);
    const { plan, items } = samplePlan();
    await repo.start(plan, items);
    await expect.poll(() => seen.at(-1)?.items.length).toBe(16);
    await repo.removeItem(items[3]!.id);
    await expect.poll(() => seen.at(-1)?.items.length).toBe(15);
    stop();
  });

  it('asks the browser to keep its storage after the first save, once', async () => {
    const calls = { persist: 0 };
    const repo = planRepository(freshDb(), { persist: async () => (calls.persist++, true), persisted: async () => true });
    const { plan, items } = samplePlan();
    await repo.start(plan, items);
    await repo.putContact(keyWorker);
    expect(calls.persist).toBe(1);
  });

  it('turns a failing database into a StorageError the screen can explain', async () => {
    const db = freshDb();
    db.close({ disableAutoOpen: true });
    const error = await planRepository(db, undefined).putContact(keyWorker).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
  });
});
