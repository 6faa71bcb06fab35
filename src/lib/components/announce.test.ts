import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announce } from './announce';

/** The two regions the app frame renders, as plain objects: announce() only sets their text. */
const regionIds = { polite: 'announce-polite', assertive: 'announce-assertive' };
const regions: Record<string, { textContent: string }> = {};

beforeEach(() => {
  vi.useFakeTimers();
  for (const id of Object.values(regionIds)) regions[id] = { textContent: '' };
  vi.stubGlobal('document', { getElementById: (id: string) => regions[id] ?? null });
});
afterEach(() => {
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const polite = () => regions[regionIds.polite]!.textContent;
const assertive = () => regions[regionIds.assertive]!.textContent;

describe('announce', () => {
  it('empties the region, then says the message a moment later (the same words twice are read twice)', () => {
    regions[regionIds.polite]!.textContent = 'Saved on this phone.';
    announce('Saved on this phone.');
    expect(polite()).toBe('');
    vi.advanceTimersByTime(100);
    expect(polite()).toBe('Saved on this phone.');
  });

  it('says an error that must interrupt in the assertive region only', () => {
    announce('Not saved.', { assertive: true });
    vi.advanceTimersByTime(100);
    expect(assertive()).toBe('Not saved.');
    expect(polite()).toBe('');
  });

  it('says messages that arrive together together, a newer one with the same key replacing the older', () => {
    announce('Some parts of this link were not understood.');
    announce('12 places', { key: 'count' });
    announce('3 places', { key: 'count' });
    vi.advanceTimersByTime(100);
    expect(polite()).toBe('Some parts of this link were not understood. 3 places');
    announce('2 places', { key: 'count' });
    vi.advanceTimersByTime(100);
    expect(polite()).toBe('2 places');
  });

  it('does nothing where the app frame (and so the region) is absent', () => {
    vi.stubGlobal('document', { getElementById: () => null });
    expect(() => announce('Hello')).not.toThrow();
  });
});
