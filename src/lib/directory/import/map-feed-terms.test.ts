import { describe, expect, it } from 'vitest';
import { defaultRules, mapFeedTerm, unknownCodesIn } from './map-feed-terms';

describe('data/taxonomy-map.json', () => {
  it('names only Onward codes that exist in data/taxonomy.json', () => {
    expect(unknownCodesIn(defaultRules)).toEqual([]);
    expect(unknownCodesIn([{ categories: ['spaceflight'] }])).toEqual(['rule 0: category spaceflight']);
  });
});

describe('mapFeedTerm: the vocabularies real feeds use', () => {
  it.each([
    [{ code: 'RX-8450.1000', name: 'Outpatient Substance Use Disorder Treatment' }, ['drugs-alcohol']],
    [{ code: 'BH-1800.8500' }, ['housing']],
    [{ code: 'BD-1800.2000', name: 'Food Pantries' }, ['food']],
    [{ code: '102-04', name: 'Food Pantry' }, ['food']],
    [{ code: '106-06', name: 'Addiction & Recovery' }, ['drugs-alcohol']],
    [{ code: 'http://id.esd.org.uk/service/123', name: 'Homelessness - advice' }, ['housing']],
    [{ name: 'Mental health' }, ['mental-health']],
    [{ name: 'Drug and alcohol misuse services' }, ['drugs-alcohol']],
    [{ name: 'Walking group' }, ['activities']]
  ])('%j → %j', (term, categories) => {
    expect(mapFeedTerm(term).categories).toEqual(categories);
  });

  it('matches free-text words whole, and only when no code or name rule did', () => {
    expect(mapFeedTerm({ name: 'Drugstore' }).categories).toEqual([]);
    expect(mapFeedTerm({ name: 'Treatment room' }).categories).toEqual([]);
    expect(mapFeedTerm({ code: 'http://example.org/h' }).categories).toEqual([]);
  });

  it('reads a deployer’s own rules', () => {
    const rules = [{ names: ['Resettlement hub'], categories: ['probation-justice'], attributes: ['prison-leavers'] }];
    expect(mapFeedTerm({ name: 'resettlement HUB' }, rules)).toEqual({ categories: ['probation-justice'], attributes: ['prison-leavers'] });
  });
});
