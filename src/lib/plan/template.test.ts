import { describe, expect, it } from 'vitest';
import en from '../../../messages/plan/en.json';
import fr from '../../../messages/plan/fr.json';

describe('template safety words', () => {
  // Issue #15: the general epilepsy rule (A10, seen only on a scraped copy) does not fit
  // withdrawal; NICE CG100 1.1.1.1 and §D10 want a withdrawal fit treated in hospital: 999.
  it('the withdrawal item says a fit while coming off alcohol is a 999 call, in English and French', () => {
    expect(en.plan.template.drinking.why).toContain('A fit while coming off alcohol: call 999.');
    const pourquoi = fr.plan.template.drinking.why;
    expect(pourquoi).toContain('999');
    // A withdrawal fit is not epilepsy.
    expect(pourquoi).not.toMatch(/épilep/i);
  });
});
