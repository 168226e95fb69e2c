/**
 * The search engine's side of the interface, shared by the header box and the search page: load Pagefind
 * (only when a search is about to run), run a query, and turn results into list items.
 */
import { EXCERPT_WORDS, sentenceEntries, words, type ArticleHit, type ChosenFilters, type ExcerptPart, type HitSource, type SentenceHit } from '../lib/views/search-hits.ts';
import { STOP_WORDS, type Concept, type ParsedQuery } from '../lib/search/query.ts';
import { pageExcerpt, pageMatches, rankSentences, type RankedRecord } from '../lib/search/rank.ts';

/** The slice of Pagefind's result data the interface uses: what the hits read, and more. */
export interface ResultData extends HitSource {
  excerpt: string;
  sub_results?: Array<{ url: string; title: string; excerpt: string }>;
  /** Every element with an id, where its words start in `content` (word positions from 0), and its text. */
  anchors?: Array<{ element: string; id: string; text: string; location: number }>;
}

/** One hit, whose data loads on demand. */
export interface Result {
  id: string;
  /** Pagefind's relevance for the record. */
  score?: number;
  data(): Promise<ResultData>;
}

/** What a search returns. */
export interface SearchResponse {
  results: Result[];
}

/** Filters: for each filter name, the values any of which a result must carry (the hits' `ChosenFilters`). */
export type Filters = ChosenFilters;

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<SearchResponse>;
}

/** The site's base path with a trailing slash. */
export const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let loading: Promise<Pagefind> | undefined;

/** Pagefind, imported from `<base>pagefind/pagefind.js` and initialised once. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({
      // Result addresses are stored relative to the base; Pagefind puts the base in front.
      baseUrl: base,
      // No `metaCacheTag`: a tag fixed per build would be baked into every page and change them all on
      // every edit. Without it a reader online gets this deploy's entry file; the worker serves it offline.
      excerptLength: EXCERPT_WORDS,
      // Pagefind's relevance only orders the records to read (rank.ts ranks the sentences), and a record's
      // length says nothing of its best sentence: no length penalty.
      ranking: { pageLength: 0 },
      // Searching on the page's own thread is quick and saves fetching the worker script.
      noWorker: true,
    });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * The query as sent to Pagefind: the stop words of query.ts are left out (they match nearly every record, and
 * their lists of pages are the biggest in the index) unless the query is nothing but them or a quoted phrase.
 */
export function searchTerms(query: string): string {
  const trimmed = query.trim();
  if (/^".+"$/.test(trimmed)) return trimmed;
  const words = trimmed.split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS.has(word.toLowerCase()));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** Run a search: words ('' for filters alone), filters (any value of each, every filter), or both. */
export async function runSearch(query: string, filters: Filters = {}): Promise<SearchResponse> {
  const pagefind = await loadPagefind();
  const terms = searchTerms(query);
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0).map(([name, values]) => [name, { any: values }]));
  const options = Object.keys(chosen).length > 0 ? { filters: chosen } : {};
  const term = terms === '' ? null : terms;
  return pagefind.search(term, options);
}

/** Build an element with a class and children. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/**
 * Pagefind's excerpt as nodes: its text, with the matched words in `<mark>`; anything else it might hold
 * is kept as text, never as markup.
 */
export function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK' ? element('mark', '', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

