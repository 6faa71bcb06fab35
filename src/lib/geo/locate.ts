/**
 * "Near me": one position from the phone, asked for only when the person taps the button.
 * Every way it can fail becomes a reason the page can put in plain words.
 */

export type LocateProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'insecure';
export type LocateResult = { latitude: number; longitude: number; accuracy: number } | { problem: LocateProblem };

/** What locate() needs from the browser, so tests can hand in a fake. */
export interface LocateEnvironment {
  geolocation?: Pick<Geolocation, 'getCurrentPosition'>;
  /** Browsers give no position to a page served over plain http (other than localhost). */
  secure: boolean;
}

/** Slow: 10 s, then we say so and let the person type a town instead. */
export const locateTimeoutMs = 10_000;
/** A position up to 5 minutes old is still where the person is (and answers at once). */
export const locateMaximumAgeMs = 5 * 60_000;

const problemFor: Record<number, LocateProblem> = { 1: 'denied', 2: 'unavailable', 3: 'timeout' };

function browser(): LocateEnvironment {
  return { geolocation: globalThis.navigator?.geolocation, secure: globalThis.isSecureContext !== false };
}

export function locate(environment: LocateEnvironment = browser()): Promise<LocateResult> {
  const { geolocation, secure } = environment;
  if (!secure) return Promise.resolve({ problem: 'insecure' });
  if (!geolocation) return Promise.resolve({ problem: 'unsupported' });
  return new Promise((resolve) => {
    try {
      geolocation.getCurrentPosition(
        ({ coords }) => resolve({ latitude: coords.latitude, longitude: coords.longitude, accuracy: coords.accuracy }),
        (error) => resolve({ problem: problemFor[error.code] ?? 'unavailable' }),
        // Low accuracy: a town-sized answer is all we need, and it comes faster and saves battery.
        { enableHighAccuracy: false, timeout: locateTimeoutMs, maximumAge: locateMaximumAgeMs }
      );
    } catch {
      // Some embedded browsers throw instead of calling back.
      resolve({ problem: 'unavailable' });
    }
  });
}
