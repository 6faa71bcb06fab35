/**
 * Values as people type them into directory systems, tidied into the shape the one door
 * (`safe-values.ts`) checks: "www.example.org" → "https://www.example.org", "9:00am" → "09:00",
 * "01234 567890 ext 12" → number and extension. Tidying never loosens the door: the result still
 * goes through `checkWebUrl`, `checkPhone` and the schedule rules, which refuse what they always
 * refused.
 */
import type { Checked } from '../../safe-values';

/** Punctuation people leave at the end of a pasted value ("see www.x.org.", "020 7089 5050."). */
const trailing = /[\s.,;:!?)\]}'"’”]+$/;

/**
 * A website as written: a bare host ("www.example.org", "example.org/help") gets `https://`,
 * the way a browser's address bar reads it; surrounding quotes, angle brackets and trailing
 * punctuation go. Anything with a scheme is left for the door to judge (so `javascript:` is
 * still refused there).
 */
export function tidyWebAddress(raw: string): string {
  let text = raw.trim().replace(/^[<("'“]+/, '').replace(/[>"'”]+$/, '');
  // A closing bracket is part of the address only when it closes one opened inside it.
  while (trailing.test(text) && !/\([^)]*\)$/.test(text)) text = text.replace(/[\s.,;:!?)\]}'"’”]$/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return text;
  if (text.startsWith('//')) return `https:${text}`;
  // A host name: letters, digits and dashes with at least one dot, then an optional path.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#].*)?$/i.test(text)) return `https://${text}`;
  return text;
}

export interface WrittenPhone {
  number: string;
  extension?: string;
  /** Words written beside the number ("freephone", "text only"), kept as the phone's description. */
  note?: string;
}

/**
 * A phone number as written: "01234 567890 ext 12", "0800 123 4567 (freephone)",
 * "020 7089 5050.", "Tel: 020 7946 0000", "+44 (0)20 7946 0000 x3". The number keeps its own
 * characters; only the words and punctuation around it are taken off.
 */
export function tidyPhone(raw: string): WrittenPhone {
  let text = raw.trim().replace(/\s+/g, ' ');
  const notes: string[] = [];
  text = text.replace(/^(?:tel(?:ephone)?|phone|call|mobile|mob|freephone)\s*[:.]?\s*(?=[+(\d])/i, (word) => {
    if (/freephone/i.test(word)) notes.push('freephone');
    return '';
  });
  let extension: string | undefined;
  text = text.replace(/\s*[,;]?\s*(?:ext(?:ension)?\.?|x|#)\s*:?\s*(\d{1,6})\b\.?/i, (_, digits: string) => {
    extension = digits;
    return ' ';
  });
  // Words in brackets, or after a dash or comma, that are not part of the number.
  text = text.replace(/\s*\(([^()\d]*[a-z][^()\d]*)\)/gi, (_, words: string) => {
    notes.push(words.trim());
    return ' ';
  });
  text = text.replace(/\s+[-–—,;:]\s+([a-z][^\d]*)$/i, (_, words: string) => {
    notes.push(words.trim());
    return '';
  });
  // "020.7946.0000": dots between digit groups are spaces.
  text = text.replace(/[\s.,;:]+$/, '').replace(/(\d)\.(?=\d)/g, '$1 ').trim();
  const phone: WrittenPhone = { number: text };
  if (extension !== undefined) phone.extension = extension;
  if (notes.length > 0) phone.note = notes.filter(Boolean).join('; ');
  return phone;
}

const namedTimes: Record<string, string> = { noon: '12:00', midday: '12:00', 'mid-day': '12:00', midnight: '00:00' };

/**
 * A 12-hour clock time as written ("9:00am", "5:00 PM", "3pm", "9.30 a.m.", "noon") as `HH:MM`;
 * `undefined` when the text is not one (24-hour forms are read by the schedule code itself).
 */
export function twelveHourTime(raw: string): Checked<string> | undefined {
  const text = raw.trim().toLowerCase();
  const named = namedTimes[text.replace(/[\s.]+$/, '')];
  if (named) return { ok: true, value: named };
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])\.?\s*m\.?$/.exec(text);
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (hour < 1 || hour > 12 || minutes > 59) return { ok: false, problem: `"${raw.trim()}" is not a time of day` };
  const hours24 = (hour % 12) + (match[3] === 'p' ? 12 : 0);
  return { ok: true, value: `${String(hours24).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}
