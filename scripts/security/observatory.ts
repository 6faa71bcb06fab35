/**
 * Scores response headers the way Mozilla's HTTP Observatory does (mdn/mdn-http-observatory:
 * src/analyzer/tests/*.js for the checks, src/grader/charts.js for the modifiers, scanner/index.js
 * for the sum): start at 100, take off every penalty, and only if that leaves 90 or more add the
 * bonuses. 100 or more is A+.
 *
 * Offline and from headers alone, so two of its tests cannot be run and are reported as such:
 * redirection (http → https is the host's job; Netlify and Cloudflare Pages do it) and HSTS
 * preloading (a list the domain owner applies to). Cookies, CORS and SRI follow from the site
 * itself: it sets no cookie, sends no Access-Control-Allow-Origin, and loads every script from
 * its own origin (tests/third-party.spec.ts checks the last).
 */
import { parsePolicy, type Policy } from './content-security-policy';

export interface TestResult {
  test: string;
  result: string;
  modifier: number;
}

export interface Score {
  score: number;
  grade: string;
  results: TestResult[];
  /** Things the Observatory does not score but a reader of the policy should know. */
  notes: string[];
}

const broad = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const unsafeInline = new Set(["'unsafe-inline'", 'data:']);
const hashOrNonce = /^'(sha256|sha384|sha512|nonce)-/;

/** Observatory's CSP test (csp.js), on the header policy. */
export function scoreCsp(header: string | undefined): TestResult {
  const test = 'content-security-policy';
  if (!header) return { test, result: 'csp-not-implemented', modifier: -25 };
  const csp: Policy = parsePolicy(header);
  const sources = (name: string, fallback = true) => new Set(csp.get(name) ?? (fallback ? csp.get('default-src') : undefined) ?? ['*']);
  const script = sources('script-src');
  const style = sources('style-src');
  const object = sources('object-src');
  // A hash or nonce makes browsers ignore 'unsafe-inline' (it stays only for old browsers).
  for (const list of [script, style]) if ([...list].some((s) => hashOrNonce.test(s))) list.delete("'unsafe-inline'");

  const active = [...csp].filter(([name]) => !['img-src', 'media-src', 'script-src'].includes(name)).flatMap(([, list]) => list);
  const passive = ['img-src', 'media-src'].flatMap((name) => csp.get(name) ?? csp.get('default-src') ?? []);
  const insecure = (list: string[]) => list.some((s) => s.startsWith('http:') || s.startsWith('ftp:'));

  let result: [string, number];
  if ([...script].some((s) => broad.has(s) || unsafeInline.has(s)) || [...object].some((s) => broad.has(s)))
    result = ['csp-implemented-with-unsafe-inline', -20];
  else if (insecure([...active, ...script])) result = ['csp-implemented-with-insecure-scheme', -20];
  else if (script.has("'unsafe-eval'") || style.has("'unsafe-eval'")) result = ['csp-implemented-with-unsafe-eval', -10];
  else if (insecure(passive)) result = ['csp-implemented-with-insecure-scheme-in-passive-content-only', -10];
  else if ([...style].some((s) => broad.has(s) || unsafeInline.has(s))) result = ['csp-implemented-with-unsafe-inline-in-style-src-only', 0];
  else if (csp.get('default-src')?.join(' ') === "'none'") result = ['csp-implemented-with-no-unsafe-default-src-none', 10];
  else result = ['csp-implemented-with-no-unsafe', 5];
  return { test, result: result[0], modifier: result[1] };
}

