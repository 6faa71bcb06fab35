import { describe, expect, it } from 'vitest';
import { nearMeOutcome, pickedOutcome, typedOutcome } from './chooser-outcome';
import { districtsFixture, townsFixture } from './fixtures';
import type { LocateEnvironment } from './locate';
import { PlaceFinder, type Town } from './place-lookup';

const towns = async () => new PlaceFinder(townsFixture);
const withPostcodes = async () => new PlaceFinder(townsFixture, districtsFixture);
const offline = async () => undefined;
const phoneAt = (latitude: number, longitude: number): LocateEnvironment => ({
  secure: true,
  geolocation: { getCurrentPosition: (success) => success({ coords: { latitude, longitude, accuracy: 20 } } as GeolocationPosition) }
});
const phoneFailing = (code: number): LocateEnvironment => ({
  secure: true,
  geolocation: { getCurrentPosition: (_success, failure) => failure?.({ code } as GeolocationPositionError) }
});

describe('Near me', () => {
  it('chooses the rounded position, named by the nearest town', async () => {
    expect(await nearMeOutcome(phoneAt(53.7971, -1.5485), towns)).toEqual({
      place: { label: 'Leeds, England', latitude: 53.8, longitude: -1.55, kind: 'gps', query: '53.80,-1.55' }
    });
  });

  it('still chooses the position when the tables cannot be loaded (no name)', async () => {
    expect(await nearMeOutcome(phoneAt(53.7971, -1.5485), offline)).toEqual({ place: expect.objectContaining({ label: '', query: '53.80,-1.55' }) });
  });

  it('says why it failed and sends the person to the typing box', async () => {
    expect(await nearMeOutcome(phoneFailing(1), towns)).toEqual({ message: 'place.denied', focusInput: true });
    expect(await nearMeOutcome(phoneFailing(2), towns)).toEqual({ message: 'place.unavailable', focusInput: true });
    expect(await nearMeOutcome(phoneFailing(3), towns)).toEqual({ message: 'place.timeout', focusInput: true });
    expect(await nearMeOutcome({ secure: true }, towns)).toEqual({ message: 'place.unsupported', focusInput: true });
    expect(await nearMeOutcome({ secure: false, geolocation: phoneAt(0, 0).geolocation }, towns)).toEqual({ message: 'place.unsupported', focusInput: true });
  });
});

describe('a typed place', () => {
  it('chooses a town found exactly', async () => {
    expect(await typedOutcome(' leeds ', towns)).toEqual({ place: expect.objectContaining({ kind: 'town', label: 'Leeds, England', query: 'Leeds' }) });
  });

  it('offers choices for a shared name or a close spelling', async () => {
    const shared = await typedOutcome('Newport', towns);
    expect(shared).toMatchObject({ message: 'place.choose' });
    expect('choices' in shared && shared.choices.map((t) => t.label)).toEqual(['Newport, Wales', 'Newport, Isle of Wight', 'Newport, Essex']);
    expect(await typedOutcome('Manchster', towns)).toMatchObject({ message: 'place.choose', choices: [{ name: 'Manchester' }] });
  });

  it('asks for the town when a postcode cannot be looked up, and never places it', async () => {
    expect(await typedOutcome('LS1 4DY', towns)).toEqual({ message: 'place.postcodeNoTable', focusInput: true });
    expect(await typedOutcome('BT1 1AA', withPostcodes)).toEqual({ message: 'place.postcodeUnknown', values: { outcode: 'BT1' }, focusInput: true });
  });

  it('chooses the district of a postcode when the table is there', async () => {
    expect(await typedOutcome('ls1 4dy', withPostcodes)).toEqual({ place: { label: 'LS1', latitude: 53.797, longitude: -1.548, kind: 'postcode', query: 'LS1' } });
  });

  it('says when nothing was typed, nothing was found, or the tables could not be loaded', async () => {
    expect(await typedOutcome('   ', towns)).toEqual({ message: 'place.empty', focusInput: true });
    expect(await typedOutcome('Atlantis', towns)).toEqual({ message: 'place.notFound', values: { text: 'Atlantis' }, focusInput: true });
    expect(await typedOutcome('Leeds', offline)).toEqual({ message: 'place.offline', focusInput: false });
  });
});

describe('a picked choice', () => {
  it('chooses that place, with its area in the URL when the name is shared', async () => {
    const found = (await towns()).find('Newport');
    const isleOfWight = found.kind === 'towns' ? (found.towns[1] as Town) : undefined;
    expect(await pickedOutcome(isleOfWight as Town, towns)).toEqual({ place: expect.objectContaining({ label: 'Newport, Isle of Wight', query: 'Newport, Isle of Wight' }) });
  });
});
