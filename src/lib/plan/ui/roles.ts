import type { ContactRole } from '../model';

/** Translation key of each contact role (literal, so the messages check sees them). */
export const roleKeys = {
  keyWorker: 'plan.contacts.roles.keyWorker',
  probation: 'plan.contacts.roles.probation',
  drugWorker: 'plan.contacts.roles.drugWorker',
  gp: 'plan.contacts.roles.gp',
  family: 'plan.contacts.roles.family',
  sponsor: 'plan.contacts.roles.sponsor',
  other: 'plan.contacts.roles.other'
} as const satisfies Record<ContactRole, string>;
