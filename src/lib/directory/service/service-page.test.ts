import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../../messages/en.json';
import enDirectory from '../../../../messages/directory/en.json';
import fr from '../../../../messages/fr.json';
import frDirectory from '../../../../messages/directory/fr.json';
import enService from '../../../../messages/service/en.json';
import frService from '../../../../messages/service/fr.json';
import { makeService, weekdays } from '../fixtures';
import type { Schedule } from '../model';
import { allPhones, callPhone, directionsLink, emailLink, smsLink, telLink, textPhone, webLink } from './contact-links';
import { hoursOf } from './hours';
import { lastChecked } from './last-checked';
import { serviceTitle, summaryLine, townOf } from './summary';

let t: TFunction;
let tFr: TFunction;
beforeAll(async () => {
  const make = async (lng: string, core: object, ...bundles: object[]) => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { [lng]: { translation: core } }, interpolation: { escapeValue: false } });
    for (const bundle of bundles) i.addResourceBundle(lng, 'translation', bundle, true, false);
    return i.t;
  };
  // Service pages load the directory's shared words and their own bundle beside the core messages.
  t = await make('en', en, enDirectory, enService);
  tFr = await make('fr', fr, frDirectory, frService);
});

// Sunday 22 Nov 2026, 23:30 in London; already Monday in UTC+1 and beyond.
const sundayNight = new Date('2026-11-22T23:30:00Z');
const london = 'Europe/London';

describe('buttons', () => {
  const phones = [
    { number: '01632 960723', type: 'voice' },
    { number: '07700 900309', type: 'cell' },
    { number: '07700 900493', type: 'text' }
  ];

  it('calls the first number that takes calls, and texts a text line first', () => {
    expect(telLink(callPhone(phones)!)).toBe('tel:01632960723');
    expect(smsLink(textPhone(phones)!)).toBe('sms:07700900493');
    expect(callPhone([{ number: '07700 900493', type: 'text' }])).toBeUndefined();
  });

  it('offers Text for mobiles only, never for a landline', () => {
    expect(textPhone([{ number: '01632 960723', type: 'voice' }])).toBeUndefined();
    expect(textPhone([{ number: '01632 960723' }])).toBeUndefined();
    expect(textPhone([{ number: '+44 7700 900309' }])?.number).toBe('+44 7700 900309');
    expect(textPhone([{ number: '07700 900309', type: 'fax' }])).toBeUndefined();
  });

  it('lists each valid number once, the service’s own and its places’', () => {
    const service = makeService({
      phones: [{ number: '01632 960723' }, { number: 'javascript:alert(1)' }],
      locations: [{ id: 'l', phones: [{ number: '01632 960 723' }, { number: '0808 157 0001' }] }]
    });
    expect(allPhones(service).map((p) => p.number)).toEqual(['01632 960723', '0808 157 0001']);
  });

  it('gives directions to the first mapped place, with the name as the label', () => {
    const service = makeService({ name: 'Example Hub & Café (Stevenage)', locations: [{ id: 'x' }, { id: 'y', latitude: 51.91099, longitude: -0.2098 }] });
    expect(directionsLink(service)).toBe('geo:51.91099,-0.2098?q=51.91099,-0.2098(Example%20Hub%20%26%20Caf%C3%A9%20(Stevenage))');
    expect(directionsLink(makeService({ locations: [{ id: 'x', latitude: 200, longitude: 0 }] }))).toBeUndefined();
  });

  it('links only web addresses and real e-mail addresses', () => {
    expect(webLink('javascript:alert(1)')).toBeUndefined();
    expect(webLink('https://example.org/hub/')).toBe('https://example.org/hub/');
    expect(emailLink('not an address')).toBeUndefined();
    expect(emailLink('mailto:hub@example.org')).toEqual({ address: 'hub@example.org', href: 'mailto:hub@example.org' });
  });

  it('writes the report e-mail with the service in the subject', () => {
    const link = emailLink('demo-data@example.org', { subject: 'Wrong information: Example Hub (demo-1)', body: 'What is wrong?' });
    expect(link?.href).toBe('mailto:demo-data@example.org?subject=Wrong%20information%3A%20Example%20Hub%20(demo-1)&body=What%20is%20wrong%3F');
    // An address cannot smuggle in its own subject or recipients.
    expect(emailLink('a?cc=x@example.org')?.href).toBe('mailto:a%3Fcc%3Dx@example.org');
  });
});

