/**
 * Small guards for reading a feed's parsed JSON (or CSV cells) as `unknown`, and the issue
 * reporter every normaliser writes to. Nothing here trusts a value's type: feeds send numbers as
 * strings, strings as numbers, `null` for "none" and `""` for "none".
 */
import type { DataIssue } from '../model';

export type RawRecord = Record<string, unknown>;

/** Records a problem at a dotted field path of the record being read. */
export type Report = (level: DataIssue['level'], field: string, problem: string) => void;

/** Schema limits (`data/schema/dataset.schema.json` `short` and `text`). */
export const shortMax = 300;
export const textMax = 5000;

/** A reporter that appends to `issues`, naming `file` and the record `id` in each. */
export function reporter(issues: DataIssue[], file: string, id: string): Report {
  return (level, field, problem) => issues.push({ level, file, id, field, problem });
}

export function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The records in a list field; anything else in the list (or a non-list) gives nothing. */
export function recordsIn(value: unknown): RawRecord[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** `parent.key`, or `key` at the top. */
export function at(parent: string, key: string | number): string {
  return parent ? `${parent}.${key}` : String(key);
}

/**
 * A string or number as trimmed text; empty, `null` and anything else give `undefined`. A lone
 * UTF-16 surrogate (JSON may hold "\ud800") becomes U+FFFD: in an id, a name or an address it
 * would make the page's encodeURIComponent throw, and one such record broke a whole results list.
 */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.toWellFormed().trim();
  return text === '' ? undefined : text;
}

/**
 * A text field as plain text (the UI renders it as text, never HTML), trimmed; clipped with a
 * warning when longer than the schema allows, so one long field does not cost the whole record.
 */
export function readText(raw: RawRecord, key: string, path: string, report: Report, max = textMax): string | undefined {
  const text = textOf(raw[key]);
  return clipped(text === undefined ? undefined : plainText(text) || undefined, at(path, key), report, max);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', pound: '£', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘' };

/**
 * Feeds often send descriptions as HTML (`<p>Drop in &amp; chat</p>`). Shown as text, the tags
 * would appear on screen, so they become line breaks or nothing and entities become characters.
 * This is not a sanitiser: the result is still only ever rendered as text.
 */
export function plainText(text: string): string {
  if (!/[<&]/.test(text)) return text;
  return text
    .replace(/<\s*(br|\/p|\/li|\/h\d|\/div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // Surrogate numbers (&#xD800;) are not characters: decoded, they would leave a broken string.
      return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

/** A name-like field: whitespace collapsed to single spaces, at most 300 characters. */
export function readShort(raw: RawRecord, key: string, path: string, report: Report): string | undefined {
  return clipped(textOf(raw[key])?.replace(/\s+/g, ' '), at(path, key), report, shortMax);
}

/** Clips `text` to `max` characters (ending in "…") with a warning at `field`. */
export function clipped(text: string | undefined, field: string, report: Report, max: number): string | undefined {
  if (text === undefined || text.length <= max) return text;
  report('warning', field, `${text.length} characters, cut to ${max}`);
  // Never between the two halves of an emoji (a surrogate pair): half of one is a broken string.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** `true`, `"true"`, `"yes"`, `"1"`, `1` (CSV cells and loose JSON). */
export function isYes(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === 'string' && ['true', 'yes', 'y', '1'].includes(value.trim().toLowerCase());
}

/** `false`, `"false"`, `"no"`, `"0"`, `0`: an explicit "no", as opposed to absent. */
export function isNo(value: unknown): boolean {
  if (value === false || value === 0) return true;
  return typeof value === 'string' && ['false', 'no', 'n', '0'].includes(value.trim().toLowerCase());
}

/** Keeps the first of each value by `key`, in order. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
