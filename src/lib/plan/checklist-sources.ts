/**
 * Where each checklist item's facts come from: the sources shared/research/content.md gives for
 * its line in the proposed checklist (section B), and section D where an item was corrected from
 * it (D8 money, D10 alcohol fits). Loaded only when someone opens an item's "Why it matters".
 */
import { sources as s } from '$lib/sources/catalogue';
import type { GuidanceSource } from '$lib/sources/guidance-source';
import type { TemplateKey } from './template';

/** Every template item's sources; each item states facts, so none is empty. */
export const checklistSources: Record<TemplateKey, readonly GuidanceSource[]> = {
  naloxone: [s.govukSupply, s.changeGrowLive],
  tolerance: [s.merrall, s.bukten, s.sunNitazenes, s.mhraGabapentinoids],
  probation: [s.criminalJusticeHub, s.sentencingAcademy],
  script: [s.continuityOfCare, s.pharmaceuticalJournal],
  medicines: [s.pharmaceuticalJournal],
  sleep: [s.shelterDutyToRefer, s.prisonReformTrust, s.nacroHousing],
  dischargeMoney: [s.nacroGrant, s.hardmanDirectory],
  universalCredit: [s.govukUcPrisonLeavers, s.ucSameDay, s.ucParliament, s.shelterUcAdvance],
  friday: [s.stGiles],
  numbers: [s.emergencyNumber, s.neas111, s.frankHome, s.samaritans],
  tellSomeone: [s.govukSupply],
  drinking: [s.drinkaware, s.niceCg100, s.alcoholChange, s.cdas],
  mentalHealth: [s.samaritans, s.neas111, s.itvWales111],
  gp: [s.healthwatch],
  emergencyMoney: [s.nacroTheMix, s.shelterUcAdvance],
  idBank: [s.unlock, s.newFutures, s.theMix]
};