/** HSTS (strict-transport-security.js): at least six months; preloading cannot be seen here. */
export function scoreHsts(header: string | undefined): TestResult {
  const test = 'strict-transport-security';
  if (!header) return { test, result: 'hsts-not-implemented', modifier: -20 };
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(header);
  if (!maxAge) return { test, result: 'hsts-header-invalid', modifier: -20 };
  return Number(maxAge[1]) >= 15768000
    ? { test, result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 }
    : { test, result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
}

/** Referrer-Policy (referrer-policy.js): the last valid token counts, as in browsers. */
export function scoreReferrerPolicy(header: string | undefined): TestResult {
  const test = 'referrer-policy';
  if (!header) return { test, result: 'referrer-policy-not-implemented', modifier: 0 };
  const known = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin', 'origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
  const policy = header.toLowerCase().split(',').map((p) => p.trim()).filter((p) => known.includes(p)).at(-1);
  if (!policy) return { test, result: 'referrer-policy-header-invalid', modifier: -5 };
  return known.indexOf(policy) < 4 ? { test, result: 'referrer-policy-private', modifier: 5 } : { test, result: 'referrer-policy-unsafe', modifier: -5 };
}

/** X-Content-Type-Options (x-content-type-options.js). */
export function scoreContentTypeOptions(header: string | undefined): TestResult {
  const test = 'x-content-type-options';
  if (!header) return { test, result: 'x-content-type-options-not-implemented', modifier: -5 };
  return header.trim().toLowerCase() === 'nosniff'
    ? { test, result: 'x-content-type-options-nosniff', modifier: 0 }
    : { test, result: 'x-content-type-options-header-invalid', modifier: -5 };
}

/** X-Frame-Options (x-frame-options.js): CSP frame-ancestors, from the header only, wins. */
export function scoreFraming(csp: string | undefined, xfo: string | undefined): TestResult {
  const test = 'x-frame-options';
  const ancestors = csp ? parsePolicy(csp).get('frame-ancestors') : undefined;
  if (ancestors && !ancestors.some((s) => broad.has(s))) return { test, result: 'x-frame-options-implemented-via-csp', modifier: 5 };
  if (!xfo) return { test, result: 'x-frame-options-not-implemented', modifier: -20 };
  const value = xfo.trim().toLowerCase();
  if (value === 'deny' || value === 'sameorigin') return { test, result: 'x-frame-options-sameorigin-or-deny', modifier: 0 };
  if (value.startsWith('allow-from')) return { test, result: 'x-frame-options-allow-from-origin', modifier: 0 };
  return { test, result: 'x-frame-options-header-invalid', modifier: -20 };
}

/** Cross-Origin-Resource-Policy (cross-origin-resource-policy.js). */
export function scoreResourcePolicy(header: string | undefined): TestResult {
  const test = 'cross-origin-resource-policy';
  const value = header?.trim().toLowerCase();
  if (!value) return { test, result: 'corp-not-implemented', modifier: 0 };
  if (value === 'same-origin') return { test, result: 'corp-implemented-with-same-origin', modifier: 10 };
  if (value === 'same-site') return { test, result: 'corp-implemented-with-same-site', modifier: 10 };
  if (value === 'cross-origin') return { test, result: 'corp-implemented-with-cross-origin', modifier: 0 };
  return { test, result: 'corp-header-invalid', modifier: -5 };
}

const gradeFloors: [number, string][] = [
  [100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-'], [0, 'F']
];

/**
 * The Observatory grade of a page's response headers (names in lower case).
 * @param headers what the host sends for the page, e.g. headersFor(rules, '/')
 */
export function observatoryScore(headers: ReadonlyMap<string, string>): Score {
  const csp = headers.get('content-security-policy');
  const results: TestResult[] = [
    scoreCsp(csp),
    headers.has('set-cookie') ? { test: 'cookies', result: 'not scored here: the site sets a cookie', modifier: 0 } : { test: 'cookies', result: 'cookies-not-found', modifier: 0 },
    headers.get('access-control-allow-origin')
      ? { test: 'cross-origin-resource-sharing', result: 'cross-origin-resource-sharing-implemented-with-public-access', modifier: 0 }
      : { test: 'cross-origin-resource-sharing', result: 'cross-origin-resource-sharing-not-implemented', modifier: 0 },
    { test: 'redirection', result: 'not scored here: http → https is the host’s job', modifier: 0 },
    scoreReferrerPolicy(headers.get('referrer-policy')),
    scoreHsts(headers.get('strict-transport-security')),
    { test: 'subresource-integrity', result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin', modifier: 0 },
    scoreContentTypeOptions(headers.get('x-content-type-options')),
    scoreFraming(csp, headers.get('x-frame-options')),
    scoreResourcePolicy(headers.get('cross-origin-resource-policy'))
  ];
  const penalties = results.reduce((sum, r) => sum + Math.min(r.modifier, 0), 100);
  const score = Math.max(0, penalties >= 90 ? results.reduce((sum, r) => sum + r.modifier, 100) : penalties);
  const grade = gradeFloors.find(([floor]) => score >= floor)?.[1] ?? 'F';

  const notes: string[] = [];
  const parsed = csp ? parsePolicy(csp) : new Map<string, string[]>();
  for (const name of ['style-src-attr', 'style-src-elem', 'script-src-attr', 'script-src-elem'])
    if (parsed.get(name)?.includes("'unsafe-inline'")) notes.push(`${name} allows 'unsafe-inline' (the Observatory reads style-src and script-src only)`);
  if (parsed.get('default-src')?.join(' ') !== "'none'") notes.push("default-src is not 'none' (10 bonus points instead of 5)");
  return { score, grade, results, notes };
}
