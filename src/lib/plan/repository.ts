/**
 * THE way into the plan tables (schema v3: plan, planItems, appointments, contacts): every read
 * is validated, every failure becomes a StorageError the screen can explain. It imports Dexie, so
 * screens import it only when there is a plan (localKeys.planSaved) or the person starts one.
 * Rows go through the lock's layer (privacy/lock/sealed-rows.ts), which seals and opens them
 * when the lock is on.
 */
import { liveQuery } from 'dexie';
import { database, type OnwardDatabase } from '$lib/db/database';
import { localKeys } from '$lib/db/local-keys';
import { persistOnce, type StorageManagerLike } from '$lib/db/persist';
import { settingsRepository } from '$lib/db/settings';
import { toStorageError } from '$lib/db/storage-error';
import { applyChanges, changeRow, deleteRows, lockOf, openStored, putRows, LockedError } from '$lib/privacy/lock/sealed-rows';
import { isAppointmentRow, isContactRow, isPlanItemRow, isPlanRow, type AppointmentRow, type ContactRow, type PlanItemRow, type PlanRow } from './model';

/** Everything the plan screen shows. */
export interface PlanSnapshot {
  plan: PlanRow | undefined;
  items: PlanItemRow[];
  appointments: AppointmentRow[];
  contacts: ContactRow[];
  lastExportAt: number | undefined;
  /** A lock is set (src/lib/privacy/lock). */
  lockOn?: boolean;
  /** The lock is on and this page does not hold its key: nothing personal was read. */
  locked?: true;
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
    // Every read first (Dexie's liveQuery watches what is read), then the WebCrypto work, wrapped
    // in Promise.resolve() as Dexie asks for non-Dexie promises in a live query (dexie.org,
    // useLiveQuery(): "Rules for the querier function").
    const [plan, items, appointments, contacts, exported, lockRow] = await Promise.all([
      db.plan.get('plan'),
      db.planItems.toArray(),
      db.appointments.toArray(),
      db.contacts.toArray(),
      db.settings.get('lastExportAt'),
      db.settings.get('lock')
    ]);
    const lastExportAt = typeof exported?.value === 'number' ? exported.value : undefined;
    try {
      const lock = lockOf(lockRow);
      const [openPlan, openItems, openAppointments, openContacts] = await Promise.resolve(
        Promise.all([openStored(lock, 'plan', plan ? [plan] : []), openStored(lock, 'planItems', items), openStored(lock, 'appointments', appointments), openStored(lock, 'contacts', contacts)])
      );
      return {
        plan: openPlan.find(isPlanRow),
        items: openItems.filter(isPlanItemRow),
        appointments: openAppointments.filter(isAppointmentRow),
        contacts: openContacts.filter(isContactRow),
        lastExportAt,
        lockOn: lock !== null
      };
    } catch (error) {
      if (!(error instanceof LockedError)) throw error;
      return { plan: undefined, items: [], appointments: [], contacts: [], lastExportAt, lockOn: true, locked: true };
    }
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
        applyChanges(db, [
          { table: 'plan', put: [plan] },
          { table: 'planItems', put: items }
        ])
      );
      markPlanSaved(true);
    },

    setDone: (id: string, done: boolean) => save(() => changeRow(db, 'planItems', id, (item) => ({ ...item, done }), isPlanItemRow)),

    putItem: (item: PlanItemRow) => {
      if (!isPlanItemRow(item)) throw new TypeError('not a plan item');
      return save(() => putRows(db, 'planItems', [item]));
    },
    removeItem: (id: string) => attempt(() => deleteRows(db, 'planItems', [id])),

    putAppointment: (appointment: AppointmentRow) => {
      if (!isAppointmentRow(appointment)) throw new TypeError('not an appointment');
      return save(() => putRows(db, 'appointments', [appointment]));
    },
    removeAppointment: (id: string) => attempt(() => deleteRows(db, 'appointments', [id])),

    putContact: (contact: ContactRow) => {
      if (!isContactRow(contact)) throw new TypeError('not a contact');
      return save(() => putRows(db, 'contacts', [contact]));
    },
    removeContact: (id: string) => attempt(() => deleteRows(db, 'contacts', [id]))
  };
}

export type PlanRepository = ReturnType<typeof planRepository>;
