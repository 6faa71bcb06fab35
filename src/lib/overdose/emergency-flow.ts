import type { OverdoseKey } from './keys';

/**
 * The emergency steps, one per screen, each its own prerendered page under
 * /<lang>/overdose/now/<path>/ so every step reads without JavaScript. The order follows the UK
 * sources in shared/research/content.md §A2–A4: make it safe, try to wake them, open the airway
 * and check breathing (§A2.2, before the call, so the caller can say whether they breathe), call
 * 999, then CPR if they are not breathing or the recovery position if they are (§A2.4–A2.5), then
 * naloxone (by kit), keep going with CPR or watch them, the repeat dose, stay with them.
 *
 * NEEDS CLINICAL SIGN-OFF (content.md §A2, "Conflict: rescue breaths versus compression-only
 * CPR"): the leaflets and SDF teach 30:2 with rescue breaths and naloxone after one cycle, the
 * Resuscitation Council UK has the call handler guide compression-only CPR. The steps use the
 * notes' suggested wording, "Follow the 999 call handler's instructions", and say no more about
 * how to do CPR. Also for sign-off: §A2.4 puts someone who is breathing in the recovery position
 * before naloxone, while the Nyxoid lay steps (§A3) lay them on their back to give it.
 */

export const kits = ['nyxoid', 'prenoxad', 'other', 'none'] as const;
export type Kit = (typeof kits)[number];
export type Diagram = 'nasalSpray' | 'injectionSite' | 'recoveryPosition';

export interface StepLink {
  key: OverdoseKey;
  /** A step's path, or null for the Overdose help page. */
  to: string | null;
}

export interface EmergencyStep {
  /** '' for the first step, 'wake', 'nyxoid/give' … */
  path: string;
  heading: OverdoseKey;
  body: readonly OverdoseKey[];
  diagram?: Diagram;
  /** The kit question: each answer leads down its own steps. */
  choices?: readonly StepLink[];
  /** The repeat-dose timer; `alerts` only where the sources give 2–3 minutes for this kit. */
  timer?: { alerts?: DoseAlerts; wait?: OverdoseKey };
  /** Following Next means a dose was just given: the page script records it for the timer. */
  recordsDose?: boolean;
  /** Shows the doses given so far (page script), to tell the ambulance crew. */
  showsLog?: boolean;
  /** Its place on the way through (the kit steps follow the six common ones). */
  number: number;
  back: string | null;
  next?: StepLink;
}

/**
 * What the timer says when the next dose may be given (2 minutes) and is due (3 minutes). Every
 * line conditions the dose on the kit's own rule, no response (Nyxoid SmPC) or still unconscious
 * (Prenoxad, We Are With You), never on breathing (content.md §A3). `packDoses`: after that many
 * doses the kit is used up, and the timer says what to do with none left.
 */
export interface DoseAlerts {
  mayGive: OverdoseKey;
  giveNow: OverdoseKey;
  packDoses: number;
}

/** A Nyxoid pack usually holds 2 sprays (§A3, opioidoverdose.co.uk). */
export const nyxoidPackDoses = 2;
/** A Prenoxad box holds 1 syringe with 5 doses (§A3, We Are With You; naloxone.org.uk). */
export const prenoxadPackDoses = 5;

type Draft = Omit<EmergencyStep, 'number' | 'back' | 'next' | 'path'> & { id: string; nextKey?: OverdoseKey };

const common: readonly Draft[] = [
  { id: '', heading: 'overdose.now.safe.heading', body: ['overdose.now.safe.body'] },
  { id: 'wake', heading: 'overdose.now.wake.heading', body: ['overdose.now.wake.shout', 'overdose.now.wake.shake'] },
  {
    id: 'breathing',
    heading: 'overdose.now.breathing.heading',
    body: ['overdose.now.breathing.airway', 'overdose.now.breathing.check', 'overdose.now.breathing.noise']
  },
  {
    id: 'call',
    heading: 'overdose.now.call.heading',
    body: ['overdose.now.call.ambulance', 'overdose.now.call.say', 'overdose.now.call.police']
  },
  // Before any naloxone: someone not breathing gets CPR from the start, with the call handler (§A2.5).
  {
    id: 'cpr',
    heading: 'overdose.now.cpr.heading',
    // No recovery-position drawing here: someone panicking could roll a person who is not
    // breathing onto their side. The drawing is on the "after" step, once they breathe.
    body: ['overdose.now.cpr.notBreathing', 'overdose.now.cpr.breathing', 'overdose.now.cpr.then']
  },
  {
    id: 'kit',
    heading: 'overdose.now.kit.heading',
    // Naloxone has no effect on other drugs and a high safety margin (EMCDDA, §A11): give it when unsure.
    body: ['overdose.guide.naloxone.notSure', 'overdose.now.kit.question'],
    choices: [
      { key: 'overdose.now.kit.nyxoid', to: 'nyxoid/give' },
      { key: 'overdose.now.kit.prenoxad', to: 'prenoxad/give' },
      { key: 'overdose.now.kit.other', to: 'other/give' },
      { key: 'overdose.now.kit.none', to: 'none/after' }
    ]
  }
];

