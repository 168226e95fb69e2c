/**
 * Search results as readers see them, from what Pagefind returns for one record: an article record gives one
 * result per matching sentence (the index side is lib/exports/search-records.ts). Plain data in and out.
 */

/** The filter that carries each sentence's place and values in an article record; never filtered by. */
export const SENTENCE_FILTER = 'sentence';

/** One sentence of an article record, as its `sentence` filter value holds it (JSON). */
export interface SentenceEntry {
  /** The claim id, the sentence's anchor in the reading page. */
  id: string;
  /**
   * Word positions in the record's content (Pagefind counts words between whitespace, from 0): where the
   * sentence starts, where its own words end (the notes and names follow), where its part ends.
   */
  at: [start: number, sentenceEnd: number, end: number];
  /** Where each note's title lies in the sentence's part, as word positions `[from, to)`: ranked above note bodies. */
  titles?: Array<[from: number, to: number]>;
  type: string;
  verdict?: string;
  person?: string[];
  year?: string[];
  /** Present when the sentence has a page of its own (`claims/<id>/`). */
  page?: 1;
  /** The id of the note a result opens (the claim note behind the verdict), when a claim note bears on it. */
  note?: string;
}

/** The slice of Pagefind's result data read here. */
export interface HitSource {
  /** The record's address, with the base in front. */
  url: string;
  /** The record's words, as indexed. */
  content: string;
  /** Where the query's words are in `content`, as word positions from 0. */
  locations: number[];
  meta: Record<string, string | undefined>;
  /** The record's own filter values; an article's include one `sentence` value per sentence. */
  filters?: Record<string, string[] | undefined>;
}

/** Values per filter; any of a filter's values matches, and every filter must match. */
export type ChosenFilters = Record<string, string[]>;

/** A run of words in an excerpt, marked when the query matched it. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One sentence found: what the result list shows and where it leads. */
export interface SentenceHit {
  kind: 'claim';
  id: string;
  url: string;
  /** The sentence. */
  title: string;
  type: string;
  verdict?: string;
  people: string[];
  years: string[];
  /** Whether the sentence has a page of its own (`claims/<id>/`). */
  page: boolean;
  /** The words around the first match in the sentence and its notes. */
  excerpt: ExcerptPart[];
  /** How well it answers the query (higher is better), when ranked. */
  score?: number;
}

/** A sentence as a result, from its record's address and words: it opens the sentence's claim note, if any. */
export function sentenceHit(url: string, tokens: readonly string[], entry: SentenceEntry, excerpt: ExcerptPart[], score?: number): SentenceHit {
  const { id, type, verdict, person, year, page, note } = entry;
  const title = tokens.slice(entry.at[0], entry.at[1]).join(' ');
  return { kind: 'claim', id, url: `${url.replace(/#.*$/, '')}#${note ?? id}`, title, type, ...(verdict ? { verdict } : {}), people: person ?? [], years: year ?? [], page: page === 1, excerpt, ...(score === undefined ? {} : { score }) };
}

/** An article found by its title, dek, authors or publisher. */
export interface ArticleHit {
  kind: 'article';
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}

/** The words of a text as Pagefind counts them: what lies between runs of whitespace. The records' word
 * positions are written (search-records.ts) and read (below) with this one rule. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** How many words an excerpt shows (Pagefind's `excerptLength` on the rest of the site). */
export const EXCERPT_WORDS = 22;

/** The sentences an article record holds, in reading order; none for any other record. */
export function sentenceEntries(source: Pick<HitSource, 'filters'>): SentenceEntry[] {
  return (source.filters?.[SENTENCE_FILTER] ?? [])
    .map((value) => JSON.parse(value) as SentenceEntry)
    .sort((a, b) => a.at[0] - b.at[0]);
}

/** Whether a sentence carries, for every chosen filter, one of its values. */
export function sentenceMatches(entry: SentenceEntry, chosen: ChosenFilters): boolean {
  return Object.entries(chosen).every(([name, values]) => {
    if (values.length === 0) return true;
    const own = name === 'type' ? [entry.type] : name === 'verdict' ? (entry.verdict ? [entry.verdict] : []) : (entry[name as 'person' | 'year'] ?? []);
    return own.some((value) => values.includes(value));
  });
}

/** `length` words of `all[from, to)` around `centre`, with the words at `marked` positions marked. */
export function excerpt(all: string[], from: number, to: number, centre: number, marked: Set<number>, length = EXCERPT_WORDS): ExcerptPart[] {
  const start = Math.max(from, Math.min(centre - Math.floor(length / 2), to - length));
  const end = Math.min(to, start + length);
  const parts: ExcerptPart[] = [];
  for (let at = start; at < end; at++) {
    const mark = marked.has(at);
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += ` ${all[at]}`;
    else parts.push({ text: `${parts.length > 0 ? ' ' : ''}${all[at]}`, mark });
  }
  // The space before a run belongs outside its mark.
  return parts.flatMap((part) => (part.mark && part.text.startsWith(' ') ? [{ text: ' ', mark: false }, { text: part.text.slice(1), mark: true }] : [part]));
}

