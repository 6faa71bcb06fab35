/**
 * What the Saved list and the Save button show when they open, read without Dexie
 * (see lib/db/quick-read.ts). Every row is validated; changes go through repository.ts. While a
 * lock is set, rows are sealed: the screens then read through repository.ts (list, has) instead.
 */
import { readRow, readTable } from '$lib/db/quick-read';
import { isSavedService, type SavedService } from './saved-service';

/** Every saved service, newest first; rows that fail the check (sealed ones too) are left out. */
export async function listSaved(name?: string): Promise<SavedService[]> {
  return (await readTable('saved', name)).filter(isSavedService).sort((a, b) => b.savedAt - a.savedAt);
}

export async function isSaved(id: string, name?: string): Promise<boolean> {
  return isSavedService(await readRow('saved', id, name));
}
