import type { OverdoseKey } from './keys';
import { sources, type GuidanceSource } from './sources';

/**
 * The guidance sections under /<lang>/overdose/<slug>/: what each says (translation keys in
 * messages/overdose/<lang>.json, never text) and the sources it rests on. Every fact comes from
 * shared/research/content.md; a section is only shown with its sources and checked date.
 */

/** Where a link inside a section leads: another section, the emergency steps, or Find help. */
export type GuideTarget = { section: GuideSlug } | { emergency: true } | { findNaloxone: true };

export type GuideBlock =
  | { kind: 'p'; key: OverdoseKey }
  | { kind: 'h2'; key: OverdoseKey }
  | { kind: 'list'; keys: readonly OverdoseKey[] }
  | { kind: 'link'; key: OverdoseKey; to: GuideTarget };

export interface GuideSection {
  slug: GuideSlug;
  heading: OverdoseKey;
  intro: OverdoseKey;
  blocks: readonly GuideBlock[];
  sources: readonly GuidanceSource[];
}

export const guideSlugs = ['signs', 'naloxone', 'after-prison', 'mixing', 'alcohol', 'where', 'families'] as const;
export type GuideSlug = (typeof guideSlugs)[number];

export function isGuideSlug(value: string): value is GuideSlug {
  return (guideSlugs as readonly string[]).includes(value);
}

const p = (key: OverdoseKey): GuideBlock => ({ kind: 'p', key });
const h2 = (key: OverdoseKey): GuideBlock => ({ kind: 'h2', key });
const list = (...keys: OverdoseKey[]): GuideBlock => ({ kind: 'list', keys });
const emergency: GuideTarget = { emergency: true };

