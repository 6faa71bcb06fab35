/**
 * The first-48-hours checklist a new plan starts from, taken from the research checklist
 * (../shared/research/content.md, section B; England first). Only structure lives here: each
 * item's words (title, one plain line, why it matters) are in messages/plan/<lang>.json under
 * `plan.template.<key>`, and figures marked unconfirmed there are left out.
 */
import type { CategoryCode } from '$lib/directory/ui/labels';

/**
 * When an item is due, relative to release, only where the research gives a time (content.md,
 * section B); `none` otherwise, so nothing shows a red "Overdue" that no source backs. `release`:
 * as soon as you are out. `day`: on day
 * `day` after release (0 = the day you get out) before `by` o'clock; `workingDay` moves it off a
 * weekend, and it moves to the next (working) day when release is already past that time.
 * `friday`: before the first Friday afternoon from release (services shut for the weekend).
 */
export type TemplateDue = { kind: 'none' } | { kind: 'release' } | { kind: 'day'; day: number; by: number; workingDay?: boolean } | { kind: 'friday' };

export interface TemplateItem {
  key: string;
  /** The Find help category it links to; null links to the helplines on Home. */
  category: CategoryCode | null;
  due: TemplateDue;
}

/** Friday afternoon starts at noon: after that, most services cannot be reached before Monday. */
export const fridayAfternoonHour = 12;

export const planTemplate = [
  { key: 'naloxone', category: 'needle-naloxone', due: { kind: 'release' } },
  { key: 'tolerance', category: 'drugs-alcohol', due: { kind: 'release' } },
  { key: 'probation', category: 'probation-justice', due: { kind: 'day', day: 0, by: 17, workingDay: true } },
  { key: 'script', category: 'prescribing', due: { kind: 'day', day: 0, by: 17 } },
  { key: 'medicines', category: 'pharmacy', due: { kind: 'day', day: 0, by: 17 } },
  { key: 'sleep', category: 'housing', due: { kind: 'day', day: 0, by: 17 } },
  { key: 'dischargeMoney', category: 'money', due: { kind: 'release' } },
  { key: 'universalCredit', category: 'money', due: { kind: 'day', day: 0, by: 17, workingDay: true } },
  { key: 'friday', category: 'food', due: { kind: 'friday' } },
  { key: 'numbers', category: null, due: { kind: 'none' } },
  { key: 'tellSomeone', category: 'family-support', due: { kind: 'none' } },
  { key: 'drinking', category: 'drugs-alcohol', due: { kind: 'release' } },
  { key: 'mentalHealth', category: 'mental-health', due: { kind: 'none' } },
  { key: 'gp', category: 'gp-health', due: { kind: 'none' } },
  { key: 'emergencyMoney', category: 'money', due: { kind: 'none' } },
  { key: 'idBank', category: 'id-banking', due: { kind: 'none' } }
] as const satisfies readonly TemplateItem[];

export type TemplateKey = (typeof planTemplate)[number]['key'];

const byKey = new Map<string, TemplateItem>(planTemplate.map((item) => [item.key, item]));

export const isTemplateKey = (key: string): key is TemplateKey => byKey.has(key);

export function templateItem(key: TemplateKey): TemplateItem {
  return byKey.get(key)!;
}

/** Translation keys of each template item's words: literal, so the messages check sees every one. */
const texts = {
  naloxone: { title: 'plan.template.naloxone.title', line: 'plan.template.naloxone.line', why: 'plan.template.naloxone.why' },
  tolerance: { title: 'plan.template.tolerance.title', line: 'plan.template.tolerance.line', why: 'plan.template.tolerance.why' },
  probation: { title: 'plan.template.probation.title', line: 'plan.template.probation.line', why: 'plan.template.probation.why' },
  script: { title: 'plan.template.script.title', line: 'plan.template.script.line', why: 'plan.template.script.why' },
  medicines: { title: 'plan.template.medicines.title', line: 'plan.template.medicines.line', why: 'plan.template.medicines.why' },
  sleep: { title: 'plan.template.sleep.title', line: 'plan.template.sleep.line', why: 'plan.template.sleep.why' },
  dischargeMoney: { title: 'plan.template.dischargeMoney.title', line: 'plan.template.dischargeMoney.line', why: 'plan.template.dischargeMoney.why' },
  universalCredit: { title: 'plan.template.universalCredit.title', line: 'plan.template.universalCredit.line', why: 'plan.template.universalCredit.why' },
  friday: { title: 'plan.template.friday.title', line: 'plan.template.friday.line', why: 'plan.template.friday.why' },
  numbers: { title: 'plan.template.numbers.title', line: 'plan.template.numbers.line', why: 'plan.template.numbers.why' },
  tellSomeone: { title: 'plan.template.tellSomeone.title', line: 'plan.template.tellSomeone.line', why: 'plan.template.tellSomeone.why' },
  drinking: { title: 'plan.template.drinking.title', line: 'plan.template.drinking.line', why: 'plan.template.drinking.why' },
  mentalHealth: { title: 'plan.template.mentalHealth.title', line: 'plan.template.mentalHealth.line', why: 'plan.template.mentalHealth.why' },
  gp: { title: 'plan.template.gp.title', line: 'plan.template.gp.line', why: 'plan.template.gp.why' },
  emergencyMoney: { title: 'plan.template.emergencyMoney.title', line: 'plan.template.emergencyMoney.line', why: 'plan.template.emergencyMoney.why' },
  idBank: { title: 'plan.template.idBank.title', line: 'plan.template.idBank.line', why: 'plan.template.idBank.why' }
} as const satisfies Record<TemplateKey, { title: string; line: string; why: string }>;

/** Translation keys of a template item's title, plain line and why it matters. */
export function templateText(key: TemplateKey): (typeof texts)[TemplateKey] {
  return texts[key];
}
