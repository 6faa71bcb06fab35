/**
 * What Onward keeps about a person's plan, and the checks every stored row passes on the way out
 * (another version, a broken write or an import file may have left anything). No Dexie here:
 * screens and the backup validator import this at once. The row types themselves are declared
 * with the schema, in db/plan-rows.ts.
 */
import { contactRoles, type AppointmentRow, type ContactRow, type PlanItemRow as StoredPlanItemRow, type PlanRow } from '$lib/db/plan-rows';
import { isTemplateKey, type TemplateKey } from './template';

export type { AppointmentRow, ContactRole, ContactRow, PlanRow } from '$lib/db/plan-rows';
export { contactRoles } from '$lib/db/plan-rows';

/** One checklist item, its template narrowed to the checklist's own keys. */
export type PlanItemRow = StoredPlanItemRow<TemplateKey>;

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