/** A link under the site's base for a path Pagefind or the records give (`/claims/x/`). */
export function siteLink(path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/**
 * A verdict's key (`needs-context`) from its label (`Needs context`), for the badge's colour. Each key is its
 * label in lower case with hyphens for spaces (a unit test holds every verdict of labels.ts to it), so the
 * script needs no copy of the labels and their meanings.
 */
export function verdictKey(label: string): string {
  return label.toLowerCase().replace(/ /g, '-');
}

/**
 * The search page's address for a query, as `routes.search(query)` spells it (a unit test compares them);
 * spelled here so that the search script carries no table of the site's routes.
 */
export function searchPath(query: string): string {
  return `search/?${new URLSearchParams({ q: query }).toString().replace(/\+/g, '%20')}`;
}

/** A claim's own page, as `routes.claim(id)` spells it (a unit test compares them). */
export function claimPath(id: string): string {
  return `claims/${encodeURIComponent(id)}/`;
}

/** A person or a page found by Pagefind as it is (not an article record). */
export interface PageHit {
  kind: 'person' | 'page';
  url: string;
  title: string;
  role?: string;
  /** Pagefind's excerpt: escaped text with `<mark>` elements. */
  excerptHtml: string;
  /** The excerpt as parts, when search made its own (ranked searches). */
  excerpt?: ExcerptPart[];
}

/** One result as the lists show it. */
export type Hit = SentenceHit | ArticleHit | PageHit;

/**
 * A person or a page as a result: a person's page itself; else the list item with an id that holds the match
 * (a timeline event), else the first of its sections that matched. `at` is the match's word position.
 */
export function pageHit(data: ResultData, at = data.locations[0]): PageHit {
  const { meta } = data;
  const target = meta.role ? data : (data.sub_results?.[0] ?? data);
  const item =
    meta.role || at === undefined
      ? undefined
      : data.anchors?.find((anchor) => anchor.element === 'li' && anchor.id && anchor.location <= at && at < anchor.location + words(anchor.text).length);
  const url = item ? `${data.url.replace(/#.*$/, '')}#${item.id}` : target.url;
  return { kind: meta.role ? 'person' : 'page', url, title: meta.title ?? data.url, role: meta.role, excerptHtml: target.excerpt };
}

/** Results as the lists read them, however they were found. */
export interface ResultList {
  /** Sentences (and, for a quoted phrase or filters alone, everything) found so far, in order. */
  readonly found: Hit[];
  /** People, pages and articles found by their own text: a group shown after the sentences. */
  readonly pages: Hit[];
  /** Whether every record has been read. */
  readonly complete: boolean;
  atLeast(count: number, most?: number): Promise<Hit[]>;
}

/** No results: what the search page holds before a search. */
export const NO_RESULTS: ResultList = { found: [], pages: [], complete: true, atLeast: async () => [] };

/** A record one or more of the query's words found, and how well it may answer. */
interface Candidate {
  result: Result;
  /** The query's words whose searches returned it. */
  words: Set<string>;
  /** Pagefind's scores, summed over those searches. */
  score: number;
  /** The concepts it may hold (all words of one of their names found it). */
  concepts: boolean[];
  /** Whether it holds a sentence with a verdict. */
  claims: boolean;
}

// Records read in the first round: the header box wants five results, and the best record usually holds
// several of them.
const FIRST_ROUND = 3;

/** Whether a record may hold a concept: all the words of one of its names (stop words aside) found it. */
function mayHold(concept: Concept, words: ReadonlySet<string>): boolean {
  return concept.alternatives.some((phrase) => phrase.every((word) => words.has(word) || STOP_WORDS.has(word)) && phrase.some((word) => words.has(word)));
}

/**
 * The results of a search for words, ranked sentence by sentence (rank.ts) over the records read so far,
 * the most promising read first (docs/search.md). Pages are kept only when their text holds a concept.
 */
export class RankedHits implements ResultList {
  found: Hit[] = [];
  pages: Hit[] = [];
  /** For each concept, whether anything read so far holds it. */
  readonly matched: boolean[];
  private read = 0;
  private readonly articles: RankedRecord[] = [];
  private readonly candidates: Candidate[];

  /** `searches` holds Pagefind's results for each of `parsed.words`; `claims`, the records with a verdict. */
  readonly parsed: ParsedQuery;
  private readonly filters: Filters;

  constructor(parsed: ParsedQuery, searches: ReadonlyArray<{ word: string; results: Result[] }>, filters: Filters, claims: ReadonlySet<string> = new Set()) {
    this.parsed = parsed;
    this.filters = filters;
    const byId = new Map<string, Candidate>();
    for (const { word, results } of searches) {
      for (const result of results) {
        const candidate = byId.get(result.id) ?? { result, words: new Set<string>(), score: 0, concepts: [], claims: claims.has(result.id) };
        candidate.words.add(word);
        candidate.score += result.score ?? 0;
        byId.set(result.id, candidate);
      }
    }
    const candidates = [...byId.values()];
    for (const candidate of candidates) candidate.concepts = parsed.concepts.map((concept) => mayHold(concept, candidate.words));
    // A concept few records hold says more about a record than one most hold.
    const rarity = parsed.concepts.map((_, index) => {
      const holding = candidates.filter((candidate) => candidate.concepts[index]).length;
      return holding === 0 ? 0 : Math.log(1 + (candidates.length + 1) / holding);
    });
    const promise = (candidate: Candidate) => candidate.concepts.reduce((sum, held, index) => sum + (held ? rarity[index]! : 0), 0);
    this.candidates = candidates
      .map((candidate) => ({ candidate, promise: promise(candidate) }))
      // Of records that hold the same concepts, those with sentences the editors gave a verdict first: their
      // sentences rank higher (rank.ts), and Pagefind, which scores records, cannot tell.
      .sort((a, b) => b.promise - a.promise || Number(b.candidate.claims) - Number(a.candidate.claims) || b.candidate.score - a.candidate.score)
      .map(({ candidate }) => candidate);
    this.matched = parsed.concepts.map(() => false);
  }

  get complete(): boolean {
    return this.read >= this.candidates.length;
  }

  /** The concepts nothing read holds, though records that might were read (or none was found at all). */
  get unmatched(): Concept[] {
    return this.parsed.concepts.filter((_, index) => {
      if (this.matched[index]) return false;
      const holders = this.candidates.filter((candidate) => candidate.concepts[index]);
      return holders.length === 0 || holders.some((candidate) => this.candidates.indexOf(candidate) < this.read);
    });
  }

  /**
   * Read records until at least `count` results are found or none are left; the sentences an earlier call
   * returned keep their places, the others are ranked after them. At most `most` files a round, `rounds`
   * rounds (the header box's preview reads two: each file is bytes before the first results).
   */
  async atLeast(count: number, most = 5, rounds = Number.POSITIVE_INFINITY): Promise<Hit[]> {
    // What an earlier call returned may be on screen already: it keeps its place. What this call reads is
    // ranked together, however many rounds it takes.
    const shown = this.found.slice();
    const kept = new Set(shown.map((hit) => (hit.kind === 'claim' ? hit.id : hit.url)));
    // Pages count towards `count` too (lists show them after the sentences): a query that names a person
    // finds their page and the sentences that mention them, whichever record comes first.
    for (let round = 0; round < rounds && this.found.length + this.pages.length < count && !this.complete; round++) {
      // After the first round, as many records as the sentences per record so far say are missing.
      const perRecord = Math.max(1, this.found.length / Math.max(1, this.read));
      const size = this.read === 0 ? Math.min(most, FIRST_ROUND) : Math.min(most, Math.ceil((count - this.found.length) / perRecord));
      const next = this.candidates.slice(this.read, this.read + size);
      this.read += next.length;
      const data = await Promise.all(next.map((candidate) => candidate.result.data()));
      const before = this.found.length + this.pages.length;
      for (const item of data) this.add(item);
      const ranking = rankSentences(this.articles, this.parsed.concepts, this.filters);
      ranking.matched.forEach((held, index) => {
        if (held) this.matched[index] = true;
      });
      this.found = [...shown, ...ranking.hits.filter((hit) => !kept.has(hit.id))];
      // A round of the most promising records left that holds nothing: the rest, less promising, are
      // Pagefind's loose matches (a word it does not know matches every record with an "a"). Stop there.
      if (this.found.length + this.pages.length === before) this.read = this.candidates.length;
    }
    return this.found;
  }

  /** Take in one record: an article's sentences for ranking, or a page (or the article's header) for the pages. */
  private add(item: ResultData): void {
    const entries = sentenceEntries(item);
    const chosen = Object.values(this.filters).some((values) => values.length > 0);
    if (entries.length > 0) {
      this.articles.push({ url: item.url, content: item.content, entries });
      if (chosen) return;
      // The article itself, when its title, dek or byline holds a concept.
      const header = words(item.content).slice(0, entries[0]!.at[0]).join(' ');
      const { matched, marked, first } = pageMatches(header, this.parsed.concepts);
      if (matched.some(Boolean)) this.pages.push({ kind: 'article', url: item.url, title: item.meta.title ?? item.url, excerpt: pageExcerpt(header, first, marked, this.parsed.concepts) });
      return;
    }
    if (chosen) return;
    const { matched, marked, first } = pageMatches(item.content, this.parsed.concepts);
    if (!matched.some(Boolean)) return;
    matched.forEach((held, index) => {
      if (held) this.matched[index] = true;
    });
    this.pages.push({ ...pageHit(item, first), excerpt: pageExcerpt(item.content, first, marked, this.parsed.concepts) });
  }
}

/** Excerpt parts as text and mark nodes; never markup. */
function partNodes(parts: ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? element('mark', '', part.text) : document.createTextNode(part.text)));
}

