/**
 * Home's next-appointment card. Home has no app JavaScript (src/lib/page-scripts/README.md);
 * its small script (src/lib/page-scripts/home.ts) loads this, also a file of its own, only on
 * a phone with a plan, so a first visit downloads nothing. It reads the appointments straight
 * from IndexedDB without Dexie (db/quick-read.ts: never creates or upgrades the database), picks
 * the next one with the plan's own row check and rule (the same as /plan's card), and writes only
 * text into the hidden card.
 */
import { readTable } from '../../db/quick-read';
import { intlLocales } from '../../i18n/intl-locale';
import { isAppointmentRow } from '../model';
import { nextAppointment } from '../schedule';

/** Fills and shows the card for the next appointment in `rows`; leaves it hidden when there is none. */
export function fillNextCard(card: HTMLElement, rows: readonly unknown[], now: Date, lang: string): void {
  const next = nextAppointment(rows.filter(isAppointmentRow), now);
  if (!next) return;
  const when = new Intl.DateTimeFormat(intlLocales(lang), { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(next.startsAt);
  const fields: Record<string, string> = { title: next.title, when, place: next.place };
  for (const el of card.querySelectorAll<HTMLElement>('[data-field]')) el.textContent = fields[el.dataset.field ?? ''] ?? '';
  card.hidden = false;
}

/** Finds the card on the page and fills it; any storage problem only means no card. */
export function startNextCard(doc: Document): Promise<void> {
  const card = doc.getElementById('next-appointment');
  if (!card) return Promise.resolve();
  return readTable('appointments').then(
    (rows) => fillNextCard(card, rows, new Date(), doc.documentElement.lang || 'en'),
    () => undefined
  );
}
