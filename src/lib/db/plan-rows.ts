/**
 * The rows of the plan tables, declared here with the schema so the storage layer depends on no
 * feature (plan/model.ts narrows `template` to the checklist's keys and checks every row read).
 *
 * Personal text (titles, names, notes, phones) is never in an indexed field: the schema indexes
 * only ids and dates, so the lock can encrypt the rest of each row.
 */

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
export interface PlanItemRow<Template extends string = string> {
  id: string;
  /** The template item it came from (a key of plan/template.ts); null for the person's own item. */
  template: Template | null;
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
