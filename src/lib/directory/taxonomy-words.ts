/**
 * Which Onward categories and attributes a search word means: "bed" → housing, "script" →
 * prescribing, "nalox" (half typed) → naloxone, "recovry" (typo) → drugs-alcohol, by the
 * index's own matching rules (`match-rules.ts`).
 */
import { fuzzyFor, prefixFor } from './match-rules';
import { attributes, categories, type TaxonomyEntry } from './taxonomy';

interface Phrase {
  words: string[];
  code: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const wordsOf = (text: string) => fold(text).split(/[^a-z0-9]+/).filter(Boolean);

/** Joining words in names ("Drug and alcohol treatment") that must not be needed in a query. */
const minorWords = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

const phrases: Phrase[] = [...categories, ...attributes].flatMap((entry: TaxonomyEntry) =>
  [entry.name, ...entry.terms].map((text) => ({ words: wordsOf(text).filter((w) => !minorWords.has(w)), code: entry.code }))
);

/**
 * For each query word, the codes it stands for. A one-word term ("bed") matches one query word;
 * a longer term ("food bank") matches only when all its words are in the query, so "bank"
 * alone means ID and banking, not food.
 */
export function taxonomyCodesFor(queryWords: readonly string[]): string[][] {
  const out = queryWords.map((): Set<string> => new Set());
  for (const phrase of phrases) {
    const hits = phrase.words.map((w) => queryWords.findIndex((q) => wordMatches(q, w)));
    if (phrase.words.length === 0 || hits.some((h) => h < 0)) continue;
    for (const h of hits) out[h]?.add(phrase.code);
  }
  return out.map((codes) => [...codes]);
}

/** Does query word `q` find taxonomy word `w`? Same prefix and typo rules as the index. */
function wordMatches(q: string, w: string): boolean {
  if (q === w) return true;
  if (prefixFor(q) && w.startsWith(q)) return true;
  const fuzzy = fuzzyFor(q);
  return fuzzy !== false && withinEdits(q, w, Math.round(q.length * fuzzy));
}

/** Levenshtein distance ≤ max, with an early exit (words here are short). */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous = current;
  }
  return (previous[b.length] as number) <= max;
}
