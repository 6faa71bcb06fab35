/**
 * The Saved list's read without Dexie (db/quick-read.ts) while a lock is set: More imports this
 * only when the settings say there is a lock.
 */
import { readTable } from '$lib/db/quick-read';
import { isSavedService, type SavedService } from '$lib/saved/saved-service';
import { lockOf, openStored } from './sealed-rows';

/**
 * Every saved service, opened, newest first (listSaved's rule, repeated here so the Save button's
 * module does not grow by a shared helper); StorageError('locked') when this page does not hold the key.
 */
export async function listSavedUnderLock(lockRow: unknown, name?: string): Promise<SavedService[]> {
  const rows = await openStored(lockOf(lockRow as { value: unknown }), 'saved', await readTable('saved', name));
  return rows.filter(isSavedService).sort((a, b) => b.savedAt - a.savedAt);
}
