import { describe, expect, it } from 'vitest';
import { isStale } from './freshness';

describe('isStale', () => {
  it('turns stale the day after the check is 12 months old', () => {
    expect(isStale('2025-03-03', '2026-03-03')).toBe(false);
    expect(isStale('2025-03-03', '2026-03-04')).toBe(true);
  });

  it('is not stale for recent or future dates', () => {
    expect(isStale('2026-11-01', '2026-11-22')).toBe(false);
    expect(isStale('2027-01-01', '2026-11-22')).toBe(false);
  });

  it('counts a leap day check to the end of February', () => {
    expect(isStale('2024-02-29', '2025-02-28')).toBe(false);
    expect(isStale('2024-02-29', '2025-03-01')).toBe(true);
  });
});
