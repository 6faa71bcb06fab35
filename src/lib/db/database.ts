import Dexie, { type EntityTable } from 'dexie';

/** One setting: a small JSON value under a stable key. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * THE Onward database. Schema versions are append-only: a shipped `version(n)` is never edited;
 * a change is a new `version(n + 1)` with an upgrade and a test that opens the old shape.
 */
export class OnwardDatabase extends Dexie {
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = 'onward') {
    super(name);
    this.version(1).stores({ settings: 'key' });
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
