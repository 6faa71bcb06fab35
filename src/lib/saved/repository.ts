/**
 * Changes to the saved services (the `saved` table, schema v2): save and remove. Every failure
 * becomes a StorageError the screen can explain. Imported when the person taps, as it pulls in
 * Dexie; reads that a screen needs at once are in saved-reads.ts, without Dexie. Rows go through
 * the lock's layer (privacy/lock/sealed-rows.ts).
 */
import { database, type OnwardDatabase } from '$lib/db/database';
import { persistOnce, type StorageManagerLike } from '$lib/db/persist';
import { settingsRepository } from '$lib/db/settings';
import { toStorageError } from '$lib/db/storage-error';
import { currentLock, deleteRows, getRow, openStored, putRows } from '$lib/privacy/lock/sealed-rows';
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
    /**
     * Keeps a service (again, after an undo, with its old savedAt). Saving is a sign the person
     * means to come back, so the first save also asks the browser to keep Onward's storage
     * (settings keeps that to once per phone).
     */
    save: async (service: SavedService): Promise<void> => {
      if (!isSavedService(service)) throw new TypeError('not a saved service');
      await attempt(() => putRows(db, 'saved', [service]));
      const settings = settingsRepository(db, storage);
      await persistOnce(
        storage,
        async () => (await settings.get('persistRequested')) === true,
        () => settings.set('persistRequested', true)
      ).catch(() => undefined); // asking is a favour: its failure must never undo the save
    },

    remove: (id: string): Promise<void> => attempt(() => deleteRows(db, 'saved', [id])),

    /**
     * Every saved service, newest first, through the lock (the screens read without Dexie when no
     * lock is set: saved-reads.ts). StorageError('locked') while it is on and this page has no key.
     */
    list: (): Promise<SavedService[]> =>
      attempt(async () => {
        const rows = await db.saved.toArray();
        const open = await openStored(await currentLock(db), 'saved', rows);
        return open.filter(isSavedService).sort((a, b) => b.savedAt - a.savedAt);
      }),

    /** Whether a service is saved, through the lock; null while it is on and this page has no key. */
    has: (id: string): Promise<boolean | null> =>
      attempt(() => getRow(db, 'saved', id)).then(isSavedService, (error: unknown) => ((error as { problem?: string }).problem === 'locked' ? null : Promise.reject(error)))
  };
}

export type SavedRepository = ReturnType<typeof savedRepository>;
