/**
 * Every localStorage key Onward uses, in one place. Only non-personal choices live here;
 * anything personal goes to IndexedDB through src/lib/db.
 */
export const localKeys = {
  /** The language the person picked, read before first paint on `/`. */
  language: 'onward.language',
  /**
   * "1" once a place is saved (the place itself is in IndexedDB), so a page opens the database
   * only when there is a place to read: a first visit never downloads Dexie for nothing.
   */
  placeSaved: 'onward.placeSaved',
  /**
   * "Save data": no map pictures. Here, not in IndexedDB, because /more and the map read it
   * at once, and reading IndexedDB through Dexie would first download 31 KB of Dexie.
   */
  lowData: 'onward.lowData',
  /**
   * "1" while there is a plan (the plan itself is in IndexedDB): /plan shows the Start questions
   * without Dexie on a first visit, and Home's next-appointment card looks in IndexedDB only then.
   */
  planSaved: 'onward.planSaved'
} as const;

/**
 * Every sessionStorage key: things that matter only until the tab is closed.
 */
export const sessionKeys = {
  /**
   * The naloxone doses given in an overdose (times only), for the repeat-dose timer and to tell
   * the ambulance crew. Session storage, not IndexedDB: it is about another person's overdose,
   * it is needed only while the emergency lasts, and a phone may be checked, shared or taken,
   * so it should not outlive the tab (src/lib/overdose/repeat-dose.ts).
   */
  doseLog: 'onward.overdose.doses'
} as const;
