/**
 * What Onward keeps about a person's plan, and the checks every stored row passes on the way out
 * (another version, a broken write or an import file may have left anything). No Dexie here:
 * screens and the backup validator import this at once.
 *
 * Personal text (titles, names, notes, phones) is never in an indexed field: the schema indexes
 * only ids and dates, so the lock of issue #7 can encrypt the rest of each row.
 */
import { isTemplateKey, type TemplateKey } from './template';

/** The one plan on this phone: when the person gets (or got) out, and where they are going. */
export interface PlanRow {
  id: 'plan';
  /** Release time (ms since 1970); null when the person did not say. */
  releaseAt: number | null;
  /** "I'm already out": due times then count from when the plan was made. */
  alreadyOut: boolean;
  /** The area they are going to, as chosen with the place lookup; null when not given. */
  area: { label: string; query: string } | null;
  createdAt: number;
}

/** One checklist item: from the template (its words are in messages/plan) or the person's own. */
export interface PlanItemRow {
  id: string;
  /** The template item it came from; null for the person's own item. */
  template: TemplateKey | null;
  /** The person's own words; '' means "the template's title". */
  title: string;
  note: string;
  /** When it is due (ms since 1970); null for no due time. */
  dueAt: number | null;
  done: boolean;
  /** Creation order, which also keeps the template's order among items due at the same time. */
  createdAt: number;
}

export interface AppointmentRow {
  id: string;
  title: string;
  startsAt: number;
  /** Free text, or the name of a saved service (then serviceId says which). */
  place: string;
  serviceId: string | null;
  phone: string;
  notes: string;
}

export const contactRoles = ['keyWorker', 'probation', 'drugWorker', 'gp', 'family', 'sponsor', 'other'] as const;
export type ContactRole = (typeof contactRoles)[number];

export interface ContactRow {
  id: string;
  name: string;
  role: ContactRole;
  phone: string;
  notes: string;
  createdAt: number;
}

/** Limits on stored text: generous for a person, small enough that a hostile file cannot fill the phone. */
export const limits = { title: 200, note: 2000, phone: 40, id: 100 } as const;

type Row = Record<string, unknown>;
const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number, empty = true): v is string => typeof v === 'string' && v.length <= max && (empty || v.length > 0);
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 8.64e15;
/**
 * A row's own id: letters, digits, - and _ (a UUID fits). Nothing else, because ids travel into
 * calendar files (UID) and element ids, and an import file may carry anything.
 */
const id = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(v);
/** A directory service's id (serviceId): its own data's rules, so only length is checked here. */
const serviceId = (v: unknown): v is string => text(v, limits.id, false);
/** Exactly these keys: an unknown field means a file or row this version does not understand. */
const keysAre = (row: Row, keys: string[]): boolean => {
  const own = Object.keys(row);
  return own.length === keys.length && keys.every((k) => own.includes(k));
};

export function isPlanRow(v: unknown): v is PlanRow {
  if (!isRow(v) || !keysAre(v, ['id', 'releaseAt', 'alreadyOut', 'area', 'createdAt'])) return false;
  const area = v.area;
  return (
    v.id === 'plan' &&
    (v.releaseAt === null || time(v.releaseAt)) &&
    typeof v.alreadyOut === 'boolean' &&
    (area === null || (isRow(area) && keysAre(area, ['label', 'query']) && text(area.label, 100) && text(area.query, 100, false))) &&
    time(v.createdAt)
  );
}

export function isPlanItemRow(v: unknown): v is PlanItemRow {
  if (!isRow(v) || !keysAre(v, ['id', 'template', 'title', 'note', 'dueAt', 'done', 'createdAt'])) return false;
  return (
    id(v.id) &&
    (v.template === null || (typeof v.template === 'string' && isTemplateKey(v.template))) &&
    // An own item must have a title; a template item may leave it to the template.
    text(v.title, limits.title, v.template !== null) &&
    text(v.note, limits.note) &&
    (v.dueAt === null || time(v.dueAt)) &&
    typeof v.done === 'boolean' &&
    time(v.createdAt)
  );
}

export function isAppointmentRow(v: unknown): v is AppointmentRow {
  if (!isRow(v) || !keysAre(v, ['id', 'title', 'startsAt', 'place', 'serviceId', 'phone', 'notes'])) return false;
  return (
    id(v.id) &&
    text(v.title, limits.title, false) &&
    time(v.startsAt) &&
    text(v.place, limits.title) &&
    (v.serviceId === null || serviceId(v.serviceId)) &&
    text(v.phone, limits.phone) &&
    text(v.notes, limits.note)
  );
}

export function isContactRow(v: unknown): v is ContactRow {
  if (!isRow(v) || !keysAre(v, ['id', 'name', 'role', 'phone', 'notes', 'createdAt'])) return false;
  return (
    id(v.id) &&
    text(v.name, limits.title, false) &&
    typeof v.role === 'string' &&
    (contactRoles as readonly string[]).includes(v.role) &&
    text(v.phone, limits.phone) &&
    text(v.notes, limits.note) &&
    time(v.createdAt)
  );
}

/** A fresh random id for a new row (crypto.randomUUID is in every browser Onward supports). */
export const newId = (): string => crypto.randomUUID();
