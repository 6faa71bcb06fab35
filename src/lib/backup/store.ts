/**
 * Export, import and "Delete all my data" over the one database. Imports Dexie: loaded when the
 * person taps one of them. Import writes in one transaction, after the file passed every check
 * (format.ts), so a failure half-way leaves the phone as it was.
 */
import { database, personalTables, type OnwardDatabase } from '$lib/db/database';
import { localKeys } from '$lib/db/local-keys';
import { toStorageError } from '$lib/db/storage-error';
import { isChosenPlace } from '$lib/geo/place';
import { markPlanSaved } from '$lib/plan/repository';
import { mergeBackup, type BackupData } from './format';

async function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Every personal record, as an export holds it. */
export function readAll(db: OnwardDatabase = database()): Promise<BackupData> {
  return attempt(() =>
    db.transaction('r', [...personalTables, 'settings'], async () => {
      const place = (await db.settings.get('place'))?.value;
      return {
        plan: await db.plan.toArray(),
        planItems: await db.planItems.toArray(),
        appointments: await db.appointments.toArray(),
        contacts: await db.contacts.toArray(),
        saved: await db.saved.toArray(),
        place: isChosenPlace(place) ? place : null
      };
    })
  );
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
 * this phone does not have (mergeBackup: the phone's copy wins), in the same transaction as the
 * read it is based on.
 */
export async function restore(data: BackupData, mode: 'replace' | 'merge', db: OnwardDatabase = database()): Promise<void> {
  let written = data;
  await attempt(() =>
    db.transaction('rw', [...personalTables, 'settings'], async () => {
      if (mode === 'replace') {
        for (const table of personalTables) await db.table(table).clear();
        await db.settings.delete('place');
      } else written = mergeBackup(await readAll(db), data);
      await db.plan.bulkPut(written.plan);
      await db.planItems.bulkPut(written.planItems);
      await db.appointments.bulkPut(written.appointments);
      await db.contacts.bulkPut(written.contacts);
      await db.saved.bulkPut(written.saved);
      if (written.place) await db.settings.put({ key: 'place', value: written.place });
    })
  );
  if (written.plan.length) markPlanSaved(true);
  else if (mode === 'replace') markPlanSaved(false);
  if (written.place) setFlag(localKeys.placeSaved, true);
  else if (mode === 'replace') setFlag(localKeys.placeSaved, false);
}

/** Empties every personal table and forgets the remembered place; settings such as Save data stay. */
export async function deleteAll(db: OnwardDatabase = database()): Promise<void> {
  await attempt(() =>
    db.transaction('rw', [...personalTables, 'settings'], async () => {
      for (const table of personalTables) await db.table(table).clear();
      await db.settings.bulkDelete(['place', 'lastExportAt']);
    })
  );
  markPlanSaved(false);
  setFlag(localKeys.placeSaved, false);
}

/** Remembers when the person exported, for the 14-day reminder. */
export function markExported(now: Date, db: OnwardDatabase = database()): Promise<void> {
  return attempt(async () => {
    await db.settings.put({ key: 'lastExportAt', value: now.getTime() });
  });
}
