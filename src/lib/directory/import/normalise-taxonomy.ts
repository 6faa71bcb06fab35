/**
 * Onward categories and attributes from a feed's own classification: HSDS 3.0
 * `attributes[].taxonomy_term`, ORUK 1 `service_taxonomys[].taxonomy`, and ORUK 1
 * `attending_access` ("drop-in" is the nearest standard field to "walk in").
 *
 * Terms from the feed's vocabularies go through `mapTerm` (name and code). A term in a taxonomy
 * named `onward` is Onward-native: its code must be an Onward code, and an unknown one is
 * reported rather than guessed at.
 */
import { isAttributeCode, isCategoryCode, mapTerm } from '../taxonomy';
import { at, isNo, isRecord, recordsIn, textOf, uniqueBy, type RawRecord, type Report } from './feed-values';

export interface OnwardCodes {
  categories: string[];
  attributes: string[];
  /** The feed's term names that matched nothing, for the "no category" warning. */
  unmatched: string[];
}

interface Term {
  code?: string;
  name?: string;
  taxonomy?: string;
  path: string;
}

/** All Onward codes a service record carries. */
export function onwardCodesOf(raw: RawRecord, path: string, report: Report): OnwardCodes {
  const out: OnwardCodes = { categories: [], attributes: [], unmatched: [] };
  for (const term of termsOf(raw, path)) {
    if (term.taxonomy?.toLowerCase() === 'onward') {
      const code = term.code ?? term.name ?? '';
      if (isCategoryCode(code)) out.categories.push(code);
      else if (isAttributeCode(code)) out.attributes.push(code);
      else report('warning', term.path, `"${code}" is not an Onward category or attribute code (see data/taxonomy.json); ignored`);
      continue;
    }
    const found = [term.name, term.code].filter((t) => t !== undefined).map(mapTerm);
    const categories = found.flatMap((f) => f.categories);
    const attributes = found.flatMap((f) => f.attributes);
    out.categories.push(...categories);
    out.attributes.push(...attributes);
    if (categories.length + attributes.length === 0 && term.name) out.unmatched.push(term.name);
  }
  const access = textOf(raw.attending_access);
  if (access !== undefined) out.attributes.push(...mapTerm(access).attributes);
  return {
    categories: uniqueBy(out.categories, (c) => c),
    attributes: uniqueBy(out.attributes, (a) => a),
    unmatched: uniqueBy(out.unmatched, (u) => u)
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
    terms.push({
      code: textOf(term.id),
      name: textOf(term.name),
      taxonomy: textOf(term.vocabulary),
      path: at(at(at(path, 'service_taxonomys'), i), 'taxonomy')
    });
  });
  return terms;
}
