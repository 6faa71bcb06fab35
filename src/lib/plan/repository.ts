/**
 * THE way into the plan tables (schema v3: plan, planItems, appointments, contacts): every read
 * is validated, every failure becomes a StorageError the screen can explain. It imports Dexie, so
 * screens import it only when there is a plan (localKeys.planSaved) or the person starts one.
 * One module on purpose: the lock (issue #7) encrypts rows here, and nowhere else changes.
 */
import { liveQuery } from 'dexie';
import { database, type OnwardDatabase } from '$lib/db/database';
import { localKeys } from '$lib/db/local-keys';
import { persistOnce, type StorageManagerLike } from '$lib/db/persist';
import { settingsRepository } from '$lib/db/settings';
import { toStorageError } from '$lib/db/storage-error';
import { isAppointmentRow, isContactRow, isPlanItemRow, isPlanRow, type AppointmentRow, type ContactRow, type PlanItemRow, type PlanRow } from './model';

/** Everything the plan screen shows. */
export interface PlanSnapshot {
  plan: PlanRow | undefined;
  items: PlanItemRow[];
  appointments: AppointmentRow[];
  contacts: ContactRow[];
  lastExportAt: number | undefined;
}

function localFlags(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Says "there is a plan" to pages that must not open the database to find out. */
export function markPlanSaved(saved: boolean): void {
  try {
    if (saved) localFlags()?.setItem(localKeys.planSaved, '1');
    else localFlags()?.removeItem(localKeys.planSaved);
  } catch {
    // Blocked storage: the plan page then opens the database to look, which still works.
  }
}

export function planRepository(db: OnwardDatabase = database(), storage: StorageManagerLike | undefined = globalThis.navigator?.storage) {
  const settings = settingsRepository(db, storage);

  async function attempt<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** A write the person made: the first one also asks the browser to keep Onward's storage. */
  async function save(work: () => Promise<unknown>): Promise<void> {
    await attempt(work);
    await persistOnce(
      storage,
      async () => (await settings.get('persistRequested')) === true,
      () => settings.set('persistRequested', true)
    ).catch(() => undefined); // a favour: its failure never undoes the save
  }

  async function read(): Promise<PlanSnapshot> {
    const [plan, items, appointments, contacts, exported] = await Promise.all([
      db.plan.get('plan'),
      db.planItems.toArray(),
      db.appointments.toArray(),
      db.contacts.toArray(),
      db.settings.get('lastExportAt')
    ]);
    return {
      plan: isPlanRow(plan) ? plan : undefined,
      items: items.filter(isPlanItemRow),
      appointments: appointments.filter(isAppointmentRow),
      contacts: contacts.filter(isContactRow),
      lastExportAt: typeof exported?.value === 'number' ? exported.value : undefined
    };
  }

  return {
    read: () => attempt(read),

    /**
     * Calls `onChange` with the plan now and after every change (this tab or another: Dexie's
     * liveQuery). Returns the unsubscribe function.
     */
    watch(onChange: (snapshot: PlanSnapshot) => void, onError: (error: unknown) => void): () => void {
      const subscription = liveQuery(read).subscribe({ next: onChange, error: (e) => onError(toStorageError(e)) });
      return () => subscription.unsubscribe();
    },

    /** Starts a plan with its items (from the template), in one transaction. */
    async start(plan: PlanRow, items: PlanItemRow[]): Promise<void> {
      if (!isPlanRow(plan) || !items.every(isPlanItemRow)) throw new TypeError('not a plan');
      await save(() =>
        db.transaction('rw', db.plan, db.planItems, async () => {
          await db.plan.put(plan);
          await db.planItems.bulkPut(items);
        })
      );
      markPlanSaved(true);
    },

    setDone: (id: string, done: boolean) => save(() => db.planItems.update(id, { done })),

    putItem: (item: PlanItemRow) => {
      if (!isPlanItemRow(item)) throw new TypeError('not a plan item');
      return save(() => db.planItems.put(item));
    },
    removeItem: (id: string) => attempt(() => db.planItems.delete(id)),

    putAppointment: (appointment: AppointmentRow) => {
      if (!isAppointmentRow(appointment)) throw new TypeError('not an appointment');
      return save(() => db.appointments.put(appointment));
    },
    removeAppointment: (id: string) => attempt(() => db.appointments.delete(id)),

    putContact: (contact: ContactRow) => {
      if (!isContactRow(contact)) throw new TypeError('not a contact');
      return save(() => db.contacts.put(contact));
    },
    removeContact: (id: string) => attempt(() => db.contacts.delete(id))
  };
}

export type PlanRepository = ReturnType<typeof planRepository>;
