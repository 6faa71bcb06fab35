/**
 * The personal tables through the lock: THE layer every repository reads and writes personal rows
 * with. With no lock, rows go in and out as they are. With the lock on, rows are sealed before a
 * write transaction opens and opened after the reads finish, because an IndexedDB transaction
 * commits by itself across an `await` on WebCrypto. Each write transaction first checks the lock
 * is still the one the rows were sealed for (another tab may have turned it on or off meanwhile),
 * and starts again if not, so a plain row never lands in a locked database.
 */
import type { OnwardDatabase, PersonalTable } from '$lib/db/database';
import { StorageError } from '$lib/db/storage-error';
import { isLockSetting, type LockSetting } from './lock-setting';
import type { LockKeys } from './lock-keys';
import { openRows, sealRow, storedId } from './row-codec';
import { vault } from './vault';

/** The lock is on and this page does not hold its key: only Delete all works until unlocked. */
export class LockedError extends StorageError {
  constructor() {
    super('locked');
    this.name = 'LockedError';
  }
}

/** The lock as stored, or null when there is none. A lock row that fails its check counts as locked. */
export function lockOf(row: { value: unknown } | undefined): LockSetting | null {
  if (!row) return null;
  if (!isLockSetting(row.value)) throw new LockedError();
  return row.value;
}

export const currentLock = async (db: OnwardDatabase): Promise<LockSetting | null> => lockOf(await db.settings.get('lock'));

/** The keys for this lock, held in memory; LockedError when they are not. */
export function keysFor(lock: LockSetting): LockKeys {
  const keys = vault.keys;
  if (!keys || keys.salt !== lock.salt) throw new LockedError();
  return keys;
}

/** Stored rows of one table as plain rows (unchecked: each repository checks its own). */
export async function openStored(lock: LockSetting | null, table: PersonalTable, rows: readonly unknown[]): Promise<unknown[]> {
  return lock ? openRows(keysFor(lock), table, rows) : [...rows];
}

/** Rows to put into one table and ids (the rows' own) to delete from it. */
export interface TableChange {
  table: PersonalTable;
  put?: readonly { id: string }[];
  delete?: readonly string[];
}

/** Changes ready to write: sealed (when the lock is on) for the lock they were sealed with. */
export interface PreparedChanges {
  lock: LockSetting | null;
  changes: { table: PersonalTable; put: readonly unknown[]; delete: readonly string[] }[];
}

/** The lock changed between sealing and writing: the write transaction is abandoned and tried again. */
export class LockChangedError extends Error {
  constructor() {
    super('the lock changed while writing');
    this.name = 'LockChangedError';
  }
}

/** Seals the rows and works out the stored ids, OUTSIDE any transaction (WebCrypto would end it). */
export async function prepareChanges(db: OnwardDatabase, changes: readonly TableChange[]): Promise<PreparedChanges> {
  const lock = await currentLock(db);
  const keys = lock && keysFor(lock);
  return {
    lock,
    changes: await Promise.all(
      changes.map(async ({ table, put = [], delete: ids = [] }) => ({
        table,
        put: keys ? await Promise.all(put.map((row) => sealRow(keys, table, row))) : put,
        // Under the lock a row may still be plain (written before it was set): delete both forms.
        delete: keys ? [...new Set([...ids, ...(await Promise.all(ids.map((id) => storedId(keys, table, id))))])] : ids
      }))
    )
  };
}

/**
 * Writes prepared changes; call INSIDE a read-write transaction over their tables and settings.
 * Throws LockChangedError (so the transaction is abandoned) when the lock is not the one the rows
 * were sealed for.
 */
export async function writePrepared(db: OnwardDatabase, prepared: PreparedChanges): Promise<void> {
  if ((await currentLock(db))?.salt !== prepared.lock?.salt) throw new LockChangedError();
  for (const change of prepared.changes) {
    if (change.delete.length) await db.table(change.table).bulkDelete([...change.delete]);
    if (change.put.length) await db.table(change.table).bulkPut([...change.put]);
  }
}

/** Runs `write` (a transaction using writePrepared) with fresh changes, again if the lock changed meanwhile. */
export async function withPrepared(db: OnwardDatabase, changes: readonly TableChange[], write: (prepared: PreparedChanges) => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await write(await prepareChanges(db, changes));
    } catch (error) {
      if (!(error instanceof LockChangedError)) throw error;
    }
  }
  throw new StorageError('unknown');
}

/**
 * Writes changes to personal tables in ONE transaction, sealed when the lock is on; nothing is
 * written when any part fails. StorageError('locked') while the lock is on and this page has no key.
 */
export const applyChanges = (db: OnwardDatabase, changes: readonly TableChange[]): Promise<void> =>
  withPrepared(db, changes, (prepared) => db.transaction('rw', [...new Set(changes.map((c) => c.table)), 'settings'], () => writePrepared(db, prepared)));

/** Puts rows into one table. */
export const putRows = (db: OnwardDatabase, table: PersonalTable, rows: readonly { id: string }[]) => applyChanges(db, [{ table, put: rows }]);

/** Deletes rows by their own ids. */
export const deleteRows = (db: OnwardDatabase, table: PersonalTable, ids: readonly string[]) => applyChanges(db, [{ table, delete: ids }]);

/** One row by its own id, opened; undefined when there is none. */
export async function getRow(db: OnwardDatabase, table: PersonalTable, id: string): Promise<unknown> {
  const lock = await currentLock(db);
  const key = lock ? await storedId(keysFor(lock), table, id) : id;
  const [row] = await openStored(lock, table, [await db.table(table).get(key)].filter((r) => r !== undefined));
  return row;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Changes one row: read, open, change, seal, write. Changes run one after another (a fast double
 * tap on one checkbox must not let the first write land last), since the read and the write
 * cannot share a transaction under the lock.
 */
export function changeRow<T extends { id: string }>(db: OnwardDatabase, table: PersonalTable, id: string, change: (row: T) => T, check: (row: unknown) => row is T): Promise<void> {
  const run = queue.then(async () => {
    const row = await getRow(db, table, id);
    if (check(row)) await putRows(db, table, [change(row)]);
  });
  queue = run.catch(() => undefined);
  return run;
}
