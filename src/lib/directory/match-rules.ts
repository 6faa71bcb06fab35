/**
 * How loosely a typed word matches, in one place: the search index and the category words
 * (`taxonomy-words.ts`) must agree, so a word finds a category exactly when it would find the
 * same word in a name.
 */

/** Prefix matching from 2 letters lets results appear while typing. */
export const prefixFor = (term: string): boolean => term.length >= 2;

/** Typos only from 4 letters (so "gp" is exact); MiniSearch allows round(0.2 × length) edits. */
export const fuzzyFor = (term: string): number | false => (term.length >= 4 ? 0.2 : false);
