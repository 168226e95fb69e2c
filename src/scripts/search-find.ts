/**
 * A search as the header box and the search page run it, with the edition's synonyms and aliases. Kept apart
 * from search.ts so that the unit tests, which import that, need no build-time module.
 */
import PACKED_TERMS, { verdicts } from 'virtual:search-terms';
import { parseQuery, unpackTermGroups, type ParsedQuery } from '../lib/search/query.ts';
import { loadPagefind, RankedHits, runSearch, type Filters, type ResultList } from './search.ts';

/** What a search found, and the query it ran when it corrected the one typed. */
export interface Found {
  list: ResultList;
  /** The query searched for: the one typed, or its correction. */
  query: string;
  /** Set when misspelt words were corrected: what was typed. */
  typed?: string;
}

const TERM_GROUPS = unpackTermGroups(PACKED_TERMS);

let generation = 0;

/** The query as typed, with each of `words` replaced by its correction. */
export function correctedQuery(query: string, corrections: ReadonlyMap<string, string>): string {
  return query.replace(/[\p{L}\p{N}’'-]+/gu, (word) => corrections.get(word.toLowerCase().replace(/’/g, "'")) ?? word);
}

/**
 * Search: words (ranked sentence by sentence, misspelt words corrected unless `literal`), a quoted phrase,
 * filters alone, or words and filters. `null` when a newer search started during the `debounce` wait.
 */
export async function findHits(
  query: string,
  filters: Filters = {},
  options: { debounce?: number; wanted?: number; literal?: boolean; rounds?: number } = {},
): Promise<Found | null> {
  const mine = ++generation;
  if (options.debounce) {
    await new Promise((resolve) => setTimeout(resolve, options.debounce));
    if (mine !== generation) return null;
  }
  const wanted = options.wanted ?? 5;
  const trimmed = query.trim();
  const parsed = parseQuery(trimmed, TERM_GROUPS);
  if (trimmed === '' || /^".+"$/.test(trimmed) || parsed.concepts.length === 0) {
    const response = await runSearch(query, filters);
    const { Hits } = await import('./search-list.ts');
    const list = new Hits(response.results, filters, trimmed !== '');
    await list.atLeast(wanted);
    return { list, query };
  }
  const ranked = await rankedSearch(parsed, filters, wanted, options.rounds);
  if (mine !== generation) return null;
  const unmatched = ranked.unmatched.filter((concept) => concept.alternatives.length === 1 && concept.alternatives[0]!.length === 1);
  if (options.literal || unmatched.length === 0) return { list: ranked, query };
  // Words nothing holds: search for the closest words the index does hold instead, and say so.
  const { closestWord } = await import('./spelling.ts');
  const corrections = new Map<string, string>();
  for (const concept of unmatched) {
    const word = await closestWord(concept.typed);
    if (word) corrections.set(concept.typed, word);
  }
  if (corrections.size === 0) return { list: ranked, query };
  const corrected = correctedQuery(trimmed, corrections);
  const again = await rankedSearch(parseQuery(corrected, TERM_GROUPS), filters, wanted, options.rounds);
  if (mine !== generation) return null;
  return { list: again, query: corrected, typed: query };
}

/** Look up each of a parsed query's words, then read the most promising records. */
async function rankedSearch(parsed: ParsedQuery, filters: Filters, wanted: number, rounds?: number): Promise<RankedHits> {
  const pagefind = await loadPagefind();
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0).map(([name, values]) => [name, { any: values }]));
  const options = Object.keys(chosen).length > 0 ? { filters: chosen } : {};
  const [searches, claims] = await Promise.all([
    Promise.all(parsed.words.map(async (word) => ({ word, results: (await pagefind.search(word, options)).results }))),
    // The records that hold a sentence with a verdict: a filter alone, whose file is a few hundred bytes.
    pagefind.search(null, { filters: { verdict: { any: verdicts } } }).catch(() => ({ results: [] })),
  ]);
  const ranked = new RankedHits(parsed, searches, filters, new Set(claims.results.map((result) => result.id)));
  await ranked.atLeast(wanted, 5, rounds);
  return ranked;
}
