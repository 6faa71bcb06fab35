import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { StorageError } from '$lib/db/storage-error';
import { makeService } from '$lib/directory/fixtures';
import { savedRepository } from './repository';
import { isSaved, listSaved } from './saved-reads';
import { snapshotOf } from './saved-service';
import { freshDatabases } from '$lib/db/fresh-databases';

const freshDb = freshDatabases('onward-saved');

const hub = snapshotOf(makeService({ id: 'hub', name: 'Example Recovery Hub', categories: ['drugs-alcohol'] }), 'Stevenage', new Date(1000));
const shelter = snapshotOf(makeService({ id: 'shelter', name: 'Example Night Shelter', categories: ['housing'] }), undefined, new Date(2000));

describe('saved services', () => {
  it('keeps a saved service, and reads it back without Dexie, newest first', async () => {
    const db = freshDb();
    await savedRepository(db, undefined).save(hub);
    await savedRepository(db, undefined).save(shelter);
    expect((await listSaved(db.name)).map((s) => s.id)).toEqual(['shelter', 'hub']);
    expect(await isSaved('hub', db.name)).toBe(true);
    expect(await listSaved(db.name)).toContainEqual({ id: 'hub', name: 'Example Recovery Hub', town: 'Stevenage', categories: ['drugs-alcohol'], savedAt: 1000 });
  });

  it('removes one, and saving it again (undo) puts it back in its place', async () => {
    const db = freshDb();
    const saved = savedRepository(db, undefined);
    await saved.save(hub);
    await saved.save(shelter);
    await saved.remove('hub');
    expect(await isSaved('hub', db.name)).toBe(false);
    expect((await listSaved(db.name)).map((s) => s.id)).toEqual(['shelter']);
    await saved.save(hub);
    expect((await listSaved(db.name)).map((s) => s.id)).toEqual(['shelter', 'hub']);
  });

  it('leaves out stored rows that are not whole saved services', async () => {
    const db = freshDb();
    await db.saved.bulkPut([hub, { id: 'broken', name: '', categories: [], savedAt: 5 }, { id: 'odd', name: 'X', categories: 'housing', savedAt: 6 } as never]);
    expect((await listSaved(db.name)).map((s) => s.id)).toEqual(['hub']);
    expect(await isSaved('broken', db.name)).toBe(false);
  });

  it('reads nothing, and creates nothing, before anything was ever saved', async () => {
    const db = freshDb();
    expect(await listSaved(db.name)).toEqual([]);
    expect(await isSaved('hub', db.name)).toBe(false);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(db.name);
    // Dexie then creates the database as usual.
    await savedRepository(db, undefined).save(hub);
    expect(db.verno).toBe(3);
    expect(await isSaved('hub', db.name)).toBe(true);
  });

  it('reads a version 1 database, which has no saved table, as empty', async () => {
    // Version 1 as Dexie made it: IndexedDB version 10, only settings.
    const name = `onward-v1-${Date.now()}`;
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => request.result.createObjectStore('settings', { keyPath: 'key' });
    await new Promise((resolve) => (request.onsuccess = () => resolve(request.result.close())));
    expect(await listSaved(name)).toEqual([]);
    indexedDB.deleteDatabase(name);
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
    const error = await savedRepository(db, undefined).remove('hub').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('unavailable');
  });
});
