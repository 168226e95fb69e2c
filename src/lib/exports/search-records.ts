/**
 * What the search index holds beside the crawled pages, as plain data: one Pagefind record per article,
 * built from the claims dataset (`claims.json`), plus the filter facets the search page offers.
 *
 * Why one record per article and not per sentence: Pagefind's meta file, which every first search
 * downloads, lists every record, so a record per sentence makes it grow with the archive (about 300 KB at
 * a thousand op-eds). An article's record holds its sentences one after another, each followed by the
 * notes on it and the names of the people it mentions; a `sentence` filter value per sentence gives its id,
 * where its words lie in the record, and its own type, verdict, people and years. The browser reads
 * Pagefind's word locations against those ranges and shows each matching sentence as a result of its own,
 * at `articles/<slug>/#<claim-id>`, filtered by its own values (search.ts). Pagefind loads a filter's file
 * only to filter by it, and nobody filters by `sentence`, so those values cost nothing until a result's
 * own fragment arrives. URLs here are relative to the site's base; the browser adds the base (`baseUrl`).
 */
import type { ClaimsExport } from './claims-json.ts';
import { CLAIM_TYPE_LABELS, VERDICT_LABELS, formatPublished } from '../views/labels.ts';
import { routes } from '../views/routes.ts';
import { SENTENCE_FILTER, words, type SentenceEntry } from '../views/search-hits.ts';

export { SENTENCE_FILTER, words, type SentenceEntry };

/** A record for Pagefind's `addCustomRecord`. */
export interface SearchRecord {
  /** Address relative to the base, starting with `/`. */
  url: string;
  /** The words to index. */
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The filters the index and the search page share, in the order the page shows them. */
export const FILTER_NAMES = ['type', 'verdict', 'person', 'year'] as const;

/** A filter's name. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** Filter labels as readers see them. */
export const FILTER_LABELS: Record<FilterName, string> = {
  type: 'Kind of statement',
  verdict: 'Verdict',
  person: 'Person',
  year: 'Year',
};

/**
 * What the index holds for each claim: the sentence and the notes on it, with its type, verdict, person
 * and year. These are the sentences of {@link articleRecords} and what {@link facets} counts.
 *
 * Pagefind searches meta fields as well as content, so the only meta is the title (the sentence, which is
 * in the content anyway): an article title or a page address there would make every claim match its words.
 * The interface reads the verdict, type, people and years from filters, which are not searched.
 *
 * @param data The claims dataset.
 * @returns One per claim, in article and reading order; the URL is the sentence's place in the reading page.
 */
export function claimRecords(data: ClaimsExport): SearchRecord[] {
  const names = new Map(data.people.map((person) => [person.id, person.name]));
  return data.articles.flatMap((article) => {
    const notes = new Map(article.notes.map((note) => [note.id, note]));
    for (const person of article.people) if (!names.has(person.id)) names.set(person.id, person.name);
    return article.claims.map((claim) => {
      const people = claim.people.map((id) => names.get(id) ?? id);
      const onClaim = claim.notes.flatMap((id) => {
        const note = notes.get(id);
        // The labels of the note's dated events too: the timeline's period pages, which also show them, are not crawled.
        return note ? [[note.title, note.text, note.knownThen, note.knownLater, ...(note.events ?? []).map((event) => event.label)].filter(Boolean).join(' ')] : [];
      });
      const filters: Record<FilterName, string[]> = {
        type: [claim.typeLabel],
        verdict: claim.verdictLabel ? [claim.verdictLabel] : [],
        person: people,
        year: claim.years,
      };
      return {
        url: `/${routes.article(article.slug)}#${claim.id}`,
        // The sentence first, so an excerpt of a hit in it reads as the sentence; names help "Bush" find
        // sentences that say "the president".
        content: [claim.text, ...onClaim, people.join(' ')].join(' '),
        language: article.language,
        meta: { title: claim.text },
        filters: dropEmpty(filters),
      };
    });
  });
}


/**
 * One record per article: its title, dek, authors, publisher and day, then each sentence with the notes on it
 * and the names of its people, in reading order. Its filters are the union of its sentences' (so Pagefind
 * narrows to the articles that can match), and `sentence` holds one {@link SentenceEntry} per sentence
 * (so the browser narrows to the sentences that do).
 *
 * @param data The claims dataset.
 * @returns Records whose URL is the article's reading page.
 */
export function articleRecords(data: ClaimsExport): SearchRecord[] {
  const claims = claimRecords(data);
  let next = 0;
  return data.articles.map((article) => {
    // What the reading page's header shows: title, dek, byline, publisher and day.
    const header = [article.title, article.dek ?? '', article.authors.join(', '), article.publisher, formatPublished({ published: article.published })];
    const content = words(header.join(' '));
    const sentences: string[] = [];
    const union: Record<FilterName, Set<string>> = { type: new Set(), verdict: new Set(), person: new Set(), year: new Set() };
    for (const claim of article.claims) {
      const record = claims[next++]!;
      const start = content.length;
      const own = words(claim.text).length;
      content.push(...words(record.content));
      const { person, year } = record.filters;
      const entry: SentenceEntry = {
        id: claim.id,
        at: [start, start + own, content.length],
        type: claim.typeLabel,
        ...(claim.verdictLabel ? { verdict: claim.verdictLabel } : {}),
        ...(person ? { person } : {}),
        ...(year ? { year } : {}),
        ...(claim.page ? { page: 1 as const } : {}),
      };
      sentences.push(JSON.stringify(entry));
      for (const name of FILTER_NAMES) for (const value of record.filters[name] ?? []) union[name].add(value);
    }
    const filters = Object.fromEntries(FILTER_NAMES.map((name) => [name, [...union[name]]]));
    return {
      url: `/${routes.article(article.slug)}`,
      content: content.join(' '),
      language: article.language,
      meta: { title: article.title },
      filters: dropEmpty({ ...filters, [SENTENCE_FILTER]: sentences }),
    };
  });
}

/** The values of each filter with how many claims carry them, for the search page's checkboxes. */
export type Facets = Record<FilterName, Array<{ value: string; count: number }>>;

/**
 * The filter values the index holds, counted over claims: types and verdicts in the method's order,
 * people by number of claims, years ascending.
 *
 * @param records Claim records.
 * @returns Every filter's values.
 */
export function facets(records: SearchRecord[]): Facets {
  const result = {} as Facets;
  for (const name of FILTER_NAMES) {
    const counts = new Map<string, number>();
    for (const record of records) for (const value of record.filters[name] ?? []) counts.set(value, (counts.get(value) ?? 0) + 1);
    const values = [...counts].map(([value, count]) => ({ value, count }));
    if (name === 'person') values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    else if (name === 'year') values.sort((a, b) => a.value.localeCompare(b.value));
    else values.sort((a, b) => ORDER[name].indexOf(a.value) - ORDER[name].indexOf(b.value));
    result[name] = values;
  }
  return result;
}

// Types and verdicts are listed in the order the method page explains them.
const ORDER = {
  type: Object.values(CLAIM_TYPE_LABELS),
  verdict: Object.values(VERDICT_LABELS).map((verdict) => verdict.label),
};

function dropEmpty(filters: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0));
}
