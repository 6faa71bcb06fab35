import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OnwardDatabase } from './database';

let n = 0;
const names: string[] = [];
function freshName(): string {
  const name = `onward-schema-${n++}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** The database exactly as version 1 shipped it: only settings. */
class VersionOne extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({ settings: 'key' });
  }
}

describe('schema', () => {
  it('opens as version 2, with settings keyed by key and saved services keyed by id', async () => {
    const db = new OnwardDatabase(freshName());
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['saved', 'settings']);
    expect(db.settings.schema.primKey.keyPath).toBe('key');
    expect(db.saved.schema.primKey.keyPath).toBe('id');
    expect(db.saved.schema.indexes.map((i) => i.name)).toEqual(['savedAt']);
    db.close();
  });

  it('upgrades a version 1 database, keeping its settings', async () => {
    const name = freshName();
    const old = new VersionOne(name);
    await old.table('settings').put({ key: 'lowData', value: true });
    old.close();

    const db = new OnwardDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.settings.get('lowData')).toEqual({ key: 'lowData', value: true });
    await db.saved.put({ id: 'demo-1', name: 'Example Service', categories: [], savedAt: 1 });
    expect(await db.saved.count()).toBe(1);
    db.close();
  });
});
