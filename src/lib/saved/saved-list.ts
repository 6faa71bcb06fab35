/**
 * The saved services for the screens that list them (More's Saved list, an appointment's "one of
 * your saved services"), read without Dexie; through the lock's code, loaded only then, when a
 * lock is set. Not in saved-reads.ts: the service page loads that one, and need not carry this.
 */
import { readRow } from '$lib/db/quick-read';
import { listSaved } from './saved-reads';
import type { SavedService } from './saved-service';

/** Every saved service, newest first. StorageError('locked') while the lock is on and this page has no key. */
export async function savedServices(): Promise<SavedService[]> {
  const lock = await readRow('settings', 'lock');
  return lock ? (await import('$lib/privacy/lock/raw-reads')).listSavedUnderLock(lock) : listSaved();
}
