/**
 * Due times: a new plan's items from a release time, the label each item shows against a clock,
 * the order of the checklist, and which appointment is next. Pure functions of their inputs (the
 * clock is passed in), in the phone's local time, so tests can pin every case.
 */
import type { AppointmentRow, PlanItemRow, PlanRow } from './model';
import { fridayAfternoonHour, planTemplate, type TemplateDue } from './template';

const dayMs = 24 * 60 * 60 * 1000;

const isWeekend = (d: Date): boolean => d.getDay() === 0 || d.getDay() === 6;

/** The same wall-clock hour `days` days later (DST-safe: by calendar date, not by 24 h). */
function atDay(start: Date, days: number, hour: number): Date {
  return new Date(start.getFullYear(), start.getMonth(), start.getDate() + days, hour, 0, 0, 0);
}

/** When a template item is due for someone released at `release`. */
export function dueTime(due: TemplateDue, release: Date): number | null {
  if (due.kind === 'none') return null;
  if (due.kind === 'release') return release.getTime();
  if (due.kind === 'friday') {
    // Before the first Friday afternoon from release; released on a Friday afternoon or at the
    // weekend, it is due at once: the weekend has started.
    const day = release.getDay();
    if ((day === 5 && release.getHours() >= fridayAfternoonHour) || day === 6 || day === 0) return release.getTime();
    return atDay(release, (5 - day + 7) % 7, fridayAfternoonHour).getTime();
  }
  let days = due.day;
  let at = atDay(release, days, due.by);
  // Past that hour on release day, or on a weekend for a working-day task: the next day that works.
  while (at.getTime() < release.getTime() || (due.workingDay && isWeekend(at))) at = atDay(release, ++days, due.by);
  return at.getTime();
}

/** What the person answered on the Start screen. */
export interface StartAnswers {
  /** Release time; undefined when they skipped the question. */
  releaseAt?: Date;
  alreadyOut: boolean;
  area: PlanRow['area'];
}

/**
 * A new plan and its items, from the template. "Already out" counts due times from `now`;
 * without a release time the items have no due time (they keep the template's order).
 */
export function generatePlan(answers: StartAnswers, now: Date, makeId: () => string): { plan: PlanRow; items: PlanItemRow[] } {
  const release = answers.alreadyOut ? now : answers.releaseAt;
  const plan: PlanRow = {
    id: 'plan',
    releaseAt: release ? release.getTime() : null,
    alreadyOut: answers.alreadyOut,
    area: answers.area,
    createdAt: now.getTime()
  };
  const items = planTemplate.map(
    (item, i): PlanItemRow => ({
      id: makeId(),
      template: item.key,
      title: '',
      note: '',
      dueAt: release ? dueTime(item.due, release) : null,
      done: false,
      // One ms apart: the template's order settles ties between items due at the same time.
      createdAt: now.getTime() + i
    })
  );
  return { plan, items };
}

export type DueWhen = 'done' | 'none' | 'overdue' | 'today' | 'tomorrow' | 'later';

/** Which label an item shows: "overdue", "today", "tomorrow", a later date, or none. */
export function dueWhen(item: Pick<PlanItemRow, 'dueAt' | 'done'>, now: Date): DueWhen {
  if (item.done) return 'done';
  if (item.dueAt === null) return 'none';
  if (item.dueAt < now.getTime()) return 'overdue';
  const today = atDay(now, 0, 0).getTime();
  if (item.dueAt < atDay(now, 1, 0).getTime() && item.dueAt >= today) return 'today';
  if (item.dueAt < atDay(now, 2, 0).getTime()) return 'tomorrow';
  return 'later';
}

/** The checklist's order: by due time (items without one last), then the order they were made in. */
export function compareItems(a: PlanItemRow, b: PlanItemRow): number {
  const due = (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity);
  if (due !== 0 && !Number.isNaN(due)) return due;
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export const sortItems = (items: readonly PlanItemRow[]): PlanItemRow[] => [...items].sort(compareItems);

/** An appointment stays "next" for an hour after it starts: the person may be on their way or in it. */
export const appointmentGraceMs = 60 * 60 * 1000;

/** The next appointment from `now`, or undefined. */
export function nextAppointment<T extends Pick<AppointmentRow, 'startsAt'>>(appointments: readonly T[], now: Date): T | undefined {
  let next: T | undefined;
  for (const a of appointments) if (a.startsAt + appointmentGraceMs > now.getTime() && (!next || a.startsAt < next.startsAt)) next = a;
  return next;
}

export const sortAppointments = <T extends Pick<AppointmentRow, 'startsAt'>>(appointments: readonly T[]): T[] =>
  [...appointments].sort((a, b) => a.startsAt - b.startsAt);

/** Whether the export reminder shows: there is data, and no export in the last 14 days. */
export function exportReminderDue(hasData: boolean, lastExportAt: number | undefined, planCreatedAt: number | undefined, now: Date): boolean {
  if (!hasData) return false;
  // Never exported: count from when the plan was made, so a new plan is not nagged on day one.
  const since = lastExportAt ?? planCreatedAt ?? now.getTime();
  return now.getTime() - since >= 14 * dayMs;
}
