/**
 * What the Saved list and the Save button show when they open, read without Dexie
 * (see lib/db/quick-read.ts). Every row is validated; changes go through repository.ts. When a
 * lock is set, the code that opens sealed rows is loaded (privacy/lock/raw-reads.ts).
 */
import { readRow, readTable } from '$lib/db/quick-read';
import { isSavedService, type SavedService } from './saved-service';

const lockCode = () => import('$lib/privacy/lock/raw-reads');

/** Every saved service, newest first; rows that fail the check are left out. StorageError('locked') while locked. */
export async function listSaved(name?: string): Promise<SavedService[]> {
  const [rows, lock] = await Promise.all([readTable('saved', name), readRow('settings', 'lock', name)]);
  const open = lock ? await (await lockCode()).openRawRows(lock, 'saved', rows) : rows;
  return open.filter(isSavedService).sort((a, b) => b.savedAt - a.savedAt);
}

/** Whether a service is saved; null while the lock is on and this page does not hold its key. */
export async function isSaved(id: string, name?: string): Promise<boolean | null> {
  if (isSavedService(await readRow('saved', id, name))) return true;
  const lock = await readRow('settings', 'lock', name);
  return lock ? (await lockCode()).readOpenRow(lock, 'saved', id, name).then(isSavedService, () => null) : false;
}
