/**
 * Saved services in IndexedDB (the `saved` table, schema v2). Every read is validated and every
 * failure becomes a StorageError the screen can explain. Imported dynamically: it pulls in Dexie.
 */
import { database, type OnwardDatabase } from '$lib/db/database';
import { persistOnce, type StorageManagerLike } from '$lib/db/persist';
import { settingsRepository } from '$lib/db/settings';
import { toStorageError } from '$lib/db/storage-error';
import { isSavedService, type SavedService } from './saved-service';

export function savedRepository(db: OnwardDatabase = database(), storage: StorageManagerLike | undefined = globalThis.navigator?.storage) {
  async function attempt<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error);
    }
  }

  return {
    /** Every saved service, newest first; rows that fail the check are left out. */
    list: (): Promise<SavedService[]> =>
      attempt(async () => (await db.saved.orderBy('savedAt').reverse().toArray()).filter(isSavedService)),

    isSaved: (id: string): Promise<boolean> => attempt(async () => isSavedService(await db.saved.get(id))),

    /**
     * Keeps a service (again, after an undo, with its old savedAt). Saving is a sign the person
     * means to come back, so the first save also asks the browser to keep Onward's storage
     * (settings keeps that to once per phone).
     */
    save: async (service: SavedService): Promise<void> => {
      if (!isSavedService(service)) throw new TypeError('not a saved service');
      await attempt(() => db.saved.put(service));
      const settings = settingsRepository(db, storage);
      await persistOnce(
        storage,
        async () => (await settings.get('persistRequested')) === true,
        () => settings.set('persistRequested', true)
      ).catch(() => undefined); // asking is a favour: its failure must never undo the save
    },

    remove: (id: string): Promise<void> => attempt(() => db.saved.delete(id))
  };
}

export type SavedRepository = ReturnType<typeof savedRepository>;
