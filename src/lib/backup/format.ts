/**
 * The export file: one JSON document, schema-versioned, holding every personal record. Reading
 * one back checks all of it before anything is written: a file that is not ours, cut short, from
 * a newer Onward or with a single bad record is refused whole.
 *
 * Checked by hand rather than with ajv: the row checks already exist (every read from storage
 * passes them), so one check serves both, and ajv compiles schemas with `new Function`, which
 * the Content-Security-Policy of issue #7 (no 'unsafe-eval') would block.
 */
import type { SavedServiceRow } from '$lib/db/database';
import { isChosenPlace, type ChosenPlace } from '$lib/geo/place';
import { isAppointmentRow, isContactRow, isPlanItemRow, isPlanRow, type AppointmentRow, type ContactRow, type PlanItemRow, type PlanRow } from '$lib/plan/model';
import { isSavedService } from '$lib/saved/saved-service';

export const backupFormat = 'onward-backup';
export const encryptedFormat = 'onward-backup-encrypted';
/** The version this code writes, and the newest it reads. */
export const backupVersion = 1;

/** Every personal record on the phone. */
export interface BackupData {
  plan: PlanRow[];
  planItems: PlanItemRow[];
  appointments: AppointmentRow[];
  contacts: ContactRow[];
  saved: SavedServiceRow[];
  /** The remembered place of Find help. */
  place: ChosenPlace | null;
}

export interface BackupFile {
  format: typeof backupFormat;
  version: number;
  exportedAt: number;
  data: BackupData;
}

/** Why a file was refused, for the message the person sees. */
export type BackupProblem = 'notOurs' | 'damaged' | 'newer' | 'wrongPassphrase';

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(`backup ${problem}`);
    this.name = 'BackupError';
  }
}

/** At most this many rows per table: far above any real plan, and a hostile file cannot fill the phone. */
const maxRows = 10_000;

export function toBackupFile(data: BackupData, now: Date): BackupFile {
  return { format: backupFormat, version: backupVersion, exportedAt: now.getTime(), data };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function rows<T>(v: unknown, check: (row: unknown) => row is T): v is T[] {
  if (!Array.isArray(v) || v.length > maxRows || !v.every(check)) return false;
  const ids = new Set(v.map((row) => (row as { id: string }).id));
  return ids.size === v.length; // two records with one id would silently become one
}

/** The checked data of a parsed (plain) backup file; throws a BackupError for anything else. */
export function readBackupFile(file: unknown): BackupData {
  if (!isRecord(file) || file.format !== backupFormat) throw new BackupError('notOurs');
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) throw new BackupError('damaged');
  if (file.version > backupVersion) throw new BackupError('newer');
  const data = file.data;
  if (!isRecord(data) || typeof file.exportedAt !== 'number') throw new BackupError('damaged');
  const keys = ['plan', 'planItems', 'appointments', 'contacts', 'saved', 'place'];
  if (Object.keys(data).length !== keys.length || !keys.every((k) => k in data)) throw new BackupError('damaged');
  const ok =
    rows(data.plan, isPlanRow) &&
    data.plan.length <= 1 &&
    rows(data.planItems, isPlanItemRow) &&
    rows(data.appointments, isAppointmentRow) &&
    rows(data.contacts, isContactRow) &&
    rows(data.saved, isSavedService) &&
    (data.place === null || isChosenPlace(data.place));
  if (!ok) throw new BackupError('damaged');
  return data as unknown as BackupData;
}

/**
 * What a chosen file holds: plain backup data, or an encrypted one that needs the passphrase.
 * Text that is not JSON is "damaged" when it starts like ours (cut short), else "not ours".
 */
export function parseBackupText(text: string): { kind: 'plain'; data: BackupData } | { kind: 'encrypted'; file: unknown } {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new BackupError(text.includes(`"${backupFormat}`) ? 'damaged' : 'notOurs');
  }
  if (isRecord(file) && file.format === encryptedFormat) return { kind: 'encrypted', file };
  return { kind: 'plain', data: readBackupFile(file) };
}

/** How many records of each kind: what Import shows before it writes anything. */
export function backupCounts(data: BackupData) {
  return {
    items: data.planItems.length,
    appointments: data.appointments.length,
    contacts: data.contacts.length,
    saved: data.saved.length
  };
}

/**
 * What "Add to what is on this phone" writes: the file's records this phone does not have. The
 * phone's copy wins where both have an id (it is usually the newer one: the file is an older
 * copy of the same phone), the phone's plan row (release time, area) and chosen place are kept,
 * and a template item the phone already has (same template key) is not added twice.
 */
export function mergeBackup(phone: BackupData, file: BackupData): BackupData {
  const fresh = <T extends { id: string }>(mine: T[], theirs: T[]): T[] => {
    const ids = new Set(mine.map((row) => row.id));
    return theirs.filter((row) => !ids.has(row.id));
  };
  const templates = new Set(phone.planItems.map((item) => item.template).filter((key) => key !== null));
  return {
    plan: phone.plan.length ? [] : file.plan,
    planItems: fresh(phone.planItems, file.planItems).filter((item) => item.template === null || !templates.has(item.template)),
    appointments: fresh(phone.appointments, file.appointments),
    contacts: fresh(phone.contacts, file.contacts),
    saved: fresh(phone.saved, file.saved),
    place: phone.place ? null : file.place
  };
}