const give: Record<Exclude<Kit, 'none'>, Draft> = {
  nyxoid: {
    id: 'give',
    heading: 'overdose.now.give.nyxoid.heading',
    body: [
      'overdose.now.give.nyxoid.position',
      'overdose.now.give.nyxoid.hold',
      'overdose.now.give.nyxoid.spray',
      'overdose.now.give.nyxoid.nostril'
    ],
    diagram: 'nasalSpray',
    recordsDose: true,
    nextKey: 'overdose.now.give.done'
  },
  prenoxad: {
    id: 'give',
    heading: 'overdose.now.give.prenoxad.heading',
    // Putting it together, in the words of With You's steps (content.md §D7).
    body: [
      'overdose.now.give.prenoxad.open',
      'overdose.now.give.prenoxad.fit',
      'overdose.now.give.prenoxad.uncover',
      'overdose.now.give.prenoxad.where',
      'overdose.now.give.prenoxad.dose'
    ],
    diagram: 'injectionSite',
    recordsDose: true,
    nextKey: 'overdose.now.give.done'
  },
  other: {
    id: 'give',
    heading: 'overdose.now.give.other.heading',
    body: ['overdose.now.give.other.box', 'overdose.now.give.other.handler'],
    recordsDose: true,
    nextKey: 'overdose.now.give.done'
  }
};

const after: Draft = {
  id: 'after',
  heading: 'overdose.now.after.heading',
  body: ['overdose.now.after.notBreathing', 'overdose.now.after.breathing', 'overdose.now.after.watch'],
  diagram: 'recoveryPosition'
};

const timer: Record<Exclude<Kit, 'none'>, Draft> = {
  nyxoid: {
    id: 'timer',
    heading: 'overdose.now.timer.heading',
    body: [
      'overdose.now.timer.nyxoidNext',
      'overdose.now.timer.nyxoidRecovery',
      'overdose.now.timer.nyxoidRelapse',
      'overdose.now.timer.nyxoidNoneLeft'
    ],
    timer: {
      alerts: { mayGive: 'overdose.now.timer.nyxoidMayGive', giveNow: 'overdose.now.timer.nyxoidGiveNow', packDoses: nyxoidPackDoses },
      wait: 'overdose.now.timer.wait'
    }
  },
  prenoxad: {
    id: 'timer',
    heading: 'overdose.now.timer.heading',
    body: ['overdose.now.timer.prenoxadNext', 'overdose.now.timer.prenoxadRepeat', 'overdose.now.timer.prenoxadNoneLeft'],
    timer: {
      alerts: { mayGive: 'overdose.now.timer.prenoxadMayGive', giveNow: 'overdose.now.timer.prenoxadGiveNow', packDoses: prenoxadPackDoses },
      wait: 'overdose.now.timer.wait'
    }
  },
  // No interval for a kit the sources do not cover: its box says when.
  other: {
    id: 'timer',
    heading: 'overdose.now.timer.heading',
    body: ['overdose.now.timer.otherNext'],
    timer: {}
  }
};

const stay: Draft = {
  id: 'stay',
  heading: 'overdose.now.stay.heading',
  body: [
    'overdose.now.stay.stay',
    'overdose.now.stay.wearsOff',
    'overdose.now.stay.tell',
    'overdose.now.stay.noMore',
    'overdose.now.stay.crew'
  ],
  showsLog: true
};

/**
 * With no naloxone there is nothing to wear off, no kit to hand over and no dose to log: this
 * path's last step has its own lines (issue #15).
 */
const stayNoNaloxone: Draft = {
  id: 'stay',
  heading: 'overdose.now.stay.heading',
  body: ['overdose.now.stay.stay', 'overdose.now.stayNone.handler', 'overdose.now.stayNone.watch', 'overdose.now.stay.noMore']
};

function kitSteps(kit: Kit): Draft[] {
  return kit === 'none' ? [after, stayNoNaloxone] : [give[kit], after, timer[kit], stay];
}

/** Numbers and links one path through the steps (the common ones, then one kit's). */
function chain(drafts: readonly Draft[], pathOf: (d: Draft) => string): EmergencyStep[] {
  return drafts.map(({ id: _id, nextKey, ...draft }, i) => {
    const previous = drafts[i - 1];
    const following = drafts[i + 1];
    const next: StepLink | undefined = draft.choices
      ? undefined
      : { key: nextKey ?? (following ? 'overdose.now.next' : 'overdose.now.stay.done'), to: following ? pathOf(following) : null };
    return {
      ...draft,
      path: pathOf(drafts[i]!),
      number: i + 1,
      back: previous ? pathOf(previous) : null,
      next
    };
  });
}

function buildSteps(): EmergencyStep[] {
  const steps = new Map<string, EmergencyStep>();
  for (const kit of kits) {
    const kitIds = new Set(kitSteps(kit));
    const pathOf = (d: Draft): string => (kitIds.has(d) ? `${kit}/${d.id}` : d.id);
    for (const step of chain([...common, ...kitSteps(kit)], pathOf)) if (!steps.has(step.path)) steps.set(step.path, step);
  }
  return [...steps.values()];
}

/** Every step, each once. */
export const emergencySteps: readonly EmergencyStep[] = buildSteps();

export function emergencyStep(path: string): EmergencyStep | undefined {
  return emergencySteps.find((s) => s.path === path.replace(/^\/+|\/+$/g, ''));
}
