import { describe, expect, it } from 'vitest';
import { checkCoordinates, checkDate, checkEmail, checkLink, checkPhone, checkWebUrl, dialable, safeHref, smsHref, telHref } from './safe-values';

const ok = <T>(result: { ok: boolean; value?: T }) => (result.ok ? result.value : undefined);

describe('links', () => {
  it('accepts web, phone and mail links', () => {
    expect(ok(checkWebUrl('https://example.org/help'))).toBe('https://example.org/help');
    expect(ok(checkLink('tel:+442079460000'))).toBe('tel:+442079460000');
    expect(ok(checkLink('mailto:help@example.org'))).toBe('mailto:help@example.org');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    'ftp://example.org/',
    'https://www.nhs.uk@evil.example/login',
    'https://localhost/',
    'example.org',
    ''
  ])('refuses %j', (raw) => {
    expect(checkLink(raw).ok).toBe(false);
  });

  it('keeps a website field to http(s): a tel: link is not a website', () => {
    expect(checkWebUrl('tel:999').ok).toBe(false);
    expect(checkWebUrl('geo:51.5,-0.1').ok).toBe(false);
  });
});

describe('the one allow-list for hrefs', () => {
  it.each(['https://example.org/', 'http://example.org/', 'tel:999', 'mailto:a@example.org', 'sms:07700900000', 'geo:51.5,-0.1', 'HTTPS://EXAMPLE.ORG/'])(
    'lets %j through unchanged',
    (href) => {
      expect(safeHref(href)).toBe(href);
      expect(checkLink(href).ok).toBe(true);
    }
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'blob:https://example.org/1',
    'file:///etc/passwd',
    '//evil.example/',
    '/en/',
    ''
  ])('refuses %j', (href) => {
    expect(safeHref(href)).toBeUndefined();
    expect(checkLink(href).ok).toBe(false);
  });

  it('builds call and text links from what is left of a number after dialable()', () => {
    expect(telHref('020 7946 0000')).toBe('tel:02079460000');
    expect(smsHref('+44 7700 900309')).toBe('sms:+447700900309');
    expect(telHref('javascript:alert(1)')).toBe('tel:1');
  });
});

describe('phones', () => {
  it('cleans numbers as people dial them, including quoted ones from feeds', () => {
    expect(ok(checkPhone('"+44 1234 234567"'))).toBe('+44 1234 234567');
    expect(ok(checkPhone(' 020  7946 0000 '))).toBe('020 7946 0000');
    expect(ok(checkPhone('999'))).toBe('999');
    expect(dialable('(020) 7946-0000')).toBe('02079460000');
  });

  it.each(['call us', '12', '0123456789012345678', 'tel:999', '+'])('refuses %j', (raw) => {
    expect(checkPhone(raw).ok).toBe(false);
  });
});

describe('other values', () => {
  it('checks e-mail addresses', () => {
    expect(checkEmail('help@example.org').ok).toBe(true);
    expect(checkEmail('not an email').ok).toBe(false);
  });

  it('checks coordinates as a pair, in range', () => {
    expect(ok(checkCoordinates('51.9', -0.19))).toEqual({ latitude: 51.9, longitude: -0.19 });
    expect(checkCoordinates(100, 101)).toEqual({ ok: false, problem: 'latitude 100 is outside -90 to 90' });
    expect(checkCoordinates(51.9, undefined).ok).toBe(false);
    expect(checkCoordinates(51.9, 'NaN').ok).toBe(false);
  });

  it('checks dates and cuts date-times to the date', () => {
    expect(ok(checkDate('2026-11-22T10:30:45Z'))).toBe('2026-11-22');
    expect(checkDate('2026-02-30').ok).toBe(false);
    expect(checkDate('22/11/2026').ok).toBe(false);
  });
});
