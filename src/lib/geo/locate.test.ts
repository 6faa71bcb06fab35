import { describe, expect, it } from 'vitest';
import { locate, locateMaximumAgeMs, locateTimeoutMs, type LocateEnvironment } from './locate';

/** A navigator.geolocation that answers as told and remembers the options it was given. */
function fakeGeolocation(answer: { position: [number, number] } | { errorCode: number } | 'throws') {
  const asked: PositionOptions[] = [];
  const geolocation: LocateEnvironment['geolocation'] = {
    getCurrentPosition(success, failure, options) {
      asked.push(options ?? {});
      if (answer === 'throws') throw new Error('not allowed here');
      if ('position' in answer) {
        const [latitude, longitude] = answer.position;
        success({ coords: { latitude, longitude, accuracy: 30 } } as GeolocationPosition);
      } else failure?.({ code: answer.errorCode, message: '' } as GeolocationPositionError);
    }
  };
  return { geolocation, asked };
}

describe('locate (Near me)', () => {
  it('gives the position, asking once with a 10 s timeout and a 5 minute old position allowed', async () => {
    const { geolocation, asked } = fakeGeolocation({ position: [53.7971, -1.5485] });
    expect(await locate({ geolocation, secure: true })).toEqual({ latitude: 53.7971, longitude: -1.5485, accuracy: 30 });
    expect(asked).toEqual([{ enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 }]);
    expect([locateTimeoutMs, locateMaximumAgeMs]).toEqual([10_000, 300_000]);
  });

  it('names each way it fails', async () => {
    const codes = { 1: 'denied', 2: 'unavailable', 3: 'timeout', 99: 'unavailable' } as const;
    for (const [code, problem] of Object.entries(codes)) {
      expect(await locate({ geolocation: fakeGeolocation({ errorCode: Number(code) }).geolocation, secure: true }), code).toEqual({ problem });
    }
    expect(await locate({ geolocation: fakeGeolocation('throws').geolocation, secure: true })).toEqual({ problem: 'unavailable' });
  });

  it('does not ask without geolocation or on a page that is not secure', async () => {
    const { geolocation, asked } = fakeGeolocation({ position: [53.8, -1.55] });
    expect(await locate({ geolocation: undefined, secure: true })).toEqual({ problem: 'unsupported' });
    expect(await locate({ geolocation, secure: false })).toEqual({ problem: 'insecure' });
    expect(asked).toEqual([]);
  });
});
