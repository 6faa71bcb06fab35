import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('decodeText', () => {
  it('reads Windows-1252 "Café" and "£5" as those characters, never U+FFFD', () => {
    // "Café,£5" in Windows-1252: é is 0xE9, £ is 0xA3.
    const decoded = decodeText(bytes(...ascii('Caf'), 0xe9, 0x2c, 0xa3, 0x35));
    expect(decoded).toEqual({ text: 'Café,£5', encoding: 'windows-1252' });
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('reads Windows-1252 curly quotes and the euro sign (0x80-0x9F, where Latin-1 has control codes)', () => {
    expect(decodeText(bytes(0x93, ...ascii('Hi'), 0x94, 0x20, 0x80)).text).toBe('“Hi” €');
  });

  it('reads UTF-8, with its byte-order mark dropped', () => {
    const utf8 = new TextEncoder().encode('\uFEFFCafé £5');
    expect(decodeText(utf8)).toEqual({ text: 'Café £5', encoding: 'utf-8' });
  });

  it('reads UTF-16 files by their byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00))).toEqual({ text: 'Aé', encoding: 'utf-16le' });
  });
});
