/**
 * Results in Pagefind's order, each article's matching sentences in reading order: the list for a quoted
 * phrase or filters alone (words are ranked by RankedHits, search.ts). Loaded only for those searches.
 */
import { articleHits } from '../lib/search/article-hits.ts';
import { pageHit, type Filters, type Hit, type Result, type ResultData, type ResultList } from './search.ts';

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

  /** Without `query` (no words searched for), every sentence passing the filters counts. */
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
   * Read records until `count` results are found or none are left; returns all found so far. An article's
   * record often holds several hits, so each round fetches only as many files (at most `most`) as the hits
   * per record so far say are missing: fewer bytes before the first list, at worst one more small request.
   */
  async atLeast(count: number, most = 5): Promise<Hit[]> {
    while (this.found.length < count && !this.complete) {
      const missing = count - this.found.length;
      const perRecord = this.read === 0 ? 2 : this.found.length / this.read;
      const size = Math.min(most, Math.max(1, Math.ceil(missing / Math.max(perRecord, 1))));
      const next = this.results.slice(this.read, this.read + size);
      this.read += next.length;
      const data = (await Promise.all(next.map((result) => result.data()))) as ResultData[];
      // An article gives its matching sentences; a person or a page, itself.
      for (const item of data) this.found.push(...(articleHits(item, this.filters, this.query) ?? [pageHit(item)]));
    }
    return this.found;
  }
}
