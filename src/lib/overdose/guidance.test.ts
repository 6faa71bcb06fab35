import { describe, expect, it } from 'vitest';
import { readSharedText, skipWithoutShared } from '../../../scripts/lib/shared-files';
import { guideSection, guideSections, guideSlugs } from './guidance';
import { emergencyStepSources, oldestCheck, sources } from './sources';

/** The research notes every fact comes from; they sit beside the repository, not in it. */
const content = readSharedText('research/content.md');

describe('guidance sections', () => {
  it('are the seven the issue asks for, each once', () => {
    expect(guideSections.map((s) => s.slug)).toEqual([...guideSlugs]);
  });

  for (const section of guideSections) {
    it(`${section.slug} names at least one source and when it was checked`, () => {
      expect(section.sources.length).toBeGreaterThan(0);
      for (const source of section.sources) {
        expect(source.name.trim()).not.toBe('');
        if (source.url !== undefined) expect(new URL(source.url).protocol).toMatch(/^https?:$/);
        expect(source.checked).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      }
      expect(oldestCheck(section.sources)?.checked).toMatch(/^\d{4}-\d{2}$/);
    });
  }
});

// Claims a review found uncited: the section must list what content.md rests each one on.
describe('claims and their sources', () => {
  const cites = (slug: Parameters<typeof guideSection>[0]) => guideSection(slug).sources;
  it('"the first two weeks after prison are the most dangerous" cites Merrall and Bukten (§A5)', () => {
    for (const slug of ['families', 'after-prison'] as const)
      expect(cites(slug)).toEqual(expect.arrayContaining([sources.merrall, sources.bukten]));
  });
  it('"do not mix with benzos" cites the benzodiazepine sources (§A6)', () => {
    expect(cites('after-prison')).toEqual(expect.arrayContaining([sources.farrellMarsden, sources.emcddaNaloxone]));
  });
  it('alcohol: "a fit while coming off alcohol: call 999" cites NICE CG100, Alcohol Change UK and CDAS (§A10, §D10)', () => {
    expect(cites('alcohol')).toEqual(expect.arrayContaining([sources.niceCg100, sources.alcoholChange, sources.cdas]));
  });
  it('naloxone: "not sure what they took? give it anyway" cites the EMCDDA (§A11)', () => {
    expect(cites('naloxone')).toEqual(expect.arrayContaining([sources.emcddaNaloxone]));
    expect(emergencyStepSources).toEqual(expect.arrayContaining([sources.emcddaNaloxone]));
  });
  it('naloxone: "some opioids last longer" cites SmPC 4.4, the pack of 2 sprays its training page (§A3, §A4)', () => {
    expect(cites('naloxone')).toEqual(expect.arrayContaining([sources.nyxoidSmpcPrecautions, sources.opioidOverdoseTraining]));
  });
});

describe('sources', () => {
  it('the emergency steps list theirs too', () => {
    expect(emergencyStepSources.length).toBeGreaterThan(0);
    expect(oldestCheck(emergencyStepSources)?.checked).toMatch(/^\d{4}-\d{2}$/);
  });

  // Catches a mistyped or invented link; skipped where the research notes are not checked out.
  it.skipIf(skipWithoutShared('research/content.md'))('every link is one the research notes cite', () => {
    for (const source of Object.values(sources)) if (source.url) expect(content, source.url).toContain(source.url);
  });

  it('links every source the notes give an address for; only these are cited without one', () => {
    const unlinked = Object.values(sources).filter((s) => !s.url);
    expect(unlinked.map((s) => s.name)).toEqual([
      'Nyxoid UK SmPC, section 4.4 (RxReasoner precautions page)',
      'opioidoverdose.co.uk (training page)',
      'Nacro (housing and homelessness page)',
      'Nacro and The Mix (local welfare assistance)',
      'FRANK (talktofrank.com)',
      'ITV Wales, 20 June 2023 (NHS 111 Wales: press 2 for mental health)',
      'The Mix (the B79 discharge form)'
    ]);
  });

  it('shows the stalest check of a section', () => {
    const a = { name: 'a', url: 'https://a.example/', checked: '2026-11', live: true };
    const b = { name: 'b', url: 'https://b.example/', checked: '2025-03', live: true };
    expect(oldestCheck([a, b])).toBe(b);
    expect(oldestCheck([])).toBeUndefined();
  });
});
