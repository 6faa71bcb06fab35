/**
 * What the search index holds and how a query is built: one definition shared by the compiler
 * (which builds each shard's index in Node) and the phone (which loads it), because MiniSearch
 * must be given the same options on both sides.
 *
 * Category and attribute words ("bed", "script", "naloxone") are not copied into every document:
 * each document carries only its codes, and a query word that means a category is widened at
 * search time to "this word, or services in that category". Copying ~20 words per document was
 * ~70 % of the index, and the synonyms can now change (or be translated) without a data rebuild.
 */
import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import type { DirectoryService } from './model';
import { fuzzyFor, prefixFor } from './match-rules';
import { taxonomyCodesFor } from './taxonomy-words';

export interface IndexedDocument {
  /** Position of the service in its shard. */
  i: number;
  name: string;
  /** Category and attribute codes, one token each. */
  tags: string;
  organisation: string;
  place: string;
  /** The feed's own taxonomy terms. */
  keywords: string;
}

/**
 * Text fields searched word by word; `tags` is only reached through category words.
 * Descriptions are not indexed: they were a third of the index (22 B a service after gzip) and
 * pushed the download for a town past its 150 KB budget, while what people type ("bed",
 * "methadone", "needle", "food bank") is a category or attribute word, a name or a place.
 */
const textFields = ['name', 'organisation', 'place', 'keywords'];

function indexedDocument(service: DirectoryService, position: number): IndexedDocument {
  return {
    i: position,
    name: [service.name, service.alternate_name].filter(Boolean).join(' '),
    tags: [...service.categories, ...service.attributes].join(' '),
    organisation: service.organization?.name ?? '',
    place: service.locations
      .map((l) => [l.name, l.address?.city, l.address?.postal_code].filter(Boolean).join(' '))
      .join(' '),
    keywords: (service.keywords ?? []).join(' ')
  };
}

/** Words too common to help ("help" stays: people type it, and scores sort it out). */
const stopWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'with', 'you', 'your']);

/** Lower case, accents folded (people type "cafe" for "café" on a phone keyboard), stop words out. */
function processTerm(term: string): string | null {
  const folded = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return folded.length === 0 || stopWords.has(folded) ? null : folded;
}

const defaultTokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const splitSpaces = (text: string) => text.split(' ').filter(Boolean);

/**
 * Query words as the index sees them. A single letter is left out: it is the start of a word
 * being typed (prefix matching starts at 2 letters), and as an exact word it matches nothing, so
 * typing "h" would flash "no results" and then rebuild the whole list at "ho".
 */
function queryWords(text: string): string[] {
  return defaultTokenize(text)
    .map(processTerm)
    .filter((w): w is string => !!w && w.length >= 2);
}

/** Whether the text holds any word the search can use (else it is searched as if empty). */
export function hasQueryWords(text: string): boolean {
  return queryWords(text).length > 0;
}

const searchOptions: SearchOptions = {
  fields: textFields,
  // keywords: MiniSearch's default boost, 1.
  boost: { name: 3, organisation: 1.5, place: 1.5, tags: 2 },
  prefix: prefixFor,
  fuzzy: fuzzyFor
};

export const indexOptions: Options<IndexedDocument> = {
  idField: 'i',
  fields: ['name', 'tags', 'organisation', 'place', 'keywords'],
  storeFields: [],
  tokenize: (text, field) => (field === 'tags' ? splitSpaces(text) : defaultTokenize(text)),
  processTerm,
  searchOptions
};

/**
 * The MiniSearch query for what someone typed: every word (AND) or any word (OR), each word
 * matching the text fields, or, when it means a category or attribute, services tagged with it.
 */
export function buildQuery(text: string, combineWith: 'AND' | 'OR'): Query {
  const words = queryWords(text);
  const codes = taxonomyCodesFor(words);
  return {
    combineWith,
    queries: words.map((word, i): Query => {
      const tags = codes[i];
      if (!tags?.length) return word;
      return {
        combineWith: 'OR',
        queries: [word, { queries: [tags.join(' ')], fields: ['tags'], prefix: false, fuzzy: false, tokenize: splitSpaces, combineWith: 'OR' }]
      };
    })
  };
}

export function buildSearchIndex(services: readonly DirectoryService[]): MiniSearch<IndexedDocument> {
  const index = new MiniSearch<IndexedDocument>(indexOptions);
  index.addAll(services.map(indexedDocument));
  return index;
}