describe('opening hours', () => {
  const hub: Schedule[] = [
    { freq: 'WEEKLY', byday: 'MO,TU,WE,FR', opens_at: '09:00', closes_at: '17:00', timezone_name: london },
    { freq: 'WEEKLY', byday: 'TH', opens_at: '09:00', closes_at: '20:00', description: 'Late opening on Thursdays.', timezone_name: london }
  ];

  it('lays out the week from Monday with today marked on the UK calendar', () => {
    const { week, notes } = hoursOf(hub, sundayNight, t, 'en');
    expect(week?.map((r) => `${r.name}: ${r.times}${r.today ? ' (today)' : ''}`)).toEqual([
      'Monday: 09:00 to 17:00',
      'Tuesday: 09:00 to 17:00',
      'Wednesday: 09:00 to 17:00',
      'Thursday: 09:00 to 20:00',
      'Friday: 09:00 to 17:00',
      'Saturday: Closed',
      'Sunday: Closed (today)'
    ]);
    expect(notes).toEqual(['Late opening on Thursdays.']);
  });

  it('speaks the page’s language', () => {
    expect(hoursOf([weekdays('09:00', '17:00')], sundayNight, tFr, 'fr').week?.[0]).toMatchObject({ name: 'lundi', times: '09:00 à 17:00' });
  });

  it('says overnight and all-day sessions in words, and joins split days', () => {
    const week = hoursOf(
      [
        { byday: 'MO', opens_at: '20:00', closes_at: '08:00', timezone_name: london },
        { byday: 'TU', opens_at: '00:00', closes_at: '23:59', timezone_name: london },
        { byday: 'WE', opens_at: '13:00', closes_at: '17:00', timezone_name: london },
        { byday: 'WE', opens_at: '09:00', closes_at: '12:00', timezone_name: london }
      ],
      sundayNight,
      t,
      'en'
    ).week!;
    expect(week.slice(0, 3).map((r) => r.times)).toEqual(['20:00 to 08:00 the next morning', 'Open all day', '09:00 to 12:00, 13:00 to 17:00']);
  });

  it('puts monthly sessions and coming closures under the table, and drops past ones', () => {
    const { week, notes } = hoursOf(
      [
        { freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '12:30', timezone_name: london },
        { freq: 'MONTHLY', byday: '-1TH', opens_at: '18:00', closes_at: '20:00', description: 'Last Thursday of the month.', timezone_name: london },
        { closed: true, valid_from: '2026-12-24', valid_to: '2027-01-02', timezone_name: london },
        { closed: true, valid_from: '2026-01-01', valid_to: '2026-01-01', timezone_name: london },
        { freq: 'WEEKLY', byday: 'XX', opens_at: '10:00', closes_at: '11:00', timezone_name: london }
      ],
      sundayNight,
      t,
      'en'
    );
    expect(week).toBeNull();
    expect(notes).toEqual(['First Saturday of the month: 10:00 to 12:30.', 'Last Thursday of the month.', 'Closed from 24 Dec 2026 to 2 Jan 2027.']);
  });

  it('has neither table nor notes when nothing is known', () => {
    expect(hoursOf([], sundayNight, t, 'en')).toEqual({ week: null, notes: [] });
  });
});

describe('last checked', () => {
  it('formats the date in the page’s language', () => {
    expect(lastChecked('2026-03-03', sundayNight, 'en')).toEqual({ known: true, date: '3 Mar 2026', stale: false });
    expect(lastChecked('2026-03-03', sundayNight, 'fr')).toMatchObject({ date: '3 mars 2026' });
  });

  it('warns when it is more than 12 months old', () => {
    expect(lastChecked('2025-11-22', sundayNight, 'en')).toMatchObject({ stale: false });
    expect(lastChecked('2025-11-21', sundayNight, 'en')).toMatchObject({ stale: true });
  });

  it('never guesses a missing or broken date', () => {
    expect(lastChecked(undefined, sundayNight, 'en')).toEqual({ known: false });
    expect(lastChecked('last week', sundayNight, 'en')).toEqual({ known: false });
  });
});

describe('summary', () => {
  it('names the categories and the town, or the nations a helpline is for', () => {
    const hub = makeService({ categories: ['drugs-alcohol', 'housing', 'not-a-code'] });
    expect(summaryLine(hub, townOf(hub), t, 'en')).toBe('Drugs and alcohol · Housing and a bed tonight · Stevenage');
    const line = makeService({ categories: ['mental-health'], national: true, locations: [], nations: ['england', 'scotland', 'wales', 'northern-ireland'] });
    expect(summaryLine(line, townOf(line), t, 'en')).toBe('Mental health · For all of the UK');
    const shelter = makeService({ categories: ['housing'], national: true, locations: [], nations: ['england'] });
    expect(summaryLine(shelter, townOf(shelter), t, 'en')).toBe('Housing and a bed tonight · For England only');
  });

  it('does not call a helpline UK-wide when its data does not say where it works', () => {
    const frank = makeService({ categories: ['drugs-alcohol'], national: true, locations: [] });
    expect(summaryLine(frank, townOf(frank), t, 'en')).toBe('Drugs and alcohol');
  });

  it('titles the page with the name and the town, once', () => {
    expect(serviceTitle('Example Recovery Hub', 'Stevenage', t)).toBe('Example Recovery Hub, Stevenage: Onward');
    expect(serviceTitle('Example Recovery Hub Stevenage', 'Stevenage', t)).toBe('Example Recovery Hub Stevenage: Onward');
    expect(serviceTitle('Samaritans', undefined, t)).toBe('Samaritans: Onward');
  });
});