/**
 * One result as a list item: for a claim, the sentence (linking to its place in the text), its verdict,
 * kind, people and years, the excerpt where the words matched, and its own page when it has one (a note
 * bears on it). `compact` leaves out the details and the page link, for the header's short list.
 */
export function resultItem(hit: Hit, options: { compact?: boolean } = {}): HTMLLIElement {
  if (hit.kind === 'claim') {
    const item = element('li', 'search-result search-result-claim');
    const link = element('a', 'search-result-link', hit.title);
    // The link opens the sentence's note beside its line; the sentence's own id stays on the link.
    link.href = hit.url;
    link.dataset.claim = hit.id;
    const details = element('span', 'search-result-details');
    if (hit.verdict) {
      const badge = element('span', 'search-verdict', hit.verdict);
      badge.dataset.verdict = verdictKey(hit.verdict);
      details.append(badge);
    }
    // An opinion's verdict is "Opinion" already; saying it twice adds nothing.
    if (hit.type !== hit.verdict) details.append(element('span', 'search-result-type', hit.type));
    if (!options.compact) {
      if (hit.people.length) details.append(element('span', 'search-result-people', hit.people.join(', ')));
      if (hit.years.length) details.append(element('span', 'search-result-year', hit.years.join(', ')));
    }
    item.append(element('p', 'search-result-title', link), element('p', 'search-result-meta', details));
    if (!options.compact) {
      item.append(element('p', 'search-result-excerpt', ...partNodes(hit.excerpt)));
      if (hit.page) {
        const page = element('a', 'search-result-page', 'About this claim: notes, sources and verdict');
        page.href = siteLink(claimPath(hit.id));
        item.append(element('p', 'search-result-more', page));
      }
    }
    return item;
  }
  // An article, a person or a page: its title, what it is, and where the words matched.
  const item = element('li', `search-result ${hit.kind === 'person' ? 'search-result-person' : 'search-result-page'}`);
  const link = element('a', 'search-result-link', hit.title);
  link.href = hit.url;
  item.append(element('p', 'search-result-title', link));
  const what = hit.kind === 'person' ? (hit.role ?? 'Person') : hit.kind === 'article' ? 'Article' : 'Page';
  item.append(element('p', 'search-result-meta', element('span', 'search-result-type', what)));
  if (!options.compact) {
    const excerpt = hit.kind === 'article' || hit.excerpt ? partNodes(hit.excerpt!) : excerptNodes(hit.excerptHtml);
    item.append(element('p', 'search-result-excerpt', ...excerpt));
  }
  return item;
}

/**
 * The sentence a live region reads after a search (`more`: not all have been read yet), e.g.
 * "3 results for “pygmy”.", "20+ results for “iran”." or "No results for “x” with these filters."
 */
export function describeCount(count: number, query: string, filtered = false, more = false): string {
  const what = query.trim() ? ` for “${query.trim()}”` : '';
  const how = filtered ? ' with these filters' : '';
  if (count === 0 && !more) return `No results${what}${how}.`;
  if (more) return `${count}+ results${what}${how}.`;
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${how}.`;
}

/**
 * Fill `box` with "Showing results for <corrected>. Search instead for <typed>.", or, when nothing was
 * corrected, empty and hide it. `searchTyped` runs when the reader asks for the words as typed.
 */
export function showCorrection(box: HTMLElement, corrected: string | undefined, typed: string, searchTyped: () => void): void {
  box.replaceChildren();
  box.hidden = corrected === undefined;
  if (corrected === undefined) return;
  const instead = element('button', 'search-suggestion', typed.trim());
  instead.type = 'button';
  instead.addEventListener('click', searchTyped);
  box.append('Showing results for ', element('strong', '', corrected.trim()), '. Search instead for ', instead, '.');
}
