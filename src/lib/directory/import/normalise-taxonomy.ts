/**
 * Onward categories and attributes, and the feed's own terms as keywords, from a feed's
 * classification: HSDS 3.0 `attributes[].taxonomy_term`, ORUK 1 `service_taxonomys[].taxonomy`,
 * the `taxonomies[]` of UK council APIs, HSDS 1.x / Ohana `keywords`, and ORUK 1
 * `attending_access` ("drop-in" is the nearest standard field to "walk in").
 *
 * Terms from the feed's vocabularies go through `mapFeedTerm` (the deployer's table,
 * data/taxonomy-map.json). A term in a taxonomy named `onward` is Onward-native: its code must be
 * an Onward code, and an unknown one is reported rather than guessed at.
 */
import { isAttributeCode, isCategoryCode, mapTerm } from '../taxonomy';
import { at, isNo, isRecord, recordsIn, textOf, uniqueBy, type RawRecord, type Report } from './feed-values';
import { mapFeedTerm } from './map-feed-terms';

export interface OnwardCodes {
  categories: string[];
  attributes: string[];
  /** The feed's term names that matched nothing, for the "no category" warning. */
  unmatched: string[];
  /** The feed's own term names (Onward-native codes aside), each once. */
  keywords: string[];
}

interface Term {
  code?: string;
  name?: string;
  /** The parent term's name, tried when the term itself maps to nothing. */
  parent?: string;
  taxonomy?: string;
  path: string;
}

/** Keys holding terms as plain names. */
export const freeTermKeys = ['keywords', 'categories', 'category', 'tags'];

/** Schema limits for `keywords`. */
const keywordMax = 300;
const keywordsMax = 50;

/** All Onward codes a service record carries. */
export function onwardCodesOf(raw: RawRecord, path: string, report: Report): OnwardCodes {
  const out: OnwardCodes = { categories: [], attributes: [], unmatched: [], keywords: [] };
  for (const term of termsOf(raw, path)) {
    if (term.taxonomy?.toLowerCase() === 'onward') {
      const code = term.code ?? term.name ?? '';
      if (isCategoryCode(code)) out.categories.push(code);
      else if (isAttributeCode(code)) out.attributes.push(code);
      else report('warning', term.path, `"${code}" is not an Onward category or attribute code (see data/taxonomy.json); ignored`);
      continue;
    }
    const keyword = term.name ?? (term.code !== undefined && !/^[a-z]+:\/\//i.test(term.code) ? term.code : undefined);
    if (keyword !== undefined) out.keywords.push(keyword.replace(/\s+/g, ' ').slice(0, keywordMax));
    let found = mapFeedTerm(term);
    if (found.categories.length + found.attributes.length === 0 && term.parent !== undefined) found = mapFeedTerm({ name: term.parent });
    out.categories.push(...found.categories);
    out.attributes.push(...found.attributes);
    if (found.categories.length + found.attributes.length === 0 && term.name) out.unmatched.push(term.name);
  }
  const access = textOf(raw.attending_access);
  if (access !== undefined) out.attributes.push(...mapTerm(access).attributes);
  return {
    categories: uniqueBy(out.categories, (c) => c),
    attributes: uniqueBy(out.attributes, (a) => a),
    unmatched: uniqueBy(out.unmatched, (u) => u),
    keywords: uniqueBy(out.keywords, (k) => k.toLowerCase()).slice(0, keywordsMax)
  };
}

/** The terms attached to a record, whichever shape the feed used. */
function termsOf(raw: RawRecord, path: string): Term[] {
  const terms: Term[] = [];
  recordsIn(raw.attributes).forEach((attribute, i) => {
    // An attribute whose value says "no" (a yes/no flag set to no) does not apply.
    if (isNo(attribute.value)) return;
    const term = attribute.taxonomy_term;
    if (!isRecord(term)) return;
    const detail = isRecord(term.taxonomy_detail) ? term.taxonomy_detail : {};
    terms.push({
      code: textOf(term.code),
      name: textOf(term.name) ?? textOf(term.term),
      taxonomy: textOf(term.taxonomy) ?? textOf(detail.name),
      path: at(at(at(path, 'attributes'), i), 'taxonomy_term')
    });
  });
  recordsIn(raw.service_taxonomys).forEach((link, i) => {
    const term = isRecord(link.taxonomy) ? link.taxonomy : link;
    terms.push({ ...termFields(term), path: at(at(at(path, 'service_taxonomys'), i), 'taxonomy') });
  });
  // UK council APIs: `taxonomies: [{ id, name, slug, parent_id }]`.
  recordsIn(raw.taxonomies).forEach((term, i) => terms.push({ ...termFields(term), path: at(at(path, 'taxonomies'), i) }));
  // HSDS 1.x / Ohana `keywords`, and a flat export's `categories` or `tags`: one comma-separated cell, or a list.
  for (const key of freeTermKeys) {
    const value = raw[key];
    const names = Array.isArray(value) ? value.map((v) => (isRecord(v) ? textOf(v.name) : textOf(v))) : (textOf(value)?.split(/\s*[,;|]\s*/) ?? []);
    names.forEach((name, i) => {
      if (name) terms.push({ name, path: at(at(path, key), i) });
    });
  }
  return terms;
}

function termFields(term: RawRecord): Omit<Term, 'path'> {
  return {
    code: textOf(term.code) ?? textOf(term.id) ?? textOf(term.taxonomy_id),
    name: textOf(term.name) ?? textOf(term.term) ?? textOf(term.label),
    parent: textOf(term.parent_name),
    taxonomy: textOf(term.vocabulary) ?? textOf(term.taxonomy)
  };
}
