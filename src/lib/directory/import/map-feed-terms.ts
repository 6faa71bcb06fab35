/**
 * A feed's own taxonomy term → Onward categories and attributes, through the deployer-editable
 * table `data/taxonomy-map.json` (AIRS/211 code prefixes, Open Eligibility / Ohana and ORUK/ESD
 * names, free-text words) and taxonomy.json's own names and terms. Import-only: the app never
 * loads the table.
 */
import mapData from '../../../../data/taxonomy-map.json';
import { isAttributeCode, isCategoryCode, mapTerm } from '../taxonomy';

export interface TermRule {
  vocabulary?: string;
  codes?: string[];
  names?: string[];
  words?: string[];
  categories?: string[];
  attributes?: string[];
}

export interface TermCodes {
  categories: string[];
  attributes: string[];
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Codes a rule gives that are not in taxonomy.json (a typo in the table), as `rule n: code`. */
export function unknownCodesIn(rules: readonly TermRule[]): string[] {
  return rules.flatMap((rule, i) => [
    ...(rule.categories ?? []).filter((code) => !isCategoryCode(code)).map((code) => `rule ${i}: category ${code}`),
    ...(rule.attributes ?? []).filter((code) => !isAttributeCode(code)).map((code) => `rule ${i}: attribute ${code}`)
  ]);
}

export const defaultRules: readonly TermRule[] = mapData.rules;

/** Case matters: AIRS codes are capitals, so `H*` matches "HD-1800" and not "http://…". */
function codeMatches(pattern: string, code: string): boolean {
  return pattern.endsWith('*') ? code.startsWith(pattern.slice(0, -1)) : code === pattern;
}

/** Whole words or phrases: "drug" is in "Drug and alcohol misuse", not in "Drugstore". */
function containsWords(name: string, phrase: string): boolean {
  return ` ${fold(name)} `.includes(` ${fold(phrase)} `);
}

/**
 * The Onward codes for one term, by its `code` and `name`. Code and name rules first (with
 * taxonomy.json's own names); free-text word rules only when those found nothing. Codes a rule
 * names that Onward does not have are skipped (the tests keep the table clean).
 */
export function mapFeedTerm(term: { code?: string; name?: string }, rules: readonly TermRule[] = defaultRules): TermCodes {
  const out: TermCodes = { categories: [], attributes: [] };
  const give = (rule: TermCodes | TermRule) => {
    out.categories.push(...(rule.categories ?? []).filter(isCategoryCode));
    out.attributes.push(...(rule.attributes ?? []).filter(isAttributeCode));
  };
  const { code, name } = term;
  for (const text of [name, code]) if (text !== undefined) give(mapTerm(text));
  for (const rule of rules) {
    const byCode = code !== undefined && (rule.codes ?? []).some((pattern) => codeMatches(pattern, code));
    const byName = name !== undefined && (rule.names ?? []).some((n) => fold(n) === fold(name));
    if (byCode || byName) give(rule);
  }
  if (out.categories.length + out.attributes.length === 0 && name !== undefined)
    for (const rule of rules) if ((rule.words ?? []).some((word) => containsWords(name, word))) give(rule);
  return { categories: [...new Set(out.categories)], attributes: [...new Set(out.attributes)] };
}
