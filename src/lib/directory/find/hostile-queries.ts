/**
 * Random Find help addresses for the fuzz tests (issue #7): the real parameters (q, c, a, open,
 * near, at, view, locate) with good and hostile values, unknown names (page, attributes, utm_…),
 * repeated names, broken percent-encoding and long values, in any order. Each query knows, by
 * construction and without asking the parser, whether anything in it is malformed, so a test can
 * check that the page says "ignored" exactly then. Shared by find-params.test.ts and
 * tests/fuzz.spec.ts.
 */
import fc from 'fast-check';
import { scriptPayloads } from '../import/fixtures/hostile-feed';
import { attributes, categories } from '../taxonomy';

export interface HostileQuery {
  /** What follows `?`, percent-encoded or deliberately broken. */
  query: string;
  /** Some part is unknown, repeated or has a value the page cannot use. */
  malformed: boolean;
}

type Part = { key: string; raw: string };

const enc = encodeURIComponent;
const part = (key: string, value: string, raw = false): Part => ({ key, raw: `${enc(key)}=${raw ? value : enc(value)}` });

/** Percent-encoding no decoder can read: sent as is. */
const brokenEncoding = ['%', '%%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF%FE', '%u0041', '%%32%65'];
const payloads = scriptPayloads.filter((p) => p.trim().length <= 100);

const codeList = (codes: readonly string[]) => fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 3 }).map((list) => list.join(','));

/** Values the page uses as they are, one arbitrary per name. `near` names a place, found or not. */
const good: Record<string, fc.Arbitrary<string>> = {
  q: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...payloads), fc.constantFrom('bed', 'food bank', 'drug', 'naloxone', '')),
  c: codeList(categories.map((c) => c.code)),
  a: codeList(attributes.map((a) => a.code)),
  open: fc.constantFrom('1', '0', ''),
  near: fc.constantFrom('Leeds', 'LS1', 'Stoke-on-Trent', "King's Lynn", 'Nowhereville', 'ZZ99'),
  at: fc.tuple(fc.double({ min: 49.9, max: 60.8, noNaN: true }), fc.double({ min: -8, max: 1.7, noNaN: true })).map(([lat, lon]) => `${lat.toFixed(4)},${lon.toFixed(4)}`),
  view: fc.constantFrom('map', 'list')
};

/** Values each name refuses (so it is named as ignored). */
const bad: Record<string, fc.Arbitrary<string>> = {
  q: fc.string({ minLength: 101, maxLength: 120 }).filter((s) => s.trim().length > 100),
  c: fc.oneof(fc.constantFrom(...payloads), fc.constantFrom('rockets', 'housing,rockets', ',', '')),
  a: fc.oneof(fc.constantFrom(...payloads), fc.constantFrom('flying', '')),
  open: fc.constantFrom('yes', '2', 'true', 'javascript:alert(1)', '<b>1</b>'),
  near: fc.oneof(fc.constantFrom(...payloads).map((p) => `<${p}`), fc.constant('x'.repeat(61)), fc.constantFrom('javascript:alert(1)', '%00Leeds')),
  at: fc.constantFrom('999,1', '1,999', 'NaN,1', '1,2,3', '', ',', 'Infinity,0', '51.5', 'javascript:alert(1)'),
  view: fc.constantFrom('satellite', '', 'MAP', '<script>'),
  locate: fc.constantFrom('yes', '0', '', 'true')
};

/** Names the page does not read, some of them near-misses of real ones. */
const unknownName = fc.oneof(
  fc.constantFrom('page', 'attributes', 'category', 'C', 'Q', 'q ', ' q', 'utm_source', 'fbclid', '__proto__', 'constructor', 'hasOwnProperty', ''),
  fc.constantFrom(...payloads),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !(s in bad))
);
const anyValue = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...payloads), fc.constantFrom('1', ''));

const badPart: fc.Arbitrary<Part> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(unknownName, anyValue).map(([k, v]) => part(k, v)) },
  { weight: 3, arbitrary: fc.constantFrom(...Object.keys(bad)).chain((k) => (bad[k] as fc.Arbitrary<string>).map((v) => part(k, v))) },
  // Broken encodings in the name or value, sent undecoded: any decoder leaves them unreadable.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...brokenEncoding), fc.constantFrom(...brokenEncoding)).map(([k, v]) => ({ key: k, raw: `${k}=${v}` })) },
  { weight: 1, arbitrary: fc.constantFrom('c', 'a', 'open', 'view', 'at').chain((k) => fc.constantFrom(...brokenEncoding).map((v) => part(k, v, true))) },
  // Long values (a few thousand characters: hosts refuse request lines much over 8 KB).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('page', 'zz', 'q'), fc.integer({ min: 1_000, max: 6_000 })).map(([k, n]) => part(k, 'x'.repeat(n))) }
);

/** A set of good parts: each name once, and never both near and at (a place wins over a position). */
const goodParts: fc.Arbitrary<Part[]> = fc
  .uniqueArray(fc.constantFrom(...Object.keys(good)), { maxLength: 5 })
  .map((keys) => (keys.includes('near') ? keys.filter((k) => k !== 'at') : keys))
  .chain((keys) => (keys.length ? fc.tuple(...keys.map((k) => (good[k] as fc.Arbitrary<string>).map((v) => part(k, v)))) : fc.constant([])));

/** A Find help query string, and whether anything in it is malformed. */
export const hostileQuery: fc.Arbitrary<HostileQuery> = fc
  .tuple(goodParts, fc.array(badPart, { maxLength: 3 }), fc.boolean())
  .chain(([goods, bads, repeat]) => {
    // A name given twice: its second value is ignored whatever it is.
    const again = repeat && goods.length > 0 ? [{ ...(goods[0] as Part) }] : [];
    const all = [...goods, ...bads, ...again];
    return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }).map((parts) => ({
      query: parts.map((p) => p.raw).join('&'),
      malformed: bads.length > 0 || again.length > 0
    }));
  });
