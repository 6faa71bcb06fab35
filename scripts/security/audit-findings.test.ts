import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advisoriesIn, AuditUnavailable, readIgnoreList, triage, type IgnoreEntry } from './audit-findings';

// The shape `npm audit --json` prints (auditReportVersion 2), cut down to two packages.
const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    'deep-lib': {
      name: 'deep-lib',
      severity: 'high',
      via: [
        { source: 1101, name: 'deep-lib', dependency: 'deep-lib', title: 'Prototype pollution', url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', severity: 'high', range: '<2.0.1' },
        { source: 1102, name: 'deep-lib', dependency: 'deep-lib', title: 'Slow regex', url: 'https://github.com/advisories/GHSA-dddd-eeee-ffff', severity: 'moderate', range: '<2.0.0' }
      ],
      effects: ['tool'],
      range: '<2.0.1',
      nodes: ['node_modules/deep-lib'],
      fixAvailable: true
    },
    tool: { name: 'tool', severity: 'high', via: ['deep-lib'], effects: [], range: '1.x', nodes: ['node_modules/tool'], fixAvailable: true },
    'build-only': {
      name: 'build-only',
      severity: 'critical',
      via: [{ source: 1103, name: 'build-only', dependency: 'build-only', title: 'Command injection', url: 'https://github.com/advisories/GHSA-gggg-hhhh-jjjj', severity: 'critical', range: '*' }],
      effects: [],
      range: '*',
      nodes: ['node_modules/build-only'],
      fixAvailable: false
    }
  },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 2, critical: 1, total: 4 } }
};
const reviewed: IgnoreEntry = {
  advisory: 'https://github.com/advisories/GHSA-gggg-hhhh-jjjj',
  package: 'build-only',
  reason: 'Runs only at build time on our own files; never given untrusted input.',
  reviewed: '2026-11-20'
};

describe('advisoriesIn', () => {
  it('lists each advisory once, from the package it is against', () => {
    expect(advisoriesIn(report).map((a) => `${a.package} ${a.id} ${a.severity}`)).toEqual(['deep-lib 1101 high', 'deep-lib 1102 moderate', 'build-only 1103 critical']);
  });

  it('refuses to read an error as a clean report: no registry, no pass', () => {
    const blocked = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } };
    expect(() => advisoriesIn(blocked)).toThrow(AuditUnavailable);
    expect(() => advisoriesIn(blocked)).toThrow(/405/);
    expect(() => advisoriesIn({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org' } })).toThrow(/ENOTFOUND/);
    expect(() => advisoriesIn({})).toThrow(AuditUnavailable);
  });
});

describe('triage', () => {
  it('fails on high and critical advisories nobody has explained, not on moderate ones', () => {
    const { failing, ignored } = triage(advisoriesIn(report), []);
    expect(failing.map((a) => a.id)).toEqual([1101, 1103]);
    expect(ignored).toEqual([]);
  });

  it('lets a reviewed entry explain one advisory of one package, by address or by id', () => {
    const byId = { ...reviewed, advisory: '1101', package: 'deep-lib' };
    const { failing, ignored } = triage(advisoriesIn(report), [reviewed, byId]);
    expect(failing).toEqual([]);
    expect(ignored.map(({ entry }) => entry.package)).toEqual(['deep-lib', 'build-only']);
  });

  it('does not let an entry for another package hide an advisory, and names stale entries', () => {
    const wrongPackage = { ...reviewed, package: 'other' };
    const { failing, stale } = triage(advisoriesIn(report), [wrongPackage]);
    expect(failing.map((a) => a.id)).toContain(1103);
    expect(stale).toEqual([wrongPackage]);
  });
});

describe('readIgnoreList', () => {
  it("reads the project's own audit-ignore.json", () => {
    const file = JSON.parse(readFileSync(new URL('../../audit-ignore.json', import.meta.url), 'utf8'));
    expect(() => readIgnoreList(file)).not.toThrow();
  });

  it('takes complete entries', () => {
    expect(readIgnoreList({ ignore: [reviewed] }, new Date('2026-11-23'))).toEqual([reviewed]);
  });

  it.each([
    [{ ...reviewed, reason: 'fine' }, /reason/],
    [{ ...reviewed, reviewed: '2099-01-01' }, /reviewed/],
    [{ ...reviewed, advisory: 'GHSA-gggg' }, /advisory/],
    [{ ...reviewed, package: '' }, /package/]
  ])('refuses an entry without a real reason, date, advisory or package', (entry, message) => {
    expect(() => readIgnoreList({ ignore: [entry] }, new Date('2026-11-23'))).toThrow(message);
  });
});
