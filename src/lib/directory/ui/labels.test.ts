import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../../messages/en.json';
import enDirectory from '../../../../messages/directory/en.json';
import enFind from '../../../../messages/find/en.json';
import { loadBundleMessages, loadMessages } from '$lib/i18n/messages';
import { addMessages, translatorFor } from '$lib/i18n/translator';
import { attributeLabel, categoryLabel, categoryLabelKeys, distanceLabel, openLine, ukDate } from './labels';
import { categories } from '../taxonomy';

let t: typeof i18next.t;
beforeAll(async () => {
  const i = i18next.createInstance();
  await i.init({ lng: 'en', resources: { en: { translation: en } } });
  i.addResourceBundle('en', 'translation', enDirectory, true, false);
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

/** What a result card says in each language, with the app's own translator. */
const seen = {
  en: ['Open now · closes 17:00', 'Closed · opens Fri 09:30', '350 m · about 4 min walk', '1.2 km · about 14 min walk'],
  fr: ['Ouvert · ferme à 17:00', 'Fermé · ouvre ven. à 09:30', '350 m · environ 4 min à pied', '1,2 km · environ 14 min à pied'],
  de: ['Jetzt geöffnet · schließt um 17:00', 'Geschlossen · öffnet am Fr um 09:30', '350 m · etwa 4 Min. zu Fuß', '1,2 km · etwa 14 Min. zu Fuß'],
  pl: ['Teraz otwarte · zamknięcie o 17:00', 'Zamknięte · otwarcie: pt. o 09:30', '350 m · około 4 minut pieszo', '1,2 km · około 14 minut pieszo'],
  cy: ['Ar agor nawr · yn cau am 17:00', 'Ar gau · yn agor Gwe am 09:30', '350 m · tua 4 munud o gerdded', '1.2 km · tua 14 munud o gerdded'],
  // Western digits and Arabic's own 12-hour clock (م after noon, ص before).
  ar: ['مفتوح الآن · يُغلق الساعة 5:00 م', 'مغلق · يفتح يوم الجمعة الساعة 9:30 ص', '350 م · حوالي 4 دقائق مشيًا', '1.2 كم · حوالي 14 دقيقة مشيًا'],
  'pt-PT': ['Aberto agora · fecha às 17:00', 'Fechado · abre sexta às 09:30', '350 m · cerca de 4 min a pé', '1,2 km · cerca de 14 min a pé']
};

describe('in each language', () => {
  it.each(Object.entries(seen))('%s: times from the data and distances as the language writes them', async (lang, [closes, opensOn, metres, km]) => {
    const t = translatorFor(await loadMessages(lang));
    addMessages(await loadBundleMessages('directory', lang));
    addMessages(await loadBundleMessages('find', lang));
    expect(openLine({ state: 'open', closesAt: '17:00' }, t, lang, now).text).toBe(closes);
    expect(openLine({ state: 'closed', next: { weekday: 'FR', date: '2026-01-09', opensAt: '09:30' } }, t, lang, now).text).toBe(opensOn);
    expect(distanceLabel(0.348, t, lang)).toBe(metres);
    expect(distanceLabel(1.2, t, lang)).toBe(km);
  });

  it('says 1 km, not 1,000 m, once metres round up to a kilometre', () => {
    expect(distanceLabel(0.997, t, 'en')).toBe('1 km · about 12 min walk');
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
