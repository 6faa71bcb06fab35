import { describe, expect, it } from 'vitest';
import { checkedKey, checkedLabel, emergencyNumberSource, sources } from './sources';

describe('guidance sources', () => {
  it('shows the month a source was checked in the page language', () => {
    expect(checkedLabel(emergencyNumberSource, 'en')).toBe('November 2026');
    expect(checkedLabel(emergencyNumberSource, 'fr')).toBe('novembre 2026');
  });

  it('links only to https sources', () => {
    expect(new URL(emergencyNumberSource.url ?? '').protocol).toBe('https:');
  });

  // content.md: sources were read from archived copies; each needs checking against the live page.
  it('never says "Checked" alone while a source was only read from a saved copy', () => {
    expect(Object.values(sources).every((s) => !s.live)).toBe(true);
    expect(checkedKey(Object.values(sources))).toBe('overdose.checkedArchived');
    const live = { ...emergencyNumberSource, live: true };
    expect(checkedKey([live])).toBe('overdose.checked');
    expect(checkedKey([live, emergencyNumberSource])).toBe('overdose.checkedArchived');
  });
});
