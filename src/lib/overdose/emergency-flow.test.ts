import { describe, expect, it } from 'vitest';
import { emergencyStep, emergencySteps, kits } from './emergency-flow';

/** Follows Next (or the kit's answer) from the first step to the end. */
function walk(kit: string): string[] {
  const seen: string[] = [];
  let step = emergencyStep('');
  while (step) {
    seen.push(step.path);
    const to = step.choices ? step.choices.find((c) => c.to?.startsWith(`${kit}/`))?.to : step.next?.to;
    step = to == null ? undefined : emergencyStep(to);
  }
  return seen;
}

describe('emergency steps', () => {
  it('go safe → wake → breathing → call → CPR → kit → give → after → timer → stay, for each kit', () => {
    for (const kit of ['nyxoid', 'prenoxad', 'other'])
      expect(walk(kit)).toEqual(['', 'wake', 'breathing', 'call', 'cpr', 'kit', `${kit}/give`, `${kit}/after`, `${kit}/timer`, `${kit}/stay`]);
    expect(walk('none')).toEqual(['', 'wake', 'breathing', 'call', 'cpr', 'kit', 'none/after', 'none/stay']);
  });

  // content.md §A2.2–A2.5: breathing is checked before the call (the caller says whether they
  // breathe), and someone not breathing gets CPR with the call handler before any naloxone.
  it('on every path, check breathing before calling, and start CPR before the first dose', () => {
    for (const kit of kits) {
      const keys = walk(kit).flatMap((path) => emergencyStep(path)?.body ?? []);
      const at = (key: string) => keys.indexOf(key as never);
      expect(at('overdose.now.breathing.check'), kit).toBeGreaterThan(-1);
      expect(at('overdose.now.breathing.check'), kit).toBeLessThan(at('overdose.now.call.say'));
      expect(at('overdose.now.call.ambulance'), kit).toBeLessThan(at('overdose.now.cpr.notBreathing'));
      const firstDose = walk(kit).findIndex((path) => emergencyStep(path)?.recordsDose);
      const cpr = walk(kit).indexOf('cpr');
      expect(cpr, kit).toBeGreaterThan(-1);
      if (firstDose !== -1) expect(cpr, kit).toBeLessThan(firstDose);
    }
  });

  it('never trap anyone: every step has Back, and Next or a choice', () => {
    for (const step of emergencySteps) {
      expect(step.back === null || emergencyStep(step.back), `${step.path} back`).toBeTruthy();
      expect(step.next || step.choices, `${step.path} next`).toBeTruthy();
      if (step.next?.to) expect(emergencyStep(step.next.to), `${step.path} next`).toBeDefined();
    }
    expect(emergencyStep('')?.back).toBeNull(); // back to Overdose help
    expect(emergencyStep('nyxoid/give')?.back).toBe('kit');
    expect(emergencyStep('kit')?.back).toBe('cpr');
  });

  it('offers every kit, and the timer only after a dose', () => {
    expect(emergencyStep('kit')?.choices?.map((c) => c.to)).toEqual(kits.map((k) => (k === 'none' ? 'none/after' : `${k}/give`)));
    expect(emergencySteps.filter((s) => s.recordsDose).map((s) => s.path)).toEqual(['nyxoid/give', 'prenoxad/give', 'other/give']);
    expect(emergencyStep('nyxoid/timer')?.timer).toEqual({
      alerts: { mayGive: 'overdose.now.timer.nyxoidMayGive', giveNow: 'overdose.now.timer.nyxoidGiveNow', packDoses: 2 },
      wait: 'overdose.now.timer.wait'
    });
    expect(emergencyStep('prenoxad/timer')?.timer?.alerts?.packDoses).toBe(5);
    // The 2–3 minute rule is the two kits' own: another kit's box says when.
    expect(emergencyStep('other/timer')?.timer?.alerts).toBeUndefined();
  });

  // Issue #15: someone panicking may roll a person who is not breathing onto their side.
  it('shows the recovery-position drawing only once they breathe, never on the CPR step', () => {
    expect(emergencyStep('cpr')?.diagram).toBeUndefined();
    const withDrawing = emergencySteps.filter((s) => s.diagram === 'recoveryPosition').map((s) => s.path);
    expect(withDrawing).toEqual(['nyxoid/after', 'prenoxad/after', 'other/after', 'none/after']);
  });

  it('asks about a kit with "not sure what they took? give it anyway" first', () => {
    expect(emergencyStep('kit')?.body[0]).toBe('overdose.guide.naloxone.notSure');
  });

  it('writes out putting the Prenoxad syringe together, before where to inject', () => {
    expect(emergencyStep('prenoxad/give')?.body).toEqual([
      'overdose.now.give.prenoxad.open',
      'overdose.now.give.prenoxad.fit',
      'overdose.now.give.prenoxad.uncover',
      'overdose.now.give.prenoxad.where',
      'overdose.now.give.prenoxad.dose'
    ]);
  });

  it('with no naloxone, the last step says nothing about naloxone wearing off, telling them, or a used kit', () => {
    const stay = emergencyStep('none/stay');
    expect(stay?.body).toEqual(['overdose.now.stay.stay', 'overdose.now.stayNone.handler', 'overdose.now.stayNone.watch', 'overdose.now.stay.noMore']);
    expect(stay?.showsLog).toBeFalsy();
    for (const kit of ['nyxoid', 'prenoxad', 'other']) expect(emergencyStep(`${kit}/stay`)?.body).toContain('overdose.now.stay.crew');
  });

  it('reads a path with or without slashes, and nothing else', () => {
    expect(emergencyStep('/wake/')?.heading).toBe('overdose.now.wake.heading');
    expect(emergencyStep('nope')).toBeUndefined();
  });
});
