import Dexie, { type EntityTable } from 'dexie';

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

/**
 * THE Onward database. Schema versions are append-only: a shipped `version(n)` is never edited;
 * a change is a new `version(n + 1)` with an upgrade and a test that opens the old shape.
 */
export class OnwardDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;
  saved!: EntityTable<SavedServiceRow, 'id'>;

  constructor(name = 'onward') {
    super(name);
    this.version(1).stores({ settings: 'key' });
    // v2: saved services (Saved list in More). Only adds a table: v1 data is kept as it is.
    this.version(2).stores({ saved: 'id, savedAt' });
  }
}

let db: OnwardDatabase | undefined;

/**
 * The shared database, opened on first use. Dexie is 33 KB gzip, so it is imported only by code
 * that reads or writes something personal, never by the first page a person opens.
 */
export function database(): OnwardDatabase {
  db ??= new OnwardDatabase();
  return db;
}
