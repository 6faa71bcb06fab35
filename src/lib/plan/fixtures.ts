/** Plan records for unit and browser tests: one of each kind, and a generated plan. */
import type { AppointmentRow, ContactRow } from './model';
import { generatePlan } from './schedule';

/** A Wednesday 9am release, November 2026 (local time). */
export const release = new Date(2026, 10, 18, 9, 0);

let n = 0;
export const testIds = (): string => `test-${n++}`;

export const samplePlan = () => generatePlan({ releaseAt: release, alreadyOut: false, area: { label: 'Leeds, England', query: 'Leeds' } }, new Date(2026, 10, 10, 12), testIds);

export const probationAppointment: AppointmentRow = {
  id: 'appt-probation',
  title: 'Probation: first meeting',
  startsAt: new Date(2026, 10, 18, 14, 30).getTime(),
  place: 'Example Probation Office, 1 Example Street, Leeds',
  serviceId: null,
  phone: '0113 496 0000',
  notes: 'Bring the licence; ask about the; comma, and "quotes"\nand a second line'
};

export const keyWorker: ContactRow = {
  id: 'contact-key-worker',
  name: 'Sam Example',
  role: 'keyWorker',
  phone: '07700 900123',
  notes: 'Mornings are best',
  createdAt: 1
};
