/**
 * A feed's own taxonomy term → Onward categories and attributes, through the deployer-editable
 * table `data/taxonomy-map.json` (AIRS/211 code prefixes, Open Eligibility / Ohana and ORUK/ESD
 * names, free-text words) and taxonomy.json's own names and terms. Import-only: the app never
 * loads the table.
 */
import mapData from '../../../../data/taxonomy-map.json';
import { attributes, categories, isAttributeCode, isCategoryCode } from '../taxonomy';

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

interface CompiledRules {
  byName: Map<string, TermCodes[]>;
  byCode: { pattern: string; codes: TermCodes }[];
  byWords: { words: string[]; codes: TermCodes }[];
}

const compiled = new WeakMap<readonly TermRule[], CompiledRules>();

/**
 * The rules as lookups, made once per rule list: a feed has thousands of records with the same
 * few dozen terms, and folding every rule's names for every term made an import several times
 * slower. taxonomy.json's own codes, names and terms are whole-name rules too.
 */
function compile(rules: readonly TermRule[]): CompiledRules {
  const done = compiled.get(rules);
  if (done) return done;
  const codesOf = (rule: TermRule): TermCodes => ({
    categories: (rule.categories ?? []).filter(isCategoryCode),
    attributes: (rule.attributes ?? []).filter(isAttributeCode)
  });
  const byName = new Map<string, TermCodes[]>();
  const addName = (name: string, codes: TermCodes) => byName.set(fold(name), [...(byName.get(fold(name)) ?? []), codes]);
  for (const entry of categories) for (const name of [entry.code, entry.name, ...entry.terms]) addName(name, { categories: [entry.code], attributes: [] });
  for (const entry of attributes) for (const name of [entry.code, entry.name, ...entry.terms]) addName(name, { categories: [], attributes: [entry.code] });
  for (const rule of rules) for (const name of rule.names ?? []) addName(name, codesOf(rule));
  const result: CompiledRules = {
    byName,
    byCode: rules.flatMap((rule) => (rule.codes ?? []).map((pattern) => ({ pattern, codes: codesOf(rule) }))),
    byWords: rules.filter((rule) => rule.words?.length).map((rule) => ({ words: (rule.words ?? []).map((w) => ` ${fold(w)} `), codes: codesOf(rule) }))
  };
  compiled.set(rules, result);
  return result;
}

/**
 * The Onward codes for one term, by its `code` and `name`. Code and name rules first (with
 * taxonomy.json's own names); free-text word rules only when those found nothing. Codes a rule
 * names that Onward does not have are skipped (the tests keep the table clean).
 */
export function mapFeedTerm(term: { code?: string; name?: string }, rules: readonly TermRule[] = defaultRules): TermCodes {
  const { byName, byCode, byWords } = compile(rules);
  const found: TermCodes[] = [];
  const { code, name } = term;
  for (const text of [name, code]) if (text !== undefined) found.push(...(byName.get(fold(text)) ?? []));
  if (code !== undefined) for (const rule of byCode) if (codeMatches(rule.pattern, code)) found.push(rule.codes);
  if (found.every((codes) => codes.categories.length + codes.attributes.length === 0) && name !== undefined) {
    const padded = ` ${fold(name)} `;
    for (const rule of byWords) if (rule.words.some((word) => padded.includes(word))) found.push(rule.codes);
  }
  return {
    categories: [...new Set(found.flatMap((codes) => codes.categories))],
    attributes: [...new Set(found.flatMap((codes) => codes.attributes))]
  };
}
