/**
 * Opening rows read without Dexie (db/quick-read.ts), for screens that must stay small: the Save
 * button and the Saved list import this only when the settings say a lock is set.
 */
import type { PersonalTable } from '$lib/db/database';
import { readRow } from '$lib/db/quick-read';
import { openRow, storedId } from './row-codec';
import { keysFor, lockOf, openStored } from './sealed-rows';

/** The raw settings row of the lock, as quick-read returns it. */
type LockRow = { value: unknown };

/** Rows of one table, opened; LockedError when this page does not hold the key. */
export const openRawRows = (lockRow: unknown, table: PersonalTable, rows: readonly unknown[]): Promise<unknown[]> => openStored(lockOf(lockRow as LockRow), table, rows);

/** One row by its own id, opened; LockedError when this page does not hold the key. */
export async function readOpenRow(lockRow: unknown, table: PersonalTable, id: string, name?: string): Promise<unknown> {
  const lock = lockOf(lockRow as LockRow);
  if (!lock) return readRow(table, id, name);
  const keys = keysFor(lock);
  const row = await readRow(table, await storedId(keys, table, id), name);
  return row === undefined ? undefined : openRow(keys, table, row).catch(() => undefined);
}
