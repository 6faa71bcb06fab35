/**
 * Appointments as an iCalendar file (RFC 5545) that a phone's calendar imports. Written here
 * (~60 lines) rather than with a package: `ics` pulls in yup and nanoid, `ical-generator` is a
 * general builder many times this size, and Onward needs one event type. Loaded only when the
 * person taps "Add to calendar". Tests parse the output with ical.js, a real iCalendar parser.
 */
import type { AppointmentRow } from './model';

/** How long an appointment is assumed to last: Onward does not ask for an end time. */
export const appointmentMinutes = 60;

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded (§3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** UTC date-time form (§3.3.5, form #2): 20261118T143000Z. */
export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Words the file needs, already translated: the description's labels and the reminder. */
export interface IcsWords {
  phone: string;
  reminder: string;
}

/** One calendar holding the given appointments (one or all). */
export function appointmentsToIcs(appointments: readonly AppointmentRow[], now: Date, words: IcsWords): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Onward//My plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const a of appointments) {
    const description = [a.phone && `${words.phone}: ${a.phone}`, a.notes].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      // Ids are checked (model.ts), but the UID is a TEXT-like value from storage: escaped too.
      `UID:${escapeText(a.id)}@onward.invalid`,
      `DTSTAMP:${utcStamp(now.getTime())}`,
      `DTSTART:${utcStamp(a.startsAt)}`,
      `DTEND:${utcStamp(a.startsAt + appointmentMinutes * 60_000)}`,
      `SUMMARY:${escapeText(a.title)}`,
      ...(a.place ? [`LOCATION:${escapeText(a.place)}`] : []),
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      // A reminder an hour before: missed appointments are what the plan is there to prevent.
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT1H',
      `DESCRIPTION:${escapeText(words.reminder)}`,
      'END:VALARM',
      'END:VEVENT'
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
