/**
 * The one door for untrusted directory values (STYLE habit 10): every URL, phone number,
 * e-mail, coordinate and date from a feed passes through one of these before it is stored.
 * Each returns the cleaned value, or a `problem` in plain words for the import/check report.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * The one allow-list of link schemes (issue #7): every href built from directory data or the
 * address passes through `safeHref`, and the import checks below use it too. A literal prefix
 * test is enough: a string that starts with one of these and a colon is parsed by the browser with
 * that scheme, and anything before it (spaces, control characters, `java\tscript:`) fails the test.
 */
const allowedScheme = /^(?:https?|tel|mailto|sms|geo):/i;

/**
 * An href for a link made from untrusted text: the href itself when its scheme is on the
 * allow-list (http, https, tel, mailto, sms, geo), else undefined (Svelte then leaves `href` out).
 */
export function safeHref(href: string): string | undefined {
  return allowedScheme.test(href) ? href : undefined;
}

/** A `tel:` link for a number (checked with checkPhone first), through the allow-list. */
export const telHref = (number: string) => safeHref(`tel:${dialable(number)}`);

/** An `sms:` link for a number (checked with checkPhone first), through the allow-list. */
export const smsHref = (number: string) => safeHref(`sms:${dialable(number)}`);

/** A service website: http(s) only (a part of the allow-list), because it is shown as "Website". */
export function checkWebUrl(raw: string): Checked<string> {
  return checkUrl(raw, /^https?:/);
}

/** Any link field: a scheme on the allow-list only. `javascript:`, `data:` and the rest are refused. */
export function checkLink(raw: string): Checked<string> {
  return checkUrl(raw, allowedScheme);
}

/** A full URL whose scheme is on `schemes`: the allow-list, or a narrower part of it for some fields. */
function checkUrl(raw: string, schemes: RegExp): Checked<string> {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: `"${clip(text)}" is not a full web address` };
  }
  if (!schemes.test(url.href)) {
    return { ok: false, problem: `"${url.protocol}" links are not allowed here` };
  }
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname.includes('.')) {
    return { ok: false, problem: `"${clip(text)}" has no proper host name` };
  }
  // `https://www.nhs.uk@evil.example/` reads as the NHS but goes to evil.example.
  if (url.username || url.password) {
    return { ok: false, problem: `"${clip(text)}" hides its real address behind a user name` };
  }
  return { ok: true, value: url.href };
}

/**
 * A phone number as people dial it: digits with optional leading +, spaces, brackets and dashes.
 * Feeds sometimes wrap numbers in quotes (the HSDS examples send `"+44 1234 234567"` with the
 * quotes), so surrounding quotes are dropped. 3 to 15 digits, per ITU-T E.164 (999 and 111 are
 * 3 digits).
 */
export function checkPhone(raw: string): Checked<string> {
  const text = raw.trim().replace(/^["'“”]+|["'“”]+$/g, '').trim();
  // A leading bracket is how UK numbers are often written: "(01234) 567890".
  if (!/^(\+?[0-9]|\(\+?[0-9])[0-9 ()-]*$/.test(text)) {
    return { ok: false, problem: `"${clip(raw)}" is not a phone number` };
  }
  const digits = text.replace(/\D/g, '').length;
  if (digits < 3 || digits > 15) {
    return { ok: false, problem: `"${clip(raw)}" has ${digits} digits (a phone number has 3 to 15)` };
  }
  return { ok: true, value: text.replace(/\s+/g, ' ') };
}

/** The number to put in a `tel:` link: digits and a leading +. */
export function dialable(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

export function checkEmail(raw: string): Checked<string> {
  const text = raw.trim();
  return /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(text)
    ? { ok: true, value: text }
    : { ok: false, problem: `"${clip(text)}" is not an e-mail address` };
}

/** WGS84 latitude/longitude pair; both must be present and in range. */
export function checkCoordinates(latitude: unknown, longitude: unknown): Checked<{ latitude: number; longitude: number }> {
  const lat = toNumber(latitude);
  const lon = toNumber(longitude);
  if (lat === undefined || lon === undefined) return { ok: false, problem: 'latitude and longitude must both be numbers' };
  if (lat < -90 || lat > 90) return { ok: false, problem: `latitude ${lat} is outside -90 to 90` };
  if (lon < -180 || lon > 180) return { ok: false, problem: `longitude ${lon} is outside -180 to 180` };
  return { ok: true, value: { latitude: lat, longitude: lon } };
}

/** An ISO calendar date (`2026-11-01`); date-times are cut to their date. */
export function checkDate(raw: string): Checked<string> {
  const text = raw.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (!match) return { ok: false, problem: `"${clip(text)}" is not a date (YYYY-MM-DD)` };
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${match[1]}-${match[2]}-${match[3]}`) {
    return { ok: false, problem: `"${clip(text)}" is not a real date` };
  }
  return { ok: true, value: `${match[1]}-${match[2]}-${match[3]}` };
}

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
