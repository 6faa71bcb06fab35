/**
 * The text of a CSV file, whatever it was saved as. Spreadsheets on Windows save "CSV" in
 * Windows-1252 (Excel's "CSV (Comma delimited)"), older systems in Latin-1, newer ones in UTF-8
 * with or without a byte-order mark, and Excel's "Unicode text" in UTF-16. Read as UTF-8, a
 * Windows-1252 "Café" or "£5" becomes "Caf\uFFFD" and "\uFFFD5", and those replacement characters
 * would be shipped to people's phones.
 *
 * So: a UTF-16 byte-order mark means UTF-16; else bytes that are valid UTF-8 are UTF-8 (a real
 * Windows-1252 text with accents or £ is almost never also valid UTF-8: its high bytes stand
 * alone, where UTF-8 needs them in lead/continuation runs); else Windows-1252. The WHATWG
 * Encoding standard reads every "latin1"/"iso-8859-1" label as windows-1252 too: it is a superset
 * for every printable character, so one decoder serves both. No guessing library is needed.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Decodes `bytes` as described above; the byte-order mark, if any, is not part of the text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    // `fatal` makes any byte sequence that is not UTF-8 throw instead of becoming U+FFFD.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Bytes 0x80-0x9F of Windows-1252 (€, ‚, curly quotes, dashes, …; five are unassigned and stay
 * as they are). Node 20's `TextDecoder('windows-1252')` decodes these as Latin-1 control codes
 * (checked on Node 20.20: byte 0x93 gives U+0093, not “), so the table is here, from the
 * WHATWG index-windows-1252.
 */
const high = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
