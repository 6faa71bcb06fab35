/**
 * How a personal row looks on disk while the lock is on, and back. A sealed row keeps in plain
 * only what IndexedDB must see to index it: the id, and the dates the schema indexes
 * (planItems.dueAt, appointments.startsAt, saved.savedAt). Everything, those included, is in
 * `sealed`: AES-GCM over the row's JSON, with a fresh random IV, bound to its table and id (GCM's
 * additional data), so a sealed row copied onto another does not open.
 *
 * One id is not plain: a saved service's id is the directory's id, which alone says which service
 * (a needle exchange, a refuge) the person saved. Under the lock it is stored as an HMAC of the id
 * instead: the same service always gives the same stored id, so lookups and deletes still work,
 * but it cannot be turned back without the key. No Dexie here: the raw reads use it too.
 */
import type { PersonalTable } from '$lib/db/database';
import { decrypt, encrypt, type Sealed } from '../crypto/webcrypto';
import type { LockKeys } from './lock-keys';

/** The fields each personal table indexes (besides its id): they stay readable, as dates. */
export const indexedFields: Record<PersonalTable, readonly string[]> = {
  saved: ['savedAt'],
  plan: [],
  planItems: ['dueAt'],
  appointments: ['startsAt'],
  contacts: []
};

export interface SealedRow {
  id: string;
  sealed: Sealed;
  [indexed: string]: unknown;
}

export function isSealedRow(v: unknown): v is SealedRow {
  const row = v as Partial<SealedRow> | null;
  return typeof row?.id === 'string' && typeof row.sealed === 'object' && row.sealed !== null && row.sealed.iv instanceof Uint8Array && row.sealed.data instanceof Uint8Array;
}

const base64url = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** The id a row is stored under: its own, except a saved service's (see above). */
export async function storedId(keys: LockKeys, table: PersonalTable, id: string): Promise<string> {
  if (table !== 'saved') return id;
  const mac = await crypto.subtle.sign('HMAC', keys.ids, new TextEncoder().encode(`saved\u0000${id}`));
  return `h.${base64url(new Uint8Array(mac))}`;
}

const context = (table: PersonalTable, id: string) => `${table}\u0000${id}`;

/** The sealed form of a plain row. */
export async function sealRow(keys: LockKeys, table: PersonalTable, row: { id: string }): Promise<SealedRow> {
  const id = await storedId(keys, table, row.id);
  const sealed = await encrypt(keys.seal, new TextEncoder().encode(JSON.stringify(row)), context(table, id));
  const plain: Record<string, unknown> = { id };
  for (const field of indexedFields[table]) plain[field] = (row as Record<string, unknown>)[field];
  return { ...plain, id, sealed };
}

/**
 * The plain row inside a stored one. A plain row (written before the lock was set) comes back as
 * it is. Throws DecryptError when the row does not open with these keys.
 */
export async function openRow(keys: LockKeys, table: PersonalTable, stored: unknown): Promise<unknown> {
  if (!isSealedRow(stored)) return stored;
  const bytes = await decrypt(keys.seal, stored.sealed, context(table, stored.id));
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

/**
 * Every row that opens, in order; a row that does not (damaged on disk) is left out, like any
 * row that fails its check, rather than hiding all the others.
 */
export async function openRows(keys: LockKeys, table: PersonalTable, stored: readonly unknown[]): Promise<unknown[]> {
  const opened = await Promise.all(stored.map((row) => openRow(keys, table, row).catch(() => undefined)));
  return opened.filter((row) => row !== undefined);
}
