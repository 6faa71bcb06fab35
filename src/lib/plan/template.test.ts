import { describe, expect, it } from 'vitest';
import en from '../../../messages/plan/en.json';
import fr from '../../../messages/plan/fr.json';

describe('template safety words', () => {
  it('the withdrawal item gives every "call 999 if" of content.md A10 (first fit, over 5 minutes, no waking between fits, badly hurt)', () => {
    const why = en.plan.template.drinking.why;
    for (const condition of ['first fit', 'over 5 minutes', 'do not wake up between fits', 'badly hurt']) expect(why).toContain(condition);
    const pourquoi = fr.plan.template.drinking.why;
    for (const condition of ['première crise', 'plus de 5 minutes', 'ne se réveille pas entre deux crises', 'gravement blessée']) expect(pourquoi).toContain(condition);
  });
});
