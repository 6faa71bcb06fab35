import type { OverdoseKey } from './keys';

/**
 * The emergency number the overdose pages call, set per region at build time: Onward is built
 * for the UK, where 999 is the number and 112 also works (shared/research/content.md §A9). A
 * build for a country in the EU would use 112 there, and a note of its own (with its source).
 */
export interface EmergencyNumber {
  number: string;
  /** A line under the Call button explaining the number; undefined for none. */
  note?: OverdoseKey;
}

const byRegion = {
  GB: { number: '999', note: 'overdose.call999Note' },
  EU: { number: '112' }
} as const satisfies Record<string, EmergencyNumber>;

/** The region this build serves. */
export const region: keyof typeof byRegion = 'GB';

export const emergency: EmergencyNumber = byRegion[region];

/** The tel: link for the emergency number. */
export const emergencyHref = `tel:${emergency.number}`;
