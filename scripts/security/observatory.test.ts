import { describe, expect, it } from 'vitest';
import { observatoryScore, scoreCsp, scoreHsts, scoreReferrerPolicy } from './observatory';

const good = new Map([
  ['content-security-policy', "default-src 'self'; script-src 'self' 'sha256-a='; object-src 'none'; frame-ancestors 'none'"],
  ['strict-transport-security', 'max-age=63072000; includeSubDomains'],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer']
]);

describe('scoreCsp', () => {
  it.each([
    [undefined, 'csp-not-implemented', -25],
    ["default-src 'self'; script-src 'self' 'unsafe-inline'", 'csp-implemented-with-unsafe-inline', -20],
    ["default-src 'self'; script-src 'self' https:", 'csp-implemented-with-unsafe-inline', -20],
    ["script-src 'self'", 'csp-implemented-with-unsafe-inline', -20], // object-src falls back to *
    ["default-src 'self'; script-src 'self' 'unsafe-eval'", 'csp-implemented-with-unsafe-eval', -10],
    ["default-src 'self'; img-src http://example.org", 'csp-implemented-with-insecure-scheme-in-passive-content-only', -10],
    ["default-src 'self'; style-src 'self' 'unsafe-inline'", 'csp-implemented-with-unsafe-inline-in-style-src-only', 0],
    ["default-src 'self'; style-src 'self' 'sha256-a=' 'unsafe-inline'", 'csp-implemented-with-no-unsafe', 5], // a hash cancels it
    ["default-src 'self'", 'csp-implemented-with-no-unsafe', 5],
    ["default-src 'none'; script-src 'self'", 'csp-implemented-with-no-unsafe-default-src-none', 10]
  ])('%s → %s (%i)', (policy, result, modifier) => {
    expect(scoreCsp(policy)).toMatchObject({ result, modifier });
  });
});

describe('the other tests', () => {
  it('wants HSTS for six months or more and a private referrer policy', () => {
    expect(scoreHsts('max-age=15768000').modifier).toBe(0);
    expect(scoreHsts('max-age=86400').modifier).toBe(-10);
    expect(scoreHsts(undefined).modifier).toBe(-20);
    expect(scoreReferrerPolicy('no-referrer').modifier).toBe(5);
    expect(scoreReferrerPolicy('unsafe-url').modifier).toBe(-5);
  });
});

describe('observatoryScore', () => {
  it('adds the bonuses to a site with no penalties: A+', () => {
    const { score, grade, results } = observatoryScore(good);
    expect(results.find((r) => r.test === 'x-frame-options')?.result).toBe('x-frame-options-implemented-via-csp');
    expect(score).toBe(115); // 100 + 5 CSP + 5 referrer + 5 frame-ancestors
    expect(grade).toBe('A+');
  });

  it('gives no bonuses below 90', () => {
    const weak = new Map(good);
    weak.delete('strict-transport-security');
    expect(observatoryScore(weak)).toMatchObject({ score: 80, grade: 'B+' });
  });

  it('reads frame-ancestors from the header only', () => {
    const noFraming = new Map(good);
    noFraming.set('content-security-policy', "default-src 'self'; object-src 'none'");
    expect(observatoryScore(noFraming).results.find((r) => r.test === 'x-frame-options')?.modifier).toBe(-20);
  });
});
