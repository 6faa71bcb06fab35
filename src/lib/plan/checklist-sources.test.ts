import { describe, expect, it } from 'vitest';
import { readSharedText, skipWithoutShared } from '../../../scripts/lib/shared-files';
import { checklistSources } from './checklist-sources';
import { planTemplate } from './template';

/** The research notes every fact comes from; they sit beside the repository, not in it. */
const content = readSharedText('research/content.md');

describe('checklist sources', () => {
  it('every checklist item names at least one source, with the month it was read', () => {
    for (const { key } of planTemplate) {
      const list = checklistSources[key];
      expect(list.length, key).toBeGreaterThan(0);
      for (const source of list) {
        expect(source.name.trim(), key).not.toBe('');
        expect(source.checked, key).toMatch(/^2026-(11|12)$/);
        if (source.url) expect(new URL(source.url).protocol, key).toMatch(/^https?:$/);
      }
    }
  });

  it('the corrected items cite what corrected them (§D8 money, §D10 alcohol fits)', () => {
    const names = (key: keyof typeof checklistSources) => checklistSources[key].map((s) => s.name).join(' | ');
    expect(names('emergencyMoney')).toMatch(/Shelter England: Universal Credit advances/);
    expect(names('universalCredit')).toMatch(/Shelter England: Universal Credit advances/);
    expect(names('drinking')).toMatch(/Alcohol Change UK/);
    expect(names('drinking')).toMatch(/NICE CG100/);
    expect(names('sleep')).toMatch(/homelessness referrals for people in prison/);
  });

  // A mistyped or invented link fails here. In CI the notes must be there: a missing folder never turns this green.
  it.skipIf(skipWithoutShared('research/content.md'))('every link is one the research notes cite', () => {
    expect(content, 'shared/research/content.md is missing').not.toBe('');
    for (const list of Object.values(checklistSources)) for (const source of list) if (source.url) expect(content, source.url).toContain(source.url);
  });
});
