import { describe, expect, it } from 'vitest';
import { loadBundleMessages, loadMessages } from '$lib/i18n/messages';
import { addMessages, translatorFor } from '$lib/i18n/translator';
import { hoursOf } from './hours';

// Sunday 22 Nov 2026, 23:30 in London.
const sundayNight = new Date('2026-11-22T23:30:00Z');
const london = 'Europe/London';
const nightShelter = { byday: 'MO', opens_at: '20:00', closes_at: '08:00', timezone_name: london };
const christmas = { closed: true, valid_from: '2026-12-24', valid_to: '2027-01-02', timezone_name: london };

/** An overnight session in the table and a closure under it, as a service page shows them. */
const seen = {
  en: ['20:00 to 08:00 the next morning', 'Closed from 24 Dec 2026 to 2 Jan 2027.'],
  fr: ['20:00 au lendemain 08:00', 'Fermé du 24 déc. 2026 au 2 janv. 2027.'],
  de: ['20:00 bis 08:00 am nächsten Morgen', 'Geschlossen vom 24. Dez. 2026 bis 2. Jan. 2027.'],
  pl: ['od 20:00 do 08:00 następnego dnia rano', 'Zamknięte od 24 gru 2026 do 2 sty 2027.'],
  cy: ['20:00 i 08:00 y bore wedyn', 'Ar gau o 24 Rhag 2026 i 2 Ion 2027.'],
  ar: ['من 8:00 م إلى 8:00 ص صباح اليوم التالي', 'مغلق من 24 ديسمبر 2026 إلى 2 يناير 2027.'],
  'pt-PT': ['das 20:00 às 08:00 da manhã seguinte', 'Fechado de 24/12/2026 a 2/01/2027.']
};

describe('opening hours in each language', () => {
  it.each(Object.entries(seen))('%s: times and dates as the language writes them', async (lang, [overnight, closure]) => {
    const t = translatorFor(await loadMessages(lang));
    addMessages(await loadBundleMessages('directory', lang));
    addMessages(await loadBundleMessages('service', lang));
    expect(hoursOf([nightShelter], sundayNight, t, lang).week?.[0]?.times).toBe(overnight);
    expect(hoursOf([christmas], sundayNight, t, lang).notes).toEqual([closure]);
  });
});
