/** Rows for the lock's tests: one of every personal kind, every text field carrying a marker. */
import type { BackupData } from '$lib/backup/format';

export const marker = 'MARKER-7f3a';

/** Every personal table's rows, each text field holding `marker` (the saved id too: it says which service). */
export function markedData(): Omit<BackupData, 'place'> {
  return {
    plan: [{ id: 'plan', releaseAt: 1_800_000_000_000, alreadyOut: false, area: { label: `${marker} area`, query: `${marker} query` }, createdAt: 1_790_000_000_000 }],
    planItems: [
      { id: 'item-1', template: null, title: `${marker} pick up bag`, note: `${marker} note`, dueAt: 1_800_000_100_000, done: false, createdAt: 1 },
      { id: 'item-2', template: 'naloxone', title: '', note: '', dueAt: null, done: true, createdAt: 2 }
    ],
    appointments: [{ id: 'appt-1', title: `${marker} probation`, startsAt: 1_800_000_200_000, place: `${marker} office`, serviceId: `demo-${marker}`, phone: '0113 496 0000', notes: `${marker} bring licence` }],
    contacts: [{ id: 'contact-1', name: `${marker} Sam`, role: 'keyWorker', phone: '07700 900123', notes: `${marker} mornings`, createdAt: 3 }],
    saved: [{ id: `service-${marker}`, name: `${marker} Hub`, town: `${marker} town`, categories: ['housing'], savedAt: 4 }]
  };
}
