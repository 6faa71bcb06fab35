import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { OnwardDatabase, databaseEvents } from './database';

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

/** Version 2 as shipped: settings and saved services. */
class VersionTwo extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({ settings: 'key' });
    this.version(2).stores({ saved: 'id, savedAt' });
  }
}

describe('schema', () => {
  it('opens as version 3: settings, saved services and the plan tables, indexed by ids and dates only', async () => {
    const db = new OnwardDatabase(freshName());
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['appointments', 'contacts', 'plan', 'planItems', 'saved', 'settings']);
    expect(db.settings.schema.primKey.keyPath).toBe('key');
    expect(db.saved.schema.primKey.keyPath).toBe('id');
    expect(db.saved.schema.indexes.map((i) => i.name)).toEqual(['savedAt']);
    // No personal text in an index: the lock (issue #7) encrypts everything but these.
    const indexes = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name)]));
    expect(indexes).toMatchObject({ plan: [], planItems: ['dueAt'], appointments: ['startsAt'], contacts: [] });
    db.close();
  });

  it('upgrades a version 1 database, keeping its settings', async () => {
    const name = freshName();
    const old = new VersionOne(name);
    await old.table('settings').put({ key: 'lowData', value: true });
    old.close();

    const db = new OnwardDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.settings.get('lowData')).toEqual({ key: 'lowData', value: true });
    await db.saved.put({ id: 'demo-1', name: 'Example Service', categories: [], savedAt: 1 });
    expect(await db.saved.count()).toBe(1);
    expect(await db.planItems.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 2 database, keeping every setting and saved service', async () => {
    const name = freshName();
    const old = new VersionTwo(name);
    const settings = [
      { key: 'lowData', value: true },
      { key: 'persistRequested', value: true },
      { key: 'place', value: { label: 'Leeds, England', latitude: 53.8, longitude: -1.55, kind: 'town', query: 'Leeds' } }
    ];
    const saved = [
      { id: 'demo-1', name: 'Example Service', categories: ['housing'], savedAt: 1 },
      { id: 'demo-2', name: 'Example Hub', town: 'Leeds', categories: [], savedAt: 2 }
    ];
    await old.table('settings').bulkPut(settings);
    await old.table('saved').bulkPut(saved);
    old.close();

    const db = new OnwardDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.settings.toArray()).toEqual(settings.sort((a, b) => a.key.localeCompare(b.key)));
    expect(await db.saved.orderBy('savedAt').toArray()).toEqual(saved);
    db.close();
  });

  it('does not leave another tab hanging: an open connection gives way to an upgrade, and says so', async () => {
    const name = freshName();
    const db = new OnwardDatabase(name);
    await db.open();
    let told = 0;
    const listener = () => told++;
    databaseEvents.addEventListener('outdated', listener);
    // A newer Onward in another tab opens the database at a higher version.
    const newer = new Dexie(name);
    newer.version(4).stores({ settings: 'key', saved: 'id, savedAt', plan: 'id', planItems: 'id, dueAt', appointments: 'id, startsAt', contacts: 'id', later: 'id' });
    await expect(Promise.race([newer.open().then(() => 'opened'), new Promise((r) => setTimeout(() => r('blocked'), 2000))])).resolves.toBe('opened');
    expect(db.isOpen()).toBe(false);
    expect(told).toBe(1);
    databaseEvents.removeEventListener('outdated', listener);
    newer.close();
  });
});
