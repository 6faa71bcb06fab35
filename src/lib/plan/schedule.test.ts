import { describe, expect, it } from 'vitest';
import type { PlanItemRow } from './model';
import { compareItems, dueTime, dueWhen, exportReminderDue, generatePlan, nextAppointment, sortItems } from './schedule';
import { planTemplate, type TemplateKey } from './template';

// Local times (the phone's clock), November 2026: Wed 18th, Fri 20th, Sat 21st, Mon 23rd.
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);
let n = 0;
const ids = () => `id-${n++}`;

function dueOf(items: PlanItemRow[], key: TemplateKey): Date {
  const item = items.find((i) => i.template === key);
  if (!item?.dueAt) throw new Error(`${key} has no due time`);
  return new Date(item.dueAt);
}

describe('a new plan from a release time', () => {
  it('has every template item, in order, none done, from a Wednesday 9am release', () => {
    const release = at(18, 9);
    const { plan, items } = generatePlan({ releaseAt: release, alreadyOut: false, area: { label: 'Leeds', query: 'Leeds' } }, at(10, 12), ids);
    expect(plan).toMatchObject({ id: 'plan', releaseAt: release.getTime(), alreadyOut: false, area: { label: 'Leeds', query: 'Leeds' } });
    expect(items.map((i) => i.template)).toEqual(planTemplate.map((t) => t.key));
    expect(items).toHaveLength(16);
    expect(items.every((i) => !i.done && i.title === '')).toBe(true);
    // A due time only where the research gives one: no red "Overdue" without a source.
    const untimed = planTemplate.filter((t) => t.due.kind === 'none').map((t) => t.key);
    expect(untimed).toEqual(['numbers', 'tellSomeone', 'mentalHealth', 'gp', 'emergencyMoney', 'idBank']);
    expect(items.filter((i) => i.dueAt === null).map((i) => i.template)).toEqual(untimed);
    expect(new Set(items.map((i) => i.id)).size).toBe(16);

    expect(dueOf(items, 'naloxone')).toEqual(release);
    expect(dueOf(items, 'probation')).toEqual(at(18, 17));
    expect(dueOf(items, 'universalCredit')).toEqual(at(18, 17));
    expect(dueOf(items, 'sleep')).toEqual(at(18, 17));
    // Plan for the weekend before Friday noon.
    expect(dueOf(items, 'friday')).toEqual(at(20, 12));
  });

  it('Friday afternoon: weekend tasks are due at once, working-day tasks move to Monday', () => {
    const release = at(20, 15);
    const { items } = generatePlan({ releaseAt: release, alreadyOut: false, area: null }, at(1, 9), ids);
    expect(dueOf(items, 'friday')).toEqual(release);
    // Probation still by 5pm on the day (the first meeting is the day of release or next working day).
    expect(dueOf(items, 'probation')).toEqual(at(20, 17));
    // A working-day task on day 1 would be Saturday: Monday instead.
    expect(new Date(dueTime({ kind: 'day', day: 1, by: 17, workingDay: true }, release)!)).toEqual(at(23, 17));
    // Not a working-day task: Saturday is fine.
    expect(new Date(dueTime({ kind: 'day', day: 1, by: 17 }, release)!)).toEqual(at(21, 17));
  });

  it('Friday evening: past 5pm, probation moves to the next working day (Monday)', () => {
    const { items } = generatePlan({ releaseAt: at(20, 18), alreadyOut: false, area: null }, at(1, 9), ids);
    expect(dueOf(items, 'probation')).toEqual(at(23, 17));
    expect(dueOf(items, 'script')).toEqual(at(21, 17));
  });

  it('Friday morning: the weekend item is due at noon the same day', () => {
    expect(new Date(dueTime({ kind: 'friday' }, at(20, 9))!)).toEqual(at(20, 12));
  });

  it('"already out": due times count from now, and nothing starts overdue', () => {
    const now = at(18, 19, 30);
    const { plan, items } = generatePlan({ alreadyOut: true, area: null }, now, ids);
    expect(plan.releaseAt).toBe(now.getTime());
    expect(plan.alreadyOut).toBe(true);
    expect(items.every((i) => i.dueAt === null || i.dueAt >= now.getTime())).toBe(true);
    expect(items.filter((i) => dueWhen(i, now) === 'overdue')).toEqual([]);
    // 7.30pm: the 5pm tasks move to tomorrow.
    expect(dueOf(items, 'probation')).toEqual(at(19, 17));
    expect(dueOf(items, 'sleep')).toEqual(at(19, 17));
  });

  it('without a release time: no due times, the template order', () => {
    const { plan, items } = generatePlan({ alreadyOut: false, area: null }, at(18, 9), ids);
    expect(plan.releaseAt).toBeNull();
    expect(items.every((i) => i.dueAt === null)).toBe(true);
    expect(sortItems(items).map((i) => i.template)).toEqual(planTemplate.map((t) => t.key));
  });
});

