/**
 * Export, import and "Delete all my data" over the one database. Imports Dexie: loaded when the
 * person taps one of them. Import writes in one transaction, after the file passed every check
 * (format.ts), so a failure half-way leaves the phone as it was. With the lock on, export opens
 * the rows and import seals them (privacy/lock/sealed-rows.ts): both need the lock's key
 * (StorageError 'locked' without it). Delete all works while locked, and removes the lock too.
 */
import { database, personalTables, type OnwardDatabase } from '$lib/db/database';
import { localKeys } from '$lib/db/local-keys';
import { toStorageError } from '$lib/db/storage-error';
import { isChosenPlace } from '$lib/geo/place';
import { markPlanSaved } from '$lib/plan/repository';
import { lockOf, openStored, withPrepared, writePrepared, type TableChange } from '$lib/privacy/lock/sealed-rows';
import { vault } from '$lib/privacy/lock/vault';
import { isAppointmentRow, isContactRow, isPlanItemRow, isPlanRow } from '$lib/plan/model';
import { isSavedService } from '$lib/saved/saved-service';
import { mergeBackup, type BackupData } from './format';

async function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Every personal record, as an export holds it (opened, when the lock is on; checked). */
export function readAll(db: OnwardDatabase = database()): Promise<BackupData> {
  return attempt(async () => {
    // One read transaction for a consistent copy; opening the rows comes after it.
    const raw = await db.transaction('r', [...personalTables, 'settings'], async () => ({
      lock: await db.settings.get('lock'),
      place: (await db.settings.get('place'))?.value,
      plan: await db.plan.toArray(),
      planItems: await db.planItems.toArray(),
      appointments: await db.appointments.toArray(),
      contacts: await db.contacts.toArray(),
      saved: await db.saved.toArray()
    }));
    const lock = lockOf(raw.lock);
    const [plan, planItems, appointments, contacts, saved] = await Promise.all(
      (['plan', 'planItems', 'appointments', 'contacts', 'saved'] as const).map((table) => openStored(lock, table, raw[table]))
    );
    return {
      plan: plan!.filter(isPlanRow),
      planItems: planItems!.filter(isPlanItemRow),
      appointments: appointments!.filter(isAppointmentRow),
      contacts: contacts!.filter(isContactRow),
      saved: saved!.filter(isSavedService),
      place: isChosenPlace(raw.place) ? raw.place : null
    };
  });
}

function setFlag(key: string, on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(key, '1');
    else globalThis.localStorage?.removeItem(key);
  } catch {
    // Blocked storage: pages then look in the database themselves.
  }
}

/**
 * Writes a checked backup. `replace` first empties every personal table; `merge` adds only what
 * this phone does not have (mergeBackup: the phone's copy wins). Rows are sealed on the way in
 * when the lock is on, so the phone is read and the rows prepared before the one write
 * transaction; in it, merge skips any row that appeared meanwhile (the phone still wins).
 */
export async function restore(data: BackupData, mode: 'replace' | 'merge', db: OnwardDatabase = database()): Promise<void> {
  const written = mode === 'replace' ? data : mergeBackup(await readAll(db), data);
  const rows: TableChange[] = [
    { table: 'plan', put: written.plan },
    { table: 'planItems', put: written.planItems },
    { table: 'appointments', put: written.appointments },
    { table: 'contacts', put: written.contacts },
    { table: 'saved', put: written.saved }
  ];
  await attempt(() =>
    withPrepared(db, rows, (prepared) =>
      db.transaction('rw', [...personalTables, 'settings'], async () => {
        if (mode === 'replace') {
          for (const table of personalTables) await db.table(table).clear();
          await db.settings.delete('place');
        } else if (await db.plan.count()) {
          // A plan that appeared since the read stays: the phone wins.
          prepared = { ...prepared, changes: prepared.changes.filter((change) => change.table !== 'plan') };
        }
        await writePrepared(db, prepared);
        if (written.place && (mode === 'replace' || !(await db.settings.get('place')))) await db.settings.put({ key: 'place', value: written.place });
      })
    )
  );
  if (written.plan.length) markPlanSaved(true);
  else if (mode === 'replace') markPlanSaved(false);
  if (written.place) setFlag(localKeys.placeSaved, true);
  else if (mode === 'replace') setFlag(localKeys.placeSaved, false);
}

/**
 * Empties every personal table and forgets the remembered place and the lock (which needs no key:
 * someone who forgot the PIN can still start again); settings such as Save data stay.
 */
export async function deleteAll(db: OnwardDatabase = database()): Promise<void> {
  await attempt(() =>
    db.transaction('rw', [...personalTables, 'settings'], async () => {
      for (const table of personalTables) await db.table(table).clear();
      await db.settings.bulkDelete(['place', 'lastExportAt', 'lock', 'lockTries']);
    })
  );
  vault.forget();
  markPlanSaved(false);
  setFlag(localKeys.placeSaved, false);
}

/** Remembers when the person exported, for the 14-day reminder. */
export function markExported(now: Date, db: OnwardDatabase = database()): Promise<void> {
  return attempt(async () => {
    await db.settings.put({ key: 'lastExportAt', value: now.getTime() });
  });
}
