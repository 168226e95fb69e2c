/**
 * The results of one article record in reading order, for searches with filters alone or a quoted phrase
 * (the ranked path is rank.ts). Apart from search-hits.ts so that only the search list's lazy chunk carries it.
 */
import { excerpt, sentenceEntries, sentenceHit, sentenceMatches, words, type ArticleHit, type ChosenFilters, type HitSource, type SentenceHit } from '../views/search-hits.ts';

/**
 * The results an article record gives: each sentence that matches the query (a word of it, or of its notes
 * or people, is in `locations`) and the chosen filters, in reading order; and the article itself when the
 * query matched its title, dek, authors or publisher and no filter is chosen. Without a `query`, every
 * sentence that passes the filters is a result; `undefined` when the record is not an article's.
 */
export function articleHits(source: HitSource, chosen: ChosenFilters, query: boolean): Array<SentenceHit | ArticleHit> | undefined {
  const entries = sentenceEntries(source);
  if (entries.length === 0) return undefined;
  const recordWords = words(source.content);
  const locations = [...source.locations].sort((a, b) => a - b);
  const marked = new Set(locations);
  const hits: Array<SentenceHit | ArticleHit> = [];
  const first = entries[0]!.at[0];
  const inHeader = locations.filter((at) => at < first);
  if (query && inHeader.length > 0 && Object.values(chosen).every((values) => values.length === 0)) {
    hits.push({ kind: 'article', url: source.url, title: source.meta.title ?? source.url, excerpt: excerpt(recordWords, 0, first, inHeader[0]!, marked) });
  }
  for (const entry of entries) {
    if (!sentenceMatches(entry, chosen)) continue;
    const [start, , end] = entry.at;
    const inside = locations.filter((at) => at >= start && at < end);
    if (query && inside.length === 0) continue;
    hits.push(sentenceHit(source.url, recordWords, entry, excerpt(recordWords, start, end, inside[0] ?? start, marked)));
  }
  return hits;
}
