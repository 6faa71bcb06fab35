/**
 * Word matching over loaded shards: the one part of searching that needs MiniSearch (about 6 KB
 * of gzip JavaScript, and a revive of each shard's index). A kind of help and a town need no
 * words, so Find help loads this module only when someone types (see Directory.loadTextSearch).
 */
import MiniSearch, { type AsPlainObject, type Query } from 'minisearch';
import type { LoadedShard } from './loaded-shard';
import { buildQuery, hasQueryWords, indexOptions, type IndexedDocument } from './search-index';

export interface TextSearch {
  /** Whether the text holds any word the search can use (else it is searched as if empty). */
  hasQueryWords(text: string): boolean;
  /** [position in shard, text score] for each service in the shard that matches the words. */
  matches(shard: LoadedShard, text: string, combineWith: 'AND' | 'OR'): Array<[number, number]>;
}

/** Each shard's index, revived the first time words are searched in it. */
const revived = new WeakMap<LoadedShard, MiniSearch<IndexedDocument>>();

/**
 * Each shard's matches for the last words searched in it: a filter change (open now, a kind of
 * help) searches the same words again, often in every shard when few places are open.
 */
const lastMatches = new WeakMap<LoadedShard, { key: string; matches: Array<[number, number]> }>();

function indexOf(shard: LoadedShard): MiniSearch<IndexedDocument> {
  let index = revived.get(shard);
  if (!index) {
    const documentIds: Record<string, number> = {};
    for (let i = 0; i < shard.services.length; i++) documentIds[i] = i;
    index = MiniSearch.loadJS({ ...shard.textIndex, documentIds } as AsPlainObject, indexOptions);
    revived.set(shard, index);
  }
  return index;
}

export const textSearch: TextSearch = {
  hasQueryWords,
  matches(shard, text, combineWith) {
    const key = `${combineWith} ${text}`;
    const last = lastMatches.get(shard);
    if (last?.key === key) return last.matches;
    const query: Query = buildQuery(text, combineWith);
    const matches = indexOf(shard)
      .search(query)
      .map((r): [number, number] => [r.id as number, r.score]);
    lastMatches.set(shard, { key, matches });
    return matches;
  }
};
