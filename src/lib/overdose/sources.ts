import { sources } from '../sources/catalogue';
import { allCheckedLive, type GuidanceSource } from '../sources/guidance-source';

export { sources } from '../sources/catalogue';
export { checkedLabel, oldestCheck, type GuidanceSource } from '../sources/guidance-source';


/** What the emergency steps rest on (§A2–A4), listed on their last step. */
export const emergencyStepSources: readonly GuidanceSource[] = [
  sources.prenoxadIdentify,
  sources.sdfLothian,
  sources.addaction,
  sources.edp,
  sources.snnagBls,
  sources.resusCouncil,
  sources.prenoxadLeaflet,
  sources.prenoxadNotBreathing,
  sources.prenoxadWhenHow,
  sources.withYouNyxoid,
  sources.nyxoidSmpc,
  sources.nyxoidSmpcPrecautions,
  sources.nyxoidLeaflet,
  sources.withYouPrenoxad,
  sources.naloxoneOrgInjectable,
  sources.opioidOverdoseTraining,
  sources.changeGrowLive,
  sources.emcddaNaloxone,
  sources.drugwise
];

/** Kept for the Call 999 note, which cites where 999 and 112 come from. */
export const emergencyNumberSource: GuidanceSource = sources.emergencyNumber;

/**
 * The message for a list's checked date: "Checked <date>." only once every source in it was read
 * on its live page; until then the words say the reading was of saved copies.
 */
export function checkedKey(list: readonly GuidanceSource[]): 'overdose.checked' | 'overdose.checkedArchived' {
  return allCheckedLive(list) ? 'overdose.checked' : 'overdose.checkedArchived';
}
