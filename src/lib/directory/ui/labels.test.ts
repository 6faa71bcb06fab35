import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../../messages/en.json';
import enFind from '../../../../messages/find/en.json';
import { attributeLabel, categoryLabel, categoryLabelKeys, distanceLabel, openLine, ukDate } from './labels';
import { categories } from '../taxonomy';

let t: typeof i18next.t;
beforeAll(async () => {
  const i = i18next.createInstance();
  await i.init({ lng: 'en', resources: { en: { translation: en } } });
  i.addResourceBundle('en', 'translation', enFind, true, false);
  t = i.t;
});

// Tuesday 6 Jan 2026, 14:00 in London (GMT).
const now = new Date('2026-01-06T14:00:00Z');

describe('open line', () => {
  it('says when an open service closes', () => {
    expect(openLine({ state: 'open', closesAt: '17:00' }, t, 'en', now)).toEqual({ tone: 'open', text: 'Open now · closes 17:00' });
  });
  it('says today, tomorrow or the weekday of the next opening', () => {
    expect(openLine({ state: 'closed', next: { weekday: 'TU', date: '2026-01-06', opensAt: '18:00' } }, t, 'en', now).text).toBe('Closed · opens 18:00');
    expect(openLine({ state: 'closed', next: { weekday: 'WE', date: '2026-01-07', opensAt: '09:00' } }, t, 'en', now).text).toBe(
      'Closed · opens tomorrow 09:00'
    );
    expect(openLine({ state: 'closed', next: { weekday: 'FR', date: '2026-01-09', opensAt: '09:30' } }, t, 'en', now).text).toBe(
      'Closed · opens Fri 09:30'
    );
  });
  it('reads the day on the UK calendar, not the phone’s', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(ukDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
  it('does not pretend to know', () => {
    expect(openLine({ state: 'unknown' }, t, 'en', now)).toEqual({ tone: 'unknown', text: 'Opening hours not known' });
  });
});

describe('distance', () => {
  it('gives metres, km and a walking time', () => {
    expect(distanceLabel(0.348, t, 'en')).toBe('350 m · about 4 min walk');
    expect(distanceLabel(1.2, t, 'en')).toBe('1.2 km · about 14 min walk');
    expect(distanceLabel(24.4, t, 'en')).toBe('24 km');
  });
});

describe('taxonomy labels', () => {
  it('has a label for every category in data/taxonomy.json', () => {
    expect(Object.keys(categoryLabelKeys).sort()).toEqual(categories.map((c) => c.code).sort());
    expect(categoryLabel('housing', t)).toBe('Housing and a bed tonight');
    expect(attributeLabel('no-id', t)).toBe('No ID needed');
  });
  it('ignores codes it does not know', () => {
    expect(categoryLabel('__proto__', t)).toBeUndefined();
  });
});
