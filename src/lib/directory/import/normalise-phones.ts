/** Phone numbers from a feed's `phones` lists, each checked through the one door (`checkPhone`). */
import type { Phone } from '../model';
import { checkPhone } from '../safe-values';
import { at, isRecord, readShort, readText, textOf, uniqueBy, type RawRecord, type Report } from './feed-values';

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
    const field = at(at(path, i), 'number');
    const text = textOf(raw.number);
    if (text === undefined) {
      report('warning', field, 'phone has no number; ignored');
      return;
    }
    const checked = checkPhone(text);
    if (!checked.ok) return report('error', field, `phone dropped: ${checked.problem}`);
    if (checked.value.length > numberMax) return report('error', field, `phone dropped: longer than ${numberMax} characters`);
    const phone: Phone = { number: checked.value };
    const extension = textOf(raw.extension);
    if (extension !== undefined) phone.extension = extension;
    const type = readShort(raw, 'type', at(path, i), report);
    if (type !== undefined) phone.type = type;
    const description = readText(raw, 'description', at(path, i), report);
    if (description !== undefined) phone.description = description;
    phones.push(phone);
  });
  return uniqueBy(phones, phoneKey);
}

/** The same number and extension is the same phone, whatever its description. */
export function phoneKey(phone: Phone): string {
  return `${phone.number.replace(/[^\d+]/g, '')}#${phone.extension ?? ''}`;
}