describe('due labels, against a fixed clock', () => {
  const now = at(18, 14);
  const item = (dueAt: number | null, done = false) => ({ dueAt, done });
  it.each([
    ['an hour ago', item(at(18, 13).getTime()), 'overdue'],
    ['yesterday', item(at(17, 17).getTime()), 'overdue'],
    ['in a minute', item(at(18, 14, 1).getTime()), 'today'],
    ['just before midnight', item(at(18, 23, 59).getTime()), 'today'],
    ['at midnight', item(at(19, 0).getTime()), 'tomorrow'],
    ['tomorrow 5pm', item(at(19, 17).getTime()), 'tomorrow'],
    ['the day after', item(at(20, 0).getTime()), 'later'],
    ['no due time', item(null), 'none'],
    ['done, though overdue', item(at(17, 9).getTime(), true), 'done']
  ] as const)('%s: %s', (_, it_, label) => {
    expect(dueWhen(it_, now)).toBe(label);
  });
});

describe('checklist order', () => {
  const row = (id: string, dueAt: number | null, createdAt: number): PlanItemRow => ({ id, template: null, title: id, note: '', dueAt, done: false, createdAt });
  it('sorts by due time, items without one last, ties by creation', () => {
    const items = [row('c', null, 1), row('b', 200, 5), row('a', 100, 9), row('d', 200, 2), row('e', null, 0)];
    expect(sortItems(items).map((i) => i.id)).toEqual(['a', 'd', 'b', 'e', 'c']);
    expect(compareItems(items[0]!, items[0]!)).toBe(0);
  });
});

describe('the next appointment', () => {
  const now = at(18, 14);
  it('is the earliest still to come, or one that started under an hour ago', () => {
    const list = [{ id: 'past', startsAt: at(17, 9).getTime() }, { id: 'late', startsAt: at(25, 9).getTime() }, { id: 'soon', startsAt: at(19, 9).getTime() }];
    expect(nextAppointment(list, now)?.id).toBe('soon');
    expect(nextAppointment([...list, { id: 'now', startsAt: at(18, 13, 30).getTime() }], now)?.id).toBe('now');
    expect(nextAppointment([{ id: 'gone', startsAt: at(18, 12, 59).getTime() }], now)).toBeUndefined();
    expect(nextAppointment([], now)).toBeUndefined();
  });
});

describe('the export reminder', () => {
  const day = 24 * 60 * 60 * 1000;
  const now = at(18, 12);
  it('shows with data and no export for 14 days; never without data', () => {
    expect(exportReminderDue(true, now.getTime() - 13 * day, undefined, now)).toBe(false);
    expect(exportReminderDue(true, now.getTime() - 14 * day, undefined, now)).toBe(true);
    expect(exportReminderDue(true, undefined, now.getTime() - day, now)).toBe(false);
    expect(exportReminderDue(true, undefined, now.getTime() - 15 * day, now)).toBe(true);
    expect(exportReminderDue(false, undefined, now.getTime() - 15 * day, now)).toBe(false);
  });
});
