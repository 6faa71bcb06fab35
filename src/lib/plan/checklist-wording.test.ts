/**
 * Wording rules for the first-48-hours checklist (issue #15): lines found wrong or harmful for
 * people just out must not come back.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../messages/plan/en.json';

const template = en.plan.template;
const all = JSON.stringify(template);

describe('checklist wording', () => {
  it('never offers a budgeting loan (it needs 26 weeks on older benefits; §D8)', () => {
    expect(all).not.toMatch(/budgeting loan|budgeting advance/i);
    expect(template.emergencyMoney.line).toMatch(/council/);
    expect(template.emergencyMoney.line).toMatch(/Universal Credit advance/);
  });

  it('says to go to the drug service today or tomorrow, never that 3 weeks is fine, and explains "script"', () => {
    expect(all).not.toMatch(/3 weeks|OST/);
    expect(template.script.line).toMatch(/today or tomorrow/);
    expect(template.script.line).toMatch(/when your prescription runs out/);
    expect(template.script.title).toMatch(/methadone or buprenorphine/);
  });

  it('says an advance is paid back over up to 24 months, out of later payments', () => {
    expect(template.universalCredit.why).toMatch(/over up to 24 months, out of your later payments/);
  });

  it('a fit while coming off alcohol is a 999 call, not the general epilepsy rule', () => {
    expect(template.drinking.why).toMatch(/A fit while coming off alcohol: call 999\./);
    expect(all).not.toMatch(/first fit|over 5 minutes/);
  });

  it('says where a number or a rule is England only', () => {
    expect(template.sleep.line).toMatch(/In England, call Shelter/);
    expect(template.sleep.why).toMatch(/^In England, /);
    expect(template.mentalHealth.line).toMatch(/In England and Wales you can also call NHS 111/);
  });

  it('has no jargon or unsourced advice: "free to dispense", "Keep receipts"', () => {
    expect(all).not.toMatch(/free to dispense|Keep receipts/);
  });
});
