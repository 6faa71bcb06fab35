import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzSeed } from '../import/fixtures/hostile-feed';
import { categories, attributes, isAttributeCode, isCategoryCode } from '../taxonomy';
import { emptyFind, findQueryString, parseFindParams, type FindState } from './find-params';
import { hostileQuery } from './fixtures/hostile-queries';

const parse = (query: string) => parseFindParams(new URLSearchParams(query));

describe('reading a search from the address', () => {
  it('reads the example from the issue', () => {
    expect(parse('c=housing&near=Leeds&open=1')).toEqual({
      state: { ...emptyFind, categories: ['housing'], near: 'Leeds', openNow: true },
      locate: false,
      ignored: []
    });
  });

  it('asks for the position once after Near me on Home, unless a place came with it', () => {
    expect(parse('q=bed&locate=1')).toMatchObject({ state: { ...emptyFind, text: 'bed' }, locate: true, ignored: [] });
    expect(parse('near=Leeds&locate=1').locate).toBe(false);
    expect(parse('locate=yes')).toMatchObject({ locate: false, ignored: ['locate'] });
  });

  it('keeps the good parts of a half-broken link and names the rest', () => {
    const { state, ignored } = parse('c=housing,rockets&open=yes&utm_source=x&q=bed&at=999,1');
    expect(state).toEqual({ ...emptyFind, categories: ['housing'], text: 'bed' });
    expect(ignored.sort()).toEqual(['at', 'c', 'open', 'utm_source']);
  });

  it('refuses place names that are not names', () => {
    expect(parse('near=<script>alert(1)</script>').ignored).toEqual(['near']);
    expect(parse(`near=${'a'.repeat(61)}`).ignored).toEqual(['near']);
    expect(parse('near=Stoke-on-Trent').state.near).toBe('Stoke-on-Trent');
    expect(parse('near=LS1').state.near).toBe('LS1');
  });

  it('rounds a shared position to about 1 km', () => {
    expect(parse('at=53.80123,-1.54987').state.at).toEqual({ latitude: 53.8, longitude: -1.55 });
  });

  it('lets a place name win over a position', () => {
    expect(parse('near=Leeds&at=51.5,-0.1')).toEqual({ state: { ...emptyFind, near: 'Leeds' }, locate: false, ignored: ['at'] });
  });

  it('counts only the first of a repeated parameter', () => {
    expect(parse('c=food&c=housing')).toEqual({ state: { ...emptyFind, categories: ['food'] }, locate: false, ignored: ['c'] });
  });

  it('never throws, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (query) => {
        const { state } = parse(query);
        expect(state.text.length).toBeLessThanOrEqual(100);
      }),
      { seed: 4, numRuns: 500 }
    );
  });
});

describe('fuzz: 10,000 random addresses (seeded; ONWARD_FUZZ_SEED replays a failure)', () => {
  it('never throws, keeps only usable values, and names what it ignored exactly when something was malformed', () => {
    fc.assert(
      fc.property(hostileQuery, ({ query, malformed }) => {
        const { state, ignored } = parse(query);
        expect(ignored.length > 0, `ignored: ${JSON.stringify(ignored)}`).toBe(malformed);
        expect(state.text.length).toBeLessThanOrEqual(100);
        expect(state.categories.every(isCategoryCode) && state.attributes.every(isAttributeCode)).toBe(true);
        // A place name is shown on the page and put back in links: no markup, scheme or escapes.
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass
        expect(state.near).not.toMatch(/[<>"`:%\u0000-\u001f]/);
        expect(state.near.length).toBeLessThanOrEqual(60);
        if (state.at) expect(Math.abs(state.at.latitude) <= 90 && Math.abs(state.at.longitude) <= 180).toBe(true);
        expect(['list', 'map']).toContain(state.view);
        // What the page writes back to the address reads back the same, with nothing ignored
        // (through JSON: a position of -0.0000 is written as 0).
        const json = (value: unknown) => JSON.parse(JSON.stringify(value));
        expect(json(parse(findQueryString(state).slice(1)))).toEqual(json({ state, locate: false, ignored: [] }));
      }),
      { seed: fuzzSeed(), numRuns: 10_000 }
    );
  });
});

describe('writing a search to the address', () => {
  const state = fc.record<FindState>({
    text: fc.string({ maxLength: 30 }).map((s) => s.trim()),
    categories: fc.uniqueArray(fc.constantFrom(...categories.map((c) => c.code)), { maxLength: 3 }),
    attributes: fc.uniqueArray(fc.constantFrom(...attributes.map((a) => a.code)), { maxLength: 3 }),
    openNow: fc.boolean(),
    near: fc.constantFrom('', 'Leeds', 'Stoke-on-Trent', 'LS1', "King's Lynn"),
    at: fc.constant(null),
    view: fc.constantFrom('list', 'map')
  });

  it('reads back exactly what it wrote', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parse(findQueryString(s).slice(1))).toEqual({ state: s, locate: false, ignored: [] });
      }),
      { seed: 7, numRuns: 300 }
    );
  });

  it('writes nothing for the empty search', () => {
    expect(findQueryString(emptyFind)).toBe('');
  });
});
