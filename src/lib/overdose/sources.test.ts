import { describe, expect, it } from 'vitest';
import { checkedLabel, emergencyNumberSource } from './sources';

describe('guidance sources', () => {
  it('shows the month a source was checked in the page language', () => {
    expect(checkedLabel(emergencyNumberSource, 'en')).toBe('November 2026');
    expect(checkedLabel(emergencyNumberSource, 'fr')).toBe('novembre 2026');
  });

  it('links only to https sources', () => {
    expect(new URL(emergencyNumberSource.url).protocol).toBe('https:');
  });
});
