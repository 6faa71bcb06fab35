/**
 * Reads one table of the Onward database with the browser's own IndexedDB API, without Dexie:
 * for screens that only show what is stored when they open (the Saved list, a Save button's
 * state). Dexie is ~32 KB gzip, more than a page's first-load budget allows (perf/budgets.json);
 * it is imported when the person changes something. Writes always go through Dexie (database.ts).
 */
import { StorageError, toStorageError } from './storage-error';

/** Every row of a table; [] when the database or the table does not exist yet. Never creates either. */
export function readTable(table: string, name = 'onward'): Promise<unknown[]> {
  return withStore(table, name, (store) => store.getAll(), []);
}

/** One row by key; undefined when there is none. */
export function readRow(table: string, key: string, name = 'onward'): Promise<unknown> {
  return withStore(table, name, (store) => store.get(key), undefined);
}

function withStore<T>(table: string, name: string, read: (store: IDBObjectStore) => IDBRequest, none: T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new StorageError('unavailable'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      // No version: open whatever version is there, so Dexie stays in charge of the schema.
      request = indexedDB.open(name);
    } catch (error) {
      reject(toStorageError(error));
      return;
    }
    let missing = false;
    request.onupgradeneeded = () => {
      // The database does not exist: do not create an empty one under Dexie's feet.
      missing = true;
      request.transaction?.abort();
    };
    request.onerror = () => (missing ? resolve(none) : reject(toStorageError(request.error)));
    request.onsuccess = () => {
      const db = request.result;
      // Let Dexie upgrade the database whenever it needs to.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains(table)) {
        db.close();
        resolve(none);
        return;
      }
      try {
        const result = read(db.transaction(table, 'readonly').objectStore(table));
        result.onsuccess = () => resolve(result.result as T);
        result.onerror = () => reject(toStorageError(result.error));
      } catch (error) {
        reject(toStorageError(error));
      } finally {
        db.close(); // closes once the transaction is done
      }
    };
  });
}
