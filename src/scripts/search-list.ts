/**
 * Results read record by record in Pagefind's order, each article record giving its matching sentences in
 * reading order: what a quoted phrase and filters alone list (words are ranked by RankedHits, search.ts).
 * Loaded only for those searches.
 */
import { articleHits } from '../lib/search/article-hits.ts';
import { pageHit, type Filters, type Hit, type Result, type ResultData, type ResultList } from './search.ts';

/** The results one record gives: its matching sentences for an article, else the person or page itself. */
export function hitsOf(data: ResultData, filters: Filters, query: boolean): Hit[] {
  const sentences = articleHits(data, filters, query);
  if (sentences) return sentences;
  return [pageHit(data)];
}

/**
 * The results of a search, read record by record as they are needed: each record's data is a small file,
 * and an article's sentences are known only once its file has come.
 */
export class Hits implements ResultList {
  /** The results found so far, in order. */
  readonly found: Hit[] = [];
  /** Pages are listed with the rest here. */
  readonly pages: Hit[] = [];
  private read = 0;
  private readonly results: Result[];
  private readonly filters: Filters;
  private readonly query: boolean;

  /**
   * @param results Pagefind's results, best first.
   * @param filters The filters chosen, which each sentence must carry.
   * @param query Whether words were searched for (without, every sentence passing the filters counts).
   */
  constructor(results: Result[], filters: Filters, query: boolean) {
    this.results = results;
    this.filters = filters;
    this.query = query;
  }

  /** Whether every record has been read, so `found` is complete. */
  get complete(): boolean {
    return this.read >= this.results.length;
  }

  /**
   * Read records until at least `count` results are found or none are left, fetching no more record files
   * than the results per record so far say are needed: an article's record often holds several matching
   * sentences (a first search for "sanctions" over a thousand generated op-eds found 9 in its first 5
   * records), so the first round asks for half the results wanted, and each later one for what is missing
   * divided by the results per record read so far. Fewer files is fewer bytes before the first list; a
   * round that falls short costs one more small request.
   *
   * @param count How many results are wanted.
   * @param most The most record files fetched in one round.
   * @returns All results found so far.
   */
  async atLeast(count: number, most = 5): Promise<Hit[]> {
    // What an earlier call returned may be on screen already: it keeps its place. What this call reads is
    // ranked together, however many rounds it takes.
    const shown = this.found.slice();
    const kept = new Set(shown.map((hit) => (hit.kind === 'claim' ? hit.id : hit.url)));
    while (this.found.length < count && !this.complete) {
      const missing = count - this.found.length;
      const perRecord = this.read === 0 ? 2 : this.found.length / this.read;
      const size = Math.min(most, Math.max(1, Math.ceil(missing / Math.max(perRecord, 1))));
      const next = this.results.slice(this.read, this.read + size);
      this.read += next.length;
      const data = (await Promise.all(next.map((result) => result.data()))) as ResultData[];
      for (const item of data) this.found.push(...hitsOf(item, this.filters, this.query));
    }
    return this.found;
  }
}
