import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, patternMatches } from './headers-file';

const file = `# a comment
/*
  X-One: 1
  Content-Security-Policy: default-src 'self'

/sw.js
  Cache-Control: no-cache
/:lang/plan/
  X-Plan: yes
/_app/immutable/*
  Cache-Control: immutable
  X-One: 2
`;

describe('parseHeadersFile', () => {
  it('reads rules, with header values that contain colons and quotes', () => {
    const rules = parseHeadersFile(file);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/sw.js', '/:lang/plan/', '/_app/immutable/*']);
    expect(rules[0]?.headers).toEqual([
      ['X-One', '1'],
      ['Content-Security-Policy', "default-src 'self'"]
    ]);
  });

  it('refuses a header line with no pattern above it', () => {
    expect(() => parseHeadersFile('  X-One: 1\n')).toThrow(/line 1/);
  });
});

describe('patternMatches', () => {
  it.each([
    ['/*', '/', true],
    ['/*', '/en/plan/', true],
    ['/sw.js', '/sw.js', true],
    ['/sw.js', '/sw.jsx', false],
    ['/sw.js', '/en/sw.js', false],
    ['/:lang/plan/', '/fr/plan/', true],
    ['/:lang/plan/', '/fr/x/plan/', false],
    ['/_app/immutable/*', '/_app/immutable/chunks/a.js', true],
    ['/_app/immutable/*', '/_app/version.json', false],
    ['https://onward.example/*', '/en/', true]
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected);
  });
});

describe('headersFor', () => {
  it('applies every matching rule and joins a header set twice, as the hosts do', () => {
    const rules = parseHeadersFile(file);
    const headers = headersFor(rules, '/_app/immutable/x.js');
    expect(headers.get('x-one')).toBe('1, 2');
    expect(headers.get('cache-control')).toBe('immutable');
    expect(headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(headersFor(rules, '/en/plan/').get('x-plan')).toBe('yes');
    expect(headersFor(rules, '/en/').has('cache-control')).toBe(false);
  });
});
