/**
 * Right-to-left pages (Arabic) mix in left-to-right text. The conventions, used everywhere:
 * - Numbers and codes a person dials or types (phone numbers, web and e-mail addresses) go in
 *   `<bdi dir="ltr">`, and a box for one (phone, PIN) has `dir="ltr"`: inside Arabic text
 *   "0300 123 6600" would otherwise show as "6600 123 0300".
 * - An element that holds text that is not ours (directory data, what the person typed) has
 *   `dir="auto"`: it takes the direction of its own first letter, so an English description
 *   reads left to right with its full stop at the end.
 * - Such text inside a translated sentence goes in a `<bdi>` of its own, using `aroundValue`.
 */

/** Stands in for the value when the sentence is translated: a private-use character no translation contains. */
export const valueSlot = '\uE000';

/** The words before and after the value in a sentence translated with `valueSlot`. */
export function aroundValue(sentence: string): [before: string, after: string] {
  const at = sentence.indexOf(valueSlot);
  return at < 0 ? [sentence, ''] : [sentence.slice(0, at), sentence.slice(at + valueSlot.length)];
}
