import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { OnwardDatabase } from '$lib/db/database';
import { StorageError } from '$lib/db/storage-error';
import { makeService } from '$lib/directory/fixtures';
import { savedRepository } from './repository';
import { snapshotOf } from './saved-service';

let n = 0;
const open: OnwardDatabase[] = [];
function freshDb(): OnwardDatabase {
  const db = new OnwardDatabase(`onward-saved-${n++}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const hub = snapshotOf(makeService({ id: 'hub', name: 'Example Recovery Hub', categories: ['drugs-alcohol'] }), 'Stevenage', new Date(1000));
const shelter = snapshotOf(makeService({ id: 'shelter', name: 'Example Night Shelter', categories: ['housing'] }), undefined, new Date(2000));

describe('saved services', () => {
  it('keeps a saved service, and reads it back in a new connection, newest first', async () => {
    const db = freshDb();
    await savedRepository(db, undefined).save(hub);
    await savedRepository(db, undefined).save(shelter);
    const again = new OnwardDatabase(db.name);
    const saved = savedRepository(again, undefined);
    expect((await saved.list()).map((s) => s.id)).toEqual(['shelter', 'hub']);
    expect(await saved.isSaved('hub')).toBe(true);
    expect(await saved.list()).toContainEqual({ id: 'hub', name: 'Example Recovery Hub', town: 'Stevenage', categories: ['drugs-alcohol'], savedAt: 1000 });
    again.close();
  });

  it('removes one, and saving it again (undo) puts it back in its place', async () => {
    const saved = savedRepository(freshDb(), undefined);
    await saved.save(hub);
    await saved.save(shelter);
    await saved.remove('hub');
    expect(await saved.isSaved('hub')).toBe(false);
    expect((await saved.list()).map((s) => s.id)).toEqual(['shelter']);
    await saved.save(hub);
    expect((await saved.list()).map((s) => s.id)).toEqual(['shelter', 'hub']);
  });

  it('leaves out stored rows that are not whole saved services', async () => {
    const db = freshDb();
    await db.saved.bulkPut([hub, { id: 'broken', name: '', categories: [], savedAt: 5 }, { id: 'odd', name: 'X', categories: 'housing', savedAt: 6 } as never]);
    expect((await savedRepository(db, undefined).list()).map((s) => s.id)).toEqual(['hub']);
    expect(await savedRepository(db, undefined).isSaved('broken')).toBe(false);
  });

  it('asks the browser to keep its storage after the first save, once', async () => {
    const calls = { persist: 0 };
    const storage = { persist: async () => (calls.persist++, true), persisted: async () => true };
    const saved = savedRepository(freshDb(), storage);
    await saved.save(hub);
    await saved.save(shelter);
    expect(calls.persist).toBe(1);
  });

  it('turns a failing database into a StorageError the screen can explain', async () => {
    const db = freshDb();
    db.close({ disableAutoOpen: true });
    const error = await savedRepository(db, undefined).list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('unavailable');
  });
});
