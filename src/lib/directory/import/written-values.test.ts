import { describe, expect, it } from 'vitest';
import { checkPhone, checkWebUrl } from '../../safe-values';
import { tidyPhone, tidyWebAddress, twelveHourTime } from './written-values';

describe('tidyWebAddress: websites as people type them', () => {
  it.each([
    ['www.example.org', 'https://www.example.org'],
    ['example.org/help?x=1', 'https://example.org/help?x=1'],
    ['www.example.org.', 'https://www.example.org'],
    ['(www.example.org),', 'https://www.example.org'],
    ['<https://example.org/a>', 'https://example.org/a'],
    ['http://example.org/', 'http://example.org/'],
    ['https://en.example.org/wiki/A_(b)', 'https://en.example.org/wiki/A_(b)'],
    ['//example.org', 'https://example.org']
  ])('%s → %s', (raw, expected) => {
    expect(tidyWebAddress(raw)).toBe(expected);
    expect(checkWebUrl(tidyWebAddress(raw)).ok).toBe(true);
  });

  it('leaves other schemes and non-addresses for the door to refuse', () => {
    expect(checkWebUrl(tidyWebAddress('javascript:alert(1)')).ok).toBe(false);
    expect(checkWebUrl(tidyWebAddress('see our leaflet')).ok).toBe(false);
    expect(checkWebUrl(tidyWebAddress('data:text/html,hi')).ok).toBe(false);
  });
});

describe('tidyPhone: numbers as people type them', () => {
  it.each([
    ['01234 567890 ext 12', { number: '01234 567890', extension: '12' }],
    ['01234 567890 x 3', { number: '01234 567890', extension: '3' }],
    ['0800 123 4567 (freephone)', { number: '0800 123 4567', note: 'freephone' }],
    ['020 7089 5050.', { number: '020 7089 5050' }],
    ['Tel: 020 7946 0000', { number: '020 7946 0000' }],
    ['Freephone 0808 157 0000', { number: '0808 157 0000', note: 'freephone' }],
    ['020 7946 0000 - text only', { number: '020 7946 0000', note: 'text only' }],
    ['+44 (0)20 7946 0000', { number: '+44 (0)20 7946 0000' }]
  ])('%s', (raw, expected) => {
    const phone = tidyPhone(raw);
    expect(phone).toEqual(expected);
    expect(checkPhone(phone.number).ok).toBe(true);
  });

  it('leaves what is not a number for the door to refuse', () => {
    expect(checkPhone(tidyPhone('ask at reception').number).ok).toBe(false);
    expect(checkPhone(tidyPhone('javascript:alert(1)').number).ok).toBe(false);
  });
});

describe('twelveHourTime', () => {
  it.each([
    ['9:00am', '09:00'],
    ['5:00 PM', '17:00'],
    ['3pm', '15:00'],
    ['12am', '00:00'],
    ['12 noon', undefined],
    ['noon', '12:00'],
    ['9.30 a.m.', '09:30']
  ])('%s', (raw, expected) => {
    const time = twelveHourTime(raw);
    expect(time?.ok ? time.value : undefined).toBe(expected);
  });

  it('refuses impossible 12-hour times, and leaves 24-hour ones to the schedule code', () => {
    expect(twelveHourTime('13pm')?.ok).toBe(false);
    expect(twelveHourTime('17:00')).toBeUndefined();
  });
});
