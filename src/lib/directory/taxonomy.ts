/** Onward's categories and attributes (`data/taxonomy.json`), typed for the rest of the app. */
import taxonomyData from '../../../data/taxonomy.json';

export interface TaxonomyEntry {
  /** Stable short code used in URLs and datasets. */
  code: string;
  /** English name: data tools and the search index only; the UI shows translated labels. */
  name: string;
  /** Extra search words, and the words that map a feed's own taxonomy terms to this entry. */
  terms: string[];
}

export const categories: readonly TaxonomyEntry[] = taxonomyData.categories;
export const attributes: readonly TaxonomyEntry[] = taxonomyData.attributes;

const categoryCodes = new Set(categories.map((c) => c.code));
const attributeCodes = new Set(attributes.map((a) => a.code));

export function isCategoryCode(code: string): boolean {
  return categoryCodes.has(code);
}

export function isAttributeCode(code: string): boolean {
  return attributeCodes.has(code);
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9/]+/g, ' ').trim();

/**
 * Maps a feed's own taxonomy term (its code or name, e.g. an LGA `esdServiceTypes` name) to
 * Onward codes: a term equal to an Onward code, name or listed term maps to that entry.
 * Whole-phrase matches only, so "Drug and alcohol treatment" maps but "Treatment room" does not.
 */
export function mapTerm(term: string): { categories: string[]; attributes: string[] } {
  const wanted = normalise(term);
  const matches = (entry: TaxonomyEntry) =>
    normalise(entry.code) === wanted || normalise(entry.name) === wanted || entry.terms.some((t) => normalise(t) === wanted);
  return {
    categories: categories.filter(matches).map((c) => c.code),
    attributes: attributes.filter(matches).map((a) => a.code)
  };
}
