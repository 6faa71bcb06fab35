/**
 * Turning the lock on and off, and unlocking. Both migrations rewrite every personal row in ONE
 * read-write transaction, after sealing or opening them all in memory (WebCrypto cannot run inside
 * a transaction), and write the lock setting in that same transaction: a failure anywhere leaves
 * the old state whole. The transaction first checks that nothing changed since the rows were read,
 * and starts again if something did, so a write from another tab is not lost.
 */
import { personalTables, type OnwardDatabase, type PersonalTable } from '$lib/db/database';
import { StorageError, toStorageError } from '$lib/db/storage-error';
import { isLockTries, afterWrongTry, waitAfter, waitLeft, type LockKind } from './lock-setting';
import { newLock, openLock } from './lock-keys';
import { isSealedRow, openRow, sealRow } from './row-codec';
import { watchAway } from './auto-lock';
import type { LockKeys } from './lock-keys';
import { currentLock, LockedError } from './sealed-rows';
import { vault } from './vault';

/** Holds the keys, forgetting them after 5 minutes in the background or on Quick exit. */
function hold(keys: LockKeys): void {
  vault.hold(keys, typeof window === 'undefined' ? undefined : watchAway(window, () => vault.forget()));
}

type Rows = Record<PersonalTable, unknown[]>;

async function readRaw(db: OnwardDatabase): Promise<{ rows: Rows; lock: unknown }> {
  const rows = {} as Rows;
  for (const table of personalTables) rows[table] = await db.table(table).toArray();
  return { rows, lock: (await db.settings.get('lock'))?.value };
}

/** A cheap, exact fingerprint of what is stored (bytes included), to see whether anything changed. */
const fingerprint = (state: { rows: Rows; lock: unknown }) => JSON.stringify(state, (_, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v));

/**
 * Rewrites every personal row with `transform` (sealing or opening), and sets or removes the lock
 * setting, all in one transaction.
 */
async function migrate(db: OnwardDatabase, transform: (table: PersonalTable, row: unknown) => Promise<unknown>, lock: { value: unknown } | null): Promise<void> {
  const tables = [...personalTables, 'settings'];
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await db.transaction('r', tables, () => readRaw(db));
    const after = {} as Rows;
    for (const table of personalTables) after[table] = await Promise.all(before.rows[table].map((row) => transform(table, row)));
    const done = await db.transaction('rw', tables, async () => {
      if (fingerprint(await readRaw(db)) !== fingerprint(before)) return false;
      for (const table of personalTables) {
        await db.table(table).clear();
        await db.table(table).bulkPut(after[table]);
      }
      if (lock) await db.settings.put({ key: 'lock', value: lock.value });
      else await db.settings.delete('lock');
      await db.settings.delete('lockTries');
      return true;
    });
    if (done) return;
  }
  throw new StorageError('unknown');
}

async function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

/**
 * Turns the lock on: every personal row is sealed with a key from `secret`, and this page holds
 * the key (the person just typed it). Fails, changing nothing, if a lock is already set.
 */
export async function turnOnLock(db: OnwardDatabase, secret: string, kind: LockKind): Promise<void> {
  const { setting, keys } = await newLock(secret, kind);
  await attempt(async () => {
    if (await currentLock(db)) throw new StorageError('unknown');
    await migrate(db, async (table, row) => (isSealedRow(row) ? row : sealRow(keys, table, row as { id: string })), { value: setting });
  });
  hold(keys);
}

export type UnlockResult = { ok: true } | { ok: false; waitMs: number };

/**
 * Checks `secret` against the lock, minding the wait after wrong tries (kept in settings, so a
 * reload does not reset it). During a wait nothing is checked. On success this page holds the keys.
 */
export async function unlock(db: OnwardDatabase, secret: string, now: () => number = Date.now): Promise<UnlockResult> {
  return attempt(async () => {
    const lock = await currentLock(db);
    if (!lock) return { ok: true };
    const stored = (await db.settings.get('lockTries'))?.value;
    const tries = isLockTries(stored) ? stored : undefined;
    const left = waitLeft(tries, now());
    if (left > 0) return { ok: false, waitMs: left };
    const keys = await openLock(secret, lock);
    if (!keys) {
      // Counted from after the slow check, so the wait shown is the wait left.
      const next = afterWrongTry(tries, now());
      await db.settings.put({ key: 'lockTries', value: next });
      return { ok: false, waitMs: waitAfter(next.failures) };
    }
    await db.settings.delete('lockTries');
    hold(keys);
    return { ok: true };
  });
}

/** How long before the next try is checked (0: now). */
export async function unlockWait(db: OnwardDatabase, now = Date.now()): Promise<number> {
  const stored = (await db.settings.get('lockTries'))?.value;
  return waitLeft(isLockTries(stored) ? stored : undefined, now);
}

/**
 * Turns the lock off with its secret: every row is opened and written back plain. A wrong secret
 * counts as a wrong try, with the same wait. A row that does not open stops it, losing nothing.
 */
export async function turnOffLock(db: OnwardDatabase, secret: string, now: () => number = Date.now): Promise<UnlockResult> {
  const result = await unlock(db, secret, now);
  if (!result.ok) return result;
  await attempt(async () => {
    const lock = await currentLock(db);
    if (!lock) return;
    const keys = vault.keys;
    if (!keys || keys.salt !== lock.salt) throw new LockedError();
    await migrate(db, (table, row) => openRow(keys, table, row), null);
  });
  vault.forget();
  return result;
}

/** Locks now: forgets the keys. */
export const lockNow = (): void => vault.forget();
