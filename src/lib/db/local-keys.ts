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
  lowData: 'onward.lowData'
} as const;
