/**
 * Wording rules for the life-critical English (issue #15), checked on every line of the overdose
 * bundle, so a later edit cannot bring back a line that could harm someone in an overdose.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../messages/overdose/en.json';

function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}
const lines = leaves(en);

/** A line that tells someone to give (or inject) a next dose. */
const givesNextDose = /\b(give|inject)\b[^.]*\b(next|another) dose\b/i;
/** The kits' own rule for a next dose: no response (Nyxoid SmPC), still unconscious (Prenoxad). */
const conditionedOnNoResponse = /still not responding|still unconscious|stop responding/i;

describe('overdose wording', () => {
  it('finds the next-dose lines it checks (the rule below is not vacuous)', () => {
    expect(lines.filter(([, text]) => givesNextDose.test(text)).length).toBeGreaterThanOrEqual(8);
  });

  it('every line that gives a next dose conditions it on no response, never on breathing', () => {
    for (const [key, text] of lines) {
      if (!givesNextDose.test(text)) continue;
      // "Follow the instructions on the box for the next dose" points to the box; it gives nothing.
      if (/instructions on the box/.test(text)) continue;
      expect(text, key).toMatch(conditionedOnNoResponse);
      expect(text, key).not.toMatch(/breathing[^.]*next dose/i);
    }
  });

  it('the timer never says to give the next dose unconditionally', () => {
    for (const [key, text] of lines.filter(([k]) => k.startsWith('overdose.now.timer.')))
      if (/give the next dose now/i.test(text)) expect(text, key).toMatch(conditionedOnNoResponse);
  });

  it('says what to do when the kit has no doses left, with the call handler and on their side', () => {
    for (const key of ['nyxoidNoneLeft', 'prenoxadNoneLeft', 'kitEmpty'] as const) {
      const text = en.overdose.now.timer[key];
      expect(text).toContain('{{number}} call handler');
      expect(text).toContain('If they are breathing, keep them on their side.');
    }
  });

  it('tells people to give naloxone when they are not sure what was taken', () => {
    expect(en.overdose.guide.naloxone.notSure).toBe('Not sure what they took? Give it anyway. It will not harm them.');
  });

  it('the no-naloxone path has its own last lines: no naloxone wearing off, no used kit', () => {
    expect(Object.values(en.overdose.now.stayNone).join(' ')).not.toMatch(/naloxone|kit/i);
  });

  it('a fit while coming off alcohol is a 999 call, not the general seizure rule', () => {
    expect(en.overdose.guide.alcohol.fit).toBe('A fit while coming off alcohol: call 999.');
    expect(JSON.stringify(en)).not.toMatch(/first fit|over 5 minutes/);
  });

  it('explains the recovery position where the steps first use it', () => {
    expect(en.overdose.now.cpr.breathing).toMatch(/on their side.*recovery position/);
  });
});
