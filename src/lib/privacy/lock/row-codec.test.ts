import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OnwardDatabase, personalTables, type PersonalTable } from '$lib/db/database';
import { DecryptError } from '../crypto/webcrypto';
import { markedData, marker } from './fixtures';
import { deriveLockKeys } from './lock-keys';
import { indexedFields, isSealedRow, openRow, openRows, sealRow, storedId } from './row-codec';

const keys = await deriveLockKeys('2468', new Uint8Array(16).fill(1));
const data = markedData();
const rowsOf = (table: PersonalTable) => data[table] as { id: string }[];
const json = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (x instanceof Uint8Array ? Array.from(x) : x));

describe('sealed rows', () => {
  it('round trip every personal row type, keeping in plain only the id and the indexed dates', async () => {
    for (const table of personalTables) {
      for (const row of rowsOf(table)) {
        const sealed = await sealRow(keys, table, row);
        expect(isSealedRow(sealed)).toBe(true);
        expect(Object.keys(sealed).sort()).toEqual(['id', 'sealed', ...indexedFields[table]].sort());
        for (const field of indexedFields[table]) expect(sealed[field]).toEqual((row as Record<string, unknown>)[field]);
        expect(sealed.sealed.iv).toHaveLength(12);
        expect(json(sealed)).not.toContain(marker);
        expect(await openRow(keys, table, sealed)).toEqual(row);
      }
    }
  });

  it('index exactly the fields the database schema indexes', () => {
    const db = new OnwardDatabase('onward-codec-schema');
    for (const table of personalTables) expect(db.table(table).schema.indexes.map((i) => i.name).sort(), table).toEqual([...indexedFields[table]].sort());
    expect(db.table('saved').schema.primKey.keyPath).toBe('id');
  });

  it("store a saved service under an id that does not say which service, the same one each time", async () => {
    const id = rowsOf('saved')[0]!.id;
    const stored = await storedId(keys, 'saved', id);
    expect(stored).not.toContain(marker);
    expect(stored).toBe(await storedId(keys, 'saved', id));
    expect(stored).not.toBe(await storedId(keys, 'saved', `${id}x`));
    expect(stored).not.toBe(await storedId(await deriveLockKeys('2469', new Uint8Array(16).fill(1)), 'saved', id));
    expect(await storedId(keys, 'contacts', 'contact-1')).toBe('contact-1');
  });

  it('do not open moved onto another row or table, or with another key', async () => {
    const [a, b] = await Promise.all(rowsOf('planItems').map((row) => sealRow(keys, 'planItems', row)));
    await expect(openRow(keys, 'planItems', { ...b, sealed: a!.sealed })).rejects.toBeInstanceOf(DecryptError);
    await expect(openRow(keys, 'contacts', a)).rejects.toBeInstanceOf(DecryptError);
    await expect(openRow(await deriveLockKeys('1357', new Uint8Array(16)), 'planItems', a)).rejects.toBeInstanceOf(DecryptError);
    // A list leaves out the one row that does not open, and keeps the rest (and plain rows) as they are.
    const plain = rowsOf('planItems')[1];
    expect(await openRows(keys, 'planItems', [a, { ...b, sealed: a!.sealed }, plain])).toEqual([rowsOf('planItems')[0], plain]);
  });
});
