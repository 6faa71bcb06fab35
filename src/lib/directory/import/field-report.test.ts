import { describe, expect, it } from 'vitest';
import { fieldReport, formatFieldReport, groupable, overLimit } from './field-report';
import { importHsdsJson } from './hsds-json';

const feed = (count: number, extra: (i: number) => Record<string, unknown>) =>
  Array.from({ length: count }, (_, i) => ({ id: `s${i}`, name: `Example ${i}`, status: 'active', ...extra(i) }));

function reportFor(records: unknown) {
  const { ledger, issues } = importHsdsJson(records, { file: 'feed.json' });
  return fieldReport(ledger, issues);
}

describe('fieldReport', () => {
  it('counts each field in and kept, and groups the reasons for losses with their ids', () => {
    const report = reportFor(feed(10, (i) => ({ phones: [{ number: i < 2 ? 'not a number' : `01632 96000${i}` }] })));
    const phone = report.fields.find((line) => line.field === 'phone');
    expect(phone).toMatchObject({ in: 10, kept: 8, dropped: 2, overLimit: true });
    expect(phone?.reasons).toEqual([{ reason: 'phone dropped: "…" is not a phone number', count: 2, ids: ['s0', 's1'] }]);
    expect(overLimit(report)).toEqual(['phone (2 of 10 lost)']);
    expect(formatFieldReport(report)).toContainEqual(
      '  phone         10 in, 8 kept, 2 dropped (over 10 %: error): "phone dropped: "…" is not a phone number" ×2 (ids s0, s1)'
    );
  });

  it('allows 10 % lost, and more is an error', () => {
    const url = (bad: number) => (i: number) => ({ url: i < bad ? 'javascript:alert(1)' : 'https://example.org' });
    expect(overLimit(reportFor(feed(10, url(1))))).toEqual([]);
    expect(overLimit(reportFor(feed(10, url(2))))).toEqual(['website (2 of 10 lost)']);
  });

  it('a field kept where Onward does not look is "not read", never silent', () => {
    const report = reportFor(feed(1, () => ({ details: { helpline: { telephone: '0800 000 0000' } } })));
    expect(report.fields.find((line) => line.field === 'phone')).toMatchObject({
      in: 1,
      kept: 0,
      reasons: [{ reason: 'not read: the feed holds it where Onward does not look', count: 1, ids: ['s0'] }]
    });
  });

  it('inactive services are left out on purpose, not lost', () => {
    const report = reportFor(feed(4, (i) => ({ status: i === 0 ? 'inactive' : 'active' })));
    expect(report.fields[0]).toMatchObject({ field: 'service', in: 4, kept: 3, leftOut: 1, dropped: 0, overLimit: false });
  });
});

describe('groupable', () => {
  it('takes the particular values out of a problem, so the same kind of loss groups', () => {
    expect(groupable('coordinates dropped, so the place is not on the map: latitude 100 is outside -90 to 90')).toBe(
      'coordinates dropped, so the place is not on the map: latitude … is outside -90 to 90'
    );
    expect(groupable('phone dropped: "12" has 2 digits (a phone number has 3 to 15)')).toBe('phone dropped: "…" has … digits (a phone number has 3 to 15)');
  });
});
