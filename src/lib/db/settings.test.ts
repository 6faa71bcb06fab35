import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OnwardDatabase } from './database';
import type { StorageManagerLike } from './persist';
import { settingsRepository } from './settings';
import { StorageError } from './storage-error';
import { freshDatabases } from '$lib/db/fresh-databases';

const freshDb = freshDatabases('onward-test');

/** A browser's StorageManager that remembers what it was asked. */
function fakeStorage(grant = true) {
  const calls = { persist: 0 };
  const storage: StorageManagerLike = {
    persist: async () => {
      calls.persist++;
      return grant;
    },
    persisted: async () => grant
  };
  return { storage, calls };
}

describe('settings', () => {
  it('reads back what was saved, in a new connection too', async () => {
    const db = freshDb();
    await settingsRepository(db, undefined).set('lowData', true);
    const again = new OnwardDatabase(db.name);
    expect(await settingsRepository(again, undefined).get('lowData')).toBe(true);
    again.close();
  });

  it('returns undefined for a setting never saved', async () => {
    expect(await settingsRepository(freshDb(), undefined).get('lowData')).toBeUndefined();
  });

  it('ignores a stored value of the wrong type instead of passing it on', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'lowData', value: 'yes please' });
    expect(await settingsRepository(db, undefined).get('lowData')).toBeUndefined();
  });

  it('asks for persistent storage after the first save, and only once', async () => {
    const db = freshDb();
    const { storage, calls } = fakeStorage();
    const settings = settingsRepository(db, storage);
    expect(calls.persist).toBe(0);
    await settings.set('lowData', true);
    await settings.set('lowData', false);
    // A later visit: a new repository over the same database.
    await settingsRepository(db, storage).set('lowData', true);
    expect(calls.persist).toBe(1);
    expect(await settings.get('persistRequested')).toBe(true);
  });

  it('still saves when the browser has no persist()', async () => {
    const db = freshDb();
    await settingsRepository(db, {}).set('lowData', true);
    expect(await settingsRepository(db, {}).get('lowData')).toBe(true);
  });

  it('turns a failing database into a StorageError the UI can explain', async () => {
    const db = freshDb();
    db.close({ disableAutoOpen: true });
    const error = await settingsRepository(db, undefined).get('lowData').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('unavailable');
  });
});
describe('a feature\'s own setting', () => {
  it('is read back only if the feature\'s check passes', async () => {
    const db = freshDb();
    type Place = { label: string; kind: 'town' };
    const isPlace = (v: unknown): v is Place => typeof v === 'object' && v !== null && (v as Place).kind === 'town';
    const place: Place = { label: 'Leeds, England', kind: 'town' };
    await settingsRepository(db, undefined).set('place', place);
    expect(await settingsRepository(db, undefined).read('place', isPlace)).toEqual(place);
    await db.settings.put({ key: 'place', value: { ...place, kind: 'gps' } });
    expect(await settingsRepository(db, undefined).read('place', isPlace)).toBeUndefined();
  });
});