export const guideSections: readonly GuideSection[] = [
  {
    slug: 'signs',
    heading: 'overdose.guide.signs.heading',
    intro: 'overdose.guide.signs.intro',
    blocks: [
      p('overdose.guide.signs.lookFor'),
      list(
        'overdose.guide.signs.noResponse',
        'overdose.guide.signs.noWake',
        'overdose.guide.signs.breathing',
        'overdose.guide.signs.noise',
        'overdose.guide.signs.colour',
        'overdose.guide.signs.pupils'
      ),
      p('overdose.guide.signs.timing'),
      { kind: 'link', key: 'overdose.guide.signs.act', to: emergency }
    ],
    sources: [sources.homelessLink, sources.prenoxadIdentify]
  },
  {
    slug: 'naloxone',
    heading: 'overdose.guide.naloxone.heading',
    intro: 'overdose.guide.naloxone.intro',
    blocks: [
      // Unsure what they took is no reason to wait: no effect on other drugs, a high safety margin (§A11).
      p('overdose.guide.naloxone.notSure'),
      p('overdose.guide.naloxone.kits'),
      h2('overdose.guide.naloxone.nyxoidHeading'),
      list(
        'overdose.guide.naloxone.nyxoidDose',
        'overdose.guide.naloxone.nyxoidPosition',
        'overdose.guide.naloxone.nyxoidHold',
        'overdose.guide.naloxone.nyxoidSpray',
        'overdose.guide.naloxone.nyxoidNoTest',
        'overdose.guide.naloxone.nyxoidRepeat',
        'overdose.guide.naloxone.nyxoidRelapse',
        'overdose.now.timer.nyxoidNoneLeft'
      ),
      h2('overdose.guide.naloxone.prenoxadHeading'),
      list(
        'overdose.guide.naloxone.prenoxadBox',
        // Putting it together, as on the emergency step (§D7).
        'overdose.now.give.prenoxad.open',
        'overdose.now.give.prenoxad.fit',
        'overdose.now.give.prenoxad.uncover',
        'overdose.guide.naloxone.prenoxadDose',
        'overdose.guide.naloxone.prenoxadWhere',
        'overdose.guide.naloxone.prenoxadRepeat',
        'overdose.guide.naloxone.prenoxadNeedle',
        'overdose.now.timer.prenoxadNoneLeft'
      ),
      h2('overdose.guide.naloxone.otherHeading'),
      p('overdose.guide.naloxone.other'),
      h2('overdose.guide.naloxone.wearsOffHeading'),
      p('overdose.guide.naloxone.wearsOff')
    ],
    sources: [
      sources.nyxoidSmpc,
      sources.withYouNyxoid,
      sources.opioidOverdoseTraining,
      sources.withYouPrenoxad,
          sources.naloxoneOrgInjectable,
      sources.prenoxadLeaflet,
      sources.sdfLothian,
      sources.nhsFife,
      // Wears off (§A4): "can wear off in 20 minutes" is the low end every lay source gives.
      sources.changeGrowLive,
      sources.edp,
      sources.drugwise,
      // "Some opioids last longer … the overdose can come back" (§A4, SmPC 4.4).
      sources.nyxoidSmpcPrecautions,
      sources.emcddaNaloxone
    ]
  },
  {
    slug: 'after-prison',
    heading: 'overdose.guide.afterPrison.heading',
    intro: 'overdose.guide.afterPrison.intro',
    blocks: [
      p('overdose.guide.afterPrison.risk'),
      p('overdose.guide.afterPrison.firstWeek'),
      h2('overdose.guide.afterPrison.helpsHeading'),
      list(
        'overdose.guide.afterPrison.carry',
        'overdose.guide.afterPrison.lessSlow',
        'overdose.guide.afterPrison.notAlone',
        'overdose.guide.afterPrison.smoke',
        'overdose.guide.afterPrison.noMix',
        'overdose.guide.afterPrison.tell'
      ),
      { kind: 'link', key: 'overdose.guide.where.find', to: { findNaloxone: true } }
    ],
    sources: [
      sources.merrall,
      sources.bukten,
      sources.buktenSummary,
      sources.sunNitazenes,
      // "Don't mix with … benzos, pregabalin or gabapentin" (§A5, §A6; the checklist's item 3).
      sources.farrellMarsden,
      sources.emcddaNaloxone,
      sources.mhraGabapentinoids,
      sources.changeGrowLive,
      sources.govukSupply
    ]
  },
  {
    slug: 'mixing',
    heading: 'overdose.guide.mixing.heading',
    intro: 'overdose.guide.mixing.intro',
    blocks: [
      p('overdose.guide.mixing.alcohol'),
      p('overdose.guide.mixing.gabapentinoids'),
      p('overdose.guide.mixing.benzos'),
      h2('overdose.guide.mixing.nitazenesHeading'),
      p('overdose.guide.mixing.nitazenes'),
      p('overdose.guide.mixing.nitazenesNaloxone'),
      h2('overdose.guide.mixing.saferHeading'),
      p('overdose.guide.mixing.safer')
    ],
    sources: [sources.frank, sources.mhraGabapentinoids, sources.farrellMarsden, sources.cpscNitazenes, sources.sunNitazenes]
  },
  {
    slug: 'alcohol',
    heading: 'overdose.guide.alcohol.heading',
    intro: 'overdose.guide.alcohol.intro',
    blocks: [
      p('overdose.guide.alcohol.starts'),
      p('overdose.guide.alcohol.severe'),
      p('overdose.guide.alcohol.getHelp'),
      // A withdrawal fit is a 999 call, not the general seizure rule (§A10 NICE CG100 1.1.1.1; §D10).
      p('overdose.guide.alcohol.fit'),
      p('overdose.guide.alcohol.cutDown')
    ],
    sources: [sources.drinkaware, sources.niceCg100, sources.alcoholChange, sources.cdas]
  },
  {
    slug: 'where',
    heading: 'overdose.guide.where.heading',
    intro: 'overdose.guide.where.intro',
    blocks: [
      { kind: 'link', key: 'overdose.guide.where.find', to: { findNaloxone: true } },
      p('overdose.guide.where.services'),
      p('overdose.guide.where.pharmacies'),
      p('overdose.guide.where.prison'),
      p('overdose.guide.where.probation'),
      p('overdose.guide.where.post')
    ],
    sources: [sources.changeGrowLive, sources.drugwise, sources.govukSupply, sources.naloxoneSuppliers2024, sources.sdfByPost]
  },
  {
    slug: 'families',
    heading: 'overdose.guide.families.heading',
    intro: 'overdose.guide.families.intro',
    blocks: [
      h2('overdose.guide.families.spotHeading'),
      p('overdose.guide.families.spot'),
      { kind: 'link', key: 'overdose.guide.families.signsLink', to: { section: 'signs' } },
      h2('overdose.guide.families.kitHeading'),
      p('overdose.guide.families.kit'),
      p('overdose.guide.families.who'),
      h2('overdose.guide.families.anyoneHeading'),
      p('overdose.guide.families.anyone'),
      p('overdose.guide.families.police'),
      p('overdose.guide.families.risk'),
      { kind: 'link', key: 'overdose.guide.families.riskLink', to: { section: 'after-prison' } }
    ],
    sources: [
      sources.homelessLink,
      sources.changeGrowLive,
      sources.who2014,
      sources.govukSupply,
      sources.policeProtocol,
      // "The first two weeks after prison are the most dangerous time" (§A5).
      sources.merrall,
      sources.bukten,
      sources.buktenSummary
    ]
  }
];

/** The section for a slug (the route's matcher only lets known slugs through). */
export function guideSection(slug: GuideSlug): GuideSection {
  const section = guideSections.find((s) => s.slug === slug);
  if (!section) throw new Error(`No guidance section "${slug}"`);
  return section;
}
