import Dexie, { type EntityTable } from 'dexie';
import type { AppointmentRow, ContactRow, PlanItemRow, PlanRow } from './plan-rows';

/** One setting: a small JSON value under a stable key. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * A service the person saved: a snapshot of what the Saved list shows, so the list works offline
 * without the directory (and still names a service the directory later drops).
 */
export interface SavedServiceRow {
  id: string;
  name: string;
  town?: string;
  /** Category codes (taxonomy), translated when shown. */
  categories: string[];
  /** When it was saved (ms since 1970): the list shows the newest first. */
  savedAt: number;
}

/** The personal tables: what Export takes, Import restores and "Delete all my data" empties (with the place setting). */
export const personalTables = ['saved', 'plan', 'planItems', 'appointments', 'contacts'] as const;
export type PersonalTable = (typeof personalTables)[number];

/**
 * THE Onward database. Schema versions are append-only: a shipped `version(n)` is never edited;
 * a change is a new `version(n + 1)` with an upgrade and a test that opens the old shape.
 */
export class OnwardDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  saved!: EntityTable<SavedServiceRow, 'id'>;
  plan!: EntityTable<PlanRow, 'id'>;
  planItems!: EntityTable<PlanItemRow, 'id'>;
  appointments!: EntityTable<AppointmentRow, 'id'>;
  contacts!: EntityTable<ContactRow, 'id'>;

  constructor(name = 'onward') {
    super(name);
    this.version(1).stores({ settings: 'key' });
    // v2: saved services (Saved list in More). Only adds a table: v1 data is kept as it is.
    this.version(2).stores({ saved: 'id, savedAt' });
    // v3: My plan. Only adds tables. Indexes hold ids and dates only, never personal text, so
    // the lock (issue #7) can encrypt everything else in a row.
    this.version(3).stores({ plan: 'id', planItems: 'id, dueAt', appointments: 'id, startsAt', contacts: 'id' });
    // Another tab (a newer Onward) wants to upgrade the schema: close at once so it is not left
    // hanging ("blocked") until this tab is closed, and tell this page, which then asks the person
    // to reload (its code only knows the old schema). Dexie's default would also close, but
    // silently, leaving this page failing without a word.
    this.on('versionchange', (event) => {
      this.close({ disableAutoOpen: false });
      if (event.newVersion !== null) databaseEvents.dispatchEvent(new Event('outdated'));
      return false;
    });
  }
}

/** 'outdated': another tab upgraded the database past this page's code (the page should reload). */
export const databaseEvents = new EventTarget();

let db: OnwardDatabase | undefined;

/**
 * The shared database, opened on first use. Dexie is 33 KB gzip, so it is imported only by code
 * that reads or writes something personal, never by the first page a person opens.
 */
export function database(): OnwardDatabase {
  db ??= new OnwardDatabase();
  return db;
}
