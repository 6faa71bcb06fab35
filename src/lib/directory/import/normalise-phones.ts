/** Phone numbers from a feed's `phones` lists, each checked through the one door (`checkPhone`). */
import type { Phone } from '../model';
import { checkPhone } from '../../safe-values';
import { at, isRecord, readShort, readText, recordsIn, textOf, uniqueBy, type RawRecord, type Report } from './feed-values';
import { tidyPhone } from './written-values';

/** Schema limit for `phone.number`. */
const numberMax = 40;

/**
 * The usable phones in a `phones` list. A bad number drops that phone (error); the rest stay.
 * A bare string in the list is read as a number (some feeds send `phones: ["0123 …"]`).
 */
export function phonesOf(list: unknown, path: string, report: Report): Phone[] {
  if (!Array.isArray(list)) return [];
  const phones: Phone[] = [];
  (list as unknown[]).forEach((item, i) => {
    const raw: RawRecord = isRecord(item) ? item : { number: item };
    const key = ['number', 'phone', 'telephone', 'phone_number'].find((k) => textOf(raw[k]) !== undefined) ?? 'number';
    const field = at(at(path, i), key);
    const text = textOf(raw[key]);
    if (text === undefined) {
      report('warning', field, 'phone has no number; ignored');
      return;
    }
    const phone = phoneOf(text, field, report);
    if (!phone) return;
    const extension = textOf(raw.extension);
    if (extension !== undefined) phone.extension = extension;
    const type = readShort(raw, textOf(raw.type) !== undefined ? 'type' : 'number_type', at(path, i), report);
    if (type !== undefined) phone.type = type;
    const description = readText(raw, 'description', at(path, i), report);
    if (description !== undefined) phone.description = phone.description ? `${description} (${phone.description})` : description;
    phones.push(phone);
  });
  return uniqueBy(phones, phoneKey);
}

/**
 * One number as a feed writes it ("0800 123 4567 (freephone)", "01234 567890 ext 12",
 * "020 7089 5050."), tidied and then checked through the door; `undefined` with an error when
 * it is still not a phone number.
 */
export function phoneOf(text: string, field: string, report: Report): Phone | undefined {
  const written = tidyPhone(text);
  const checked = checkPhone(written.number);
  if (!checked.ok) {
    report('error', field, `phone dropped: ${checked.problem}`);
    return undefined;
  }
  if (checked.value.length > numberMax) {
    report('error', field, `phone dropped: longer than ${numberMax} characters`);
    return undefined;
  }
  const phone: Phone = { number: checked.value };
  if (written.extension !== undefined) phone.extension = written.extension;
  if (written.note !== undefined) phone.description = written.note;
  return phone;
}

/**
 * A record's own phones: its `phones` list, and the single `phone` (or `telephone`, `mobile`)
 * many council APIs put on a contact, a service, a place or an organisation.
 */
export function ownPhonesOf(record: RawRecord, path: string, report: Report): Phone[] {
  const single = ['phone', 'telephone', 'phone_number', 'mobile']
    .map((key) => ({ key, text: textOf(record[key]) }))
    .filter((entry): entry is { key: string; text: string } => entry.text !== undefined)
    .map(({ key, text }) => phoneOf(text, at(path, key), report))
    .filter((phone) => phone !== undefined);
  return uniqueBy([...phonesOf(record.phones, at(path, 'phones'), report), ...single], phoneKey);
}

/** The phones on a record's `contacts`: ORUK 1 `contacts[].phones[]`, and `contacts[].phone`. */
export function contactPhonesOf(contacts: unknown, path: string, report: Report): Phone[] {
  return uniqueBy(
    recordsIn(contacts).flatMap((contact, i) => ownPhonesOf(contact, at(path, i), report)),
    phoneKey
  );
}

/** The same number and extension is the same phone, whatever its description. */
export function phoneKey(phone: Phone): string {
  return `${phone.number.replace(/[^\d+]/g, '')}#${phone.extension ?? ''}`;
}
