import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { probationAppointment } from './fixtures';
import { appointmentsToIcs, foldLine } from './ics';

const words = { phone: 'Phone', reminder: 'Appointment in 1 hour' };
const now = new Date(Date.UTC(2026, 10, 10, 12));
const second = { ...probationAppointment, id: 'appt-gp', title: 'GP: register — ask about “meds”, ✓ 🙂 '.repeat(4), place: '', phone: '', notes: '' };

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('Add to calendar (.ics)', () => {
  it('is a calendar a real parser reads back field for field', () => {
    const text = appointmentsToIcs([probationAppointment, second], now, words);
    const [first, other] = parse(text);
    expect(first!.uid).toBe('appt-probation@onward.invalid');
    expect(first!.summary).toBe(probationAppointment.title);
    expect(first!.location).toBe(probationAppointment.place);
    expect(first!.description).toBe(`Phone: ${probationAppointment.phone}\n${probationAppointment.notes}`);
    expect(first!.startDate.toJSDate().getTime()).toBe(probationAppointment.startsAt);
    expect(first!.endDate.toJSDate().getTime() - probationAppointment.startsAt).toBe(60 * 60_000);
    expect(first!.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT1H');
    expect(other!.summary).toBe(second.title);
    expect(other!.location).toBeNull();
  });

  it('follows the line rules: CRLF endings, no line over 75 octets, required properties', () => {
    const text = appointmentsToIcs([second], now, words);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const event = calendar.getFirstSubcomponent('vevent')!;
    for (const p of ['uid', 'dtstamp', 'dtstart']) expect(event.hasProperty(p), p).toBe(true);
  });

  it('folds without splitting a character', () => {
    const line = 'SUMMARY:' + '🙂'.repeat(40);
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('an empty list is still a valid calendar', () => {
    expect(parse(appointmentsToIcs([], now, words))).toEqual([]);
  });
});

describe('ids from an import file cannot reach the calendar file raw', () => {
  it('an id with a CRLF (a smuggled calendar line) is refused on import', async () => {
    const { isAppointmentRow, isContactRow, isPlanItemRow } = await import('./model');
    const { parseBackupText, toBackupFile, BackupError } = await import('$lib/backup/format');
    const evil = 'x\r\nATTACH:https://example.invalid/evil';
    expect(isAppointmentRow({ ...probationAppointment, id: evil })).toBe(false);
    expect(isAppointmentRow({ ...probationAppointment, id: 'a b' })).toBe(false);
    expect(isAppointmentRow({ ...probationAppointment, id: crypto.randomUUID() })).toBe(true);
    // A directory service id keeps its own rules.
    expect(isAppointmentRow({ ...probationAppointment, serviceId: 'demo:leeds/hub 1' })).toBe(true);
    expect(isContactRow({ id: evil, name: 'Sam', role: 'gp', phone: '', notes: '', createdAt: 1 })).toBe(false);
    expect(isPlanItemRow({ id: evil, template: null, title: 'x', note: '', dueAt: null, done: false, createdAt: 1 })).toBe(false);
    const file = toBackupFile({ plan: [], planItems: [], appointments: [{ ...probationAppointment, id: evil }], contacts: [], saved: [], place: null }, now);
    expect(() => parseBackupText(JSON.stringify(file))).toThrow(BackupError);
  });

  it('a UID is escaped even so', () => {
    const text = appointmentsToIcs([{ ...probationAppointment, id: 'a;b,c' }], now, words);
    expect(text).toContain('UID:a\\;b\\,c@onward.invalid');
  });
});
