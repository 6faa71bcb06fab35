import { afterEach } from 'vitest';
import { OnwardDatabase } from './database';

/**
 * For unit tests (fake-indexeddb): returns a maker of new, empty Onward databases, each named
 * `<prefix>-<n>` and deleted after the test that made it.
 */
export function freshDatabases(prefix: string): () => OnwardDatabase {
  let n = 0;
  const open: OnwardDatabase[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((db) => db.delete()));
  });
  return () => {
    const db = new OnwardDatabase(`${prefix}-${n++}`);
    open.push(db);
    return db;
  };
}
