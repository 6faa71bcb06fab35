/**
 * Every localStorage key Onward uses, in one place. Only non-personal choices live here;
 * anything personal goes to IndexedDB through src/lib/db.
 */
export const localKeys = {
  /** The language the person picked, read before first paint on `/`. */
  language: 'onward.language'
} as const;
