import { describe, expect, it } from 'vitest';
import { fillNextCard } from './next-card';

/** Just enough of the card for fillNextCard: its hidden flag and its data-field slots. */
function fakeCard() {
  const fields = ['title', 'when', 'place'].map((field) => ({ dataset: { field }, textContent: '' }));
  const card = { hidden: true, querySelectorAll: () => fields };
  return { card, text: () => Object.fromEntries(fields.map((f) => [f.dataset.field, f.textContent])) };
}

const row = (id: string, title: string, startsAt: number, place = '') => ({ id, title, startsAt, place, serviceId: null, phone: '', notes: '' });
const now = new Date('2026-11-23T10:00:00Z');

describe("Home's next-appointment card", () => {
  it('shows the next appointment by the plan rule (one that began under an hour ago still counts)', () => {
    const { card, text } = fakeCard();
    fillNextCard(card as never, [row('a', 'Later', Date.parse('2026-11-25T09:00:00Z')), row('b', 'Probation', Date.parse('2026-11-23T09:30:00Z'), 'Example Office')], now, 'en-GB');
    expect(card.hidden).toBe(false);
    expect(text()).toMatchObject({ title: 'Probation', place: 'Example Office' });
    expect(text().when).toMatch(/Mon/);
  });

  it('writes the time the British way on an English page, in Western digits on an Arabic one', () => {
    const soon = [row('a', 'Probation', Date.parse('2026-11-24T15:30:00Z'))];
    const en = fakeCard();
    fillNextCard(en.card as never, soon, now, 'en');
    expect(en.text().when).toMatch(/^(Mon|Tue|Wed) \d{1,2} Nov, \d{1,2}:\d{2}$/);
    const ar = fakeCard();
    fillNextCard(ar.card as never, soon, now, 'ar');
    expect(ar.text().when).toMatch(/نوفمبر/);
    expect(ar.text().when).not.toMatch(/[٠-٩]/);
  });

  it('stays hidden with no upcoming appointment, and skips rows that are not appointments', () => {
    const { card, text } = fakeCard();
    fillNextCard(card as never, [row('a', 'Past', Date.parse('2026-11-20T09:00:00Z')), { title: '<b>x</b>', startsAt: now.getTime() + 1000 }, null], now, 'en-GB');
    expect(card.hidden).toBe(true);
    expect(text().title).toBe('');
  });

  it('stays hidden while the lock is on: a sealed row (only an id, a date and ciphertext) is not an appointment', () => {
    const { card, text } = fakeCard();
    const sealed = { id: 'a', startsAt: now.getTime() + 3_600_000, sealed: { iv: new Uint8Array(12), data: new Uint8Array(40) } };
    fillNextCard(card as never, [sealed], now, 'en-GB');
    expect(card.hidden).toBe(true);
    expect(text()).toEqual({ title: '', when: '', place: '' });
  });
});
