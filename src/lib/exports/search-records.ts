/**
 * The search index beside the crawled pages: one Pagefind record per article, from `claims.json`, and the
 * search page's facets. One record per article, not per sentence, because Pagefind's meta file, loaded by
 * every first search, lists every record. A `sentence` filter value per sentence holds its word range and
 * own filters, so the browser splits a record into sentence results (search.ts); nobody filters by it, so
 * Pagefind never loads it up front. URLs are relative to the site's base.
 */
import type { ClaimsExport } from './claims-json.ts';
import { CLAIM_TYPE_LABELS, VERDICT_LABELS, formatPublished } from '../views/labels.ts';
import { routes } from '../views/routes.ts';
import { SENTENCE_FILTER, words, type SentenceEntry } from '../views/search-hits.ts';

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

/** What the index holds for one sentence: its words with the notes on it and its people's names, and its filter values. */
export interface SentencePart {
  content: string;
  /** Where each note's title lies in `content`, as word positions `[from, to)`. */
  titles: Array<[number, number]>;
  filters: Partial<Record<FilterName, string[]>>;
}

/**
 * One article's sentences in reading order: the sentence first (so a hit's excerpt reads as it), then its
 * notes with their events' labels (the period pages are not crawled), then its people's names (so "Bush"
 * finds "the president"). `names` gains the article's detected people.
 */
function sentenceParts(article: ClaimsExport['articles'][number], names: Map<string, string>): SentencePart[] {
  const notes = new Map(article.notes.map((note) => [note.id, note]));
  for (const person of article.people) if (!names.has(person.id)) names.set(person.id, person.name);
  return article.claims.map((claim) => {
    const people = claim.people.map((id) => names.get(id) ?? id);
    const parts = [claim.text];
    let at = words(claim.text).length;
    const titles: Array<[number, number]> = [];
    for (const id of claim.notes) {
      const note = notes.get(id);
      if (!note) continue;
      const title = words(note.title ?? '').length;
      if (title > 0) titles.push([at, at + title]);
      const text = [note.title, note.text, note.knownThen, note.knownLater, ...(note.events ?? []).map((event) => event.label)].filter(Boolean).join(' ');
      parts.push(text);
      at += words(text).length;
    }
    const filters: Record<FilterName, string[]> = {
      type: [claim.typeLabel],
      verdict: claim.verdictLabel ? [claim.verdictLabel] : [],
      person: people,
      year: claim.years,
    };
    return { content: [...parts, people.join(' ')].join(' '), titles, filters: dropEmpty(filters) };
  });
}

/** Names by person id, from the register. */
function registerNames(data: ClaimsExport): Map<string, string> {
  return new Map(data.people.map((person) => [person.id, person.name]));
}

/** Every sentence's part, in article and reading order: what {@link facets} counts. */
export function sentencePartsOf(data: ClaimsExport): SentencePart[] {
  const names = registerNames(data);
  return data.articles.flatMap((article) => sentenceParts(article, names));
}

/**
 * One record per article, at its reading page: the header, then each sentence's part. Its filters are the
 * union of its sentences' (so Pagefind narrows to articles that can match), and `sentence` holds one
 * {@link SentenceEntry} each (so the browser narrows to the sentences that do).
 */
export function articleRecords(data: ClaimsExport): SearchRecord[] {
  const names = registerNames(data);
  return data.articles.map((article) => {
    const parts = sentenceParts(article, names);
    // What the reading page's header shows: title, dek, byline, publisher and day.
    const header = [article.title, article.dek ?? '', article.authors.join(', '), article.publisher, formatPublished({ published: article.published })];
    const content = words(header.join(' '));
    const sentences: string[] = [];
    const union: Record<FilterName, Set<string>> = { type: new Set(), verdict: new Set(), person: new Set(), year: new Set() };
    article.claims.forEach((claim, index) => {
      const record = parts[index]!;
      const start = content.length;
      const own = words(claim.text).length;
      content.push(...words(record.content));
      const { person, year } = record.filters;
      // The note a result opens: the claim note whose verdict is the sentence's, else its first claim note.
      const claimNotes = claim.notes.map((id) => article.notes.find((note) => note.id === id)).filter((note) => note?.layer === 'claim');
      const note = (claimNotes.find((candidate) => candidate?.verdict === claim.verdict) ?? claimNotes[0])?.id;
      const entry: SentenceEntry = {
        id: claim.id,
        at: [start, start + own, content.length],
        ...(record.titles.length > 0 ? { titles: record.titles.map(([from, to]): [number, number] => [start + from, start + to]) } : {}),
        type: claim.typeLabel,
        ...(claim.verdictLabel ? { verdict: claim.verdictLabel } : {}),
        ...(person ? { person } : {}),
        ...(year ? { year } : {}),
        ...(claim.page ? { page: 1 as const } : {}),
        ...(note ? { note } : {}),
      };
      sentences.push(JSON.stringify(entry));
      for (const name of FILTER_NAMES) for (const value of record.filters[name] ?? []) union[name].add(value);
    });
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

/** Each filter's values counted over claims: types and verdicts in the method's order, people by count, years ascending. */
export function facets(records: readonly SentencePart[]): Facets {
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

function dropEmpty<T extends Record<string, string[]>>(filters: T): Partial<T> {
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)) as Partial<T>;
}
