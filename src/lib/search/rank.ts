/**
 * Sentences ranked by how well they answer a query, each scored on its own so the best sentence of the site
 * comes first, not the first of an article: each concept counts once, for its best match, by field weight
 * times its rarity among the sentences loaded (docs/search.md). Pure: the browser runs it on its records.
 */
import { normalWords, wordMatch, type Concept } from './query.ts';
import { excerpt, sentenceHit, sentenceMatches, words, type ChosenFilters, type ExcerptPart, type SentenceEntry, type SentenceHit } from '../views/search-hits.ts';

/** Weights of the fields of a sentence's part. */
export const FIELD_WEIGHTS = { sentence: 3, title: 2, rest: 1 } as const;

/** What each further match of a concept in a sentence's part adds, as a share of its weight. */
const FURTHER_MENTIONS = 0.2;

/**
 * How much more a sentence the editors gave a verdict counts than one they did not: it is a claim the
 * edition answers (its result opens a note with a verdict and sources), which is what a search of claims is
 * for. Small beside the field weights, yet it can lift a sentence above one with an extra match that is far
 * commoner (under a quarter of the rarity, in the text's own words) or lies only in a note.
 */
export const CLAIM_WEIGHT = 1.25;

/** A loaded article record, as ranking reads it. */
export interface RankedRecord {
  url: string;
  /** The record's words, as indexed. */
  content: string;
  /** Its sentences ({@link sentenceEntries}). */
  entries: SentenceEntry[];
}

/** A record's words, normalised, each with the position (in Pagefind's whitespace count) it came from. */
export interface Stream {
  tokens: string[];
  words: string[];
  positions: number[];
}

/** Split a record's content into the words search compares, keeping each one's place. */
export function streamOf(content: string): Stream {
  const tokens = words(content);
  const stream: Stream = { tokens, words: [], positions: [] };
  tokens.forEach((token, position) => {
    for (const word of normalWords(token)) {
      stream.words.push(word);
      stream.positions.push(position);
    }
  });
  return stream;
}

/** Where a concept matches in `stream.words[from, to)`: each match's first word index, positions and quality. */
export interface Match {
  /** Word positions (Pagefind's) the match covers. */
  positions: number[];
  quality: number;
}

/** Every match of a concept's alternatives in a range of the stream's words. */
export function matchesIn(stream: Stream, from: number, to: number, concept: Concept): Match[] {
  const found: Match[] = [];
  for (const phrase of concept.alternatives) {
    for (let at = from; at + phrase.length <= to; at++) {
      let quality = 1;
      for (let index = 0; index < phrase.length && quality > 0; index++) quality = Math.min(quality, wordMatch(phrase[index]!, stream.words[at + index]!));
      if (quality > 0) found.push({ positions: [...new Set(stream.positions.slice(at, at + phrase.length))], quality });
    }
  }
  return found;
}

/** The first and last-plus-one index of the stream's words whose positions fall in `[start, end)`. */
function wordRange(stream: Stream, start: number, end: number): [number, number] {
  let from = 0;
  while (from < stream.positions.length && stream.positions[from]! < start) from++;
  let to = from;
  while (to < stream.positions.length && stream.positions[to]! < end) to++;
  return [from, to];
}

/** The weight of the field a word position lies in. */
function fieldWeight(entry: SentenceEntry, position: number): number {
  if (position >= entry.at[0] && position < entry.at[1]) return FIELD_WEIGHTS.sentence;
  if (entry.titles?.some(([from, to]) => position >= from && position < to)) return FIELD_WEIGHTS.title;
  return FIELD_WEIGHTS.rest;
}

/** One sentence's best match per concept (0 when none) and the positions to mark. */
interface SentenceMatch {
  record: RankedRecord;
  stream: Stream;
  entry: SentenceEntry;
  best: number[];
  /** Where the best weighted match lies, for the excerpt's centre. */
  centre: number;
  marked: Set<number>;
}

/** What ranking found: sentences, best first, and which concepts matched nowhere. */
export interface Ranking {
  hits: SentenceHit[];
  /** For each concept, whether any sentence loaded matched it. */
  matched: boolean[];
}

/**
 * Every sentence of `records` (in Pagefind's order, which breaks ties after reading order) that matches a
 * concept and the chosen filters, best first.
 */
export function rankSentences(records: readonly RankedRecord[], concepts: readonly Concept[], chosen: ChosenFilters = {}): Ranking {
  const found: SentenceMatch[] = [];
  let total = 0;
  const counts = concepts.map(() => 0);
  for (const record of records) {
    const stream = streamOf(record.content);
    for (const entry of record.entries) {
      total++;
      if (!sentenceMatches(entry, chosen)) continue;
      const [from, to] = wordRange(stream, entry.at[0], entry.at[2]);
      const best = concepts.map(() => 0);
      const marked = new Set<number>();
      let centre = entry.at[0];
      let centreWeight = 0;
      concepts.forEach((concept, index) => {
        let sum = 0;
        for (const match of matchesIn(stream, from, to, concept)) {
          for (const position of match.positions) marked.add(position);
          const weight = fieldWeight(entry, match.positions[0]!) * match.quality;
          sum += weight;
          if (weight > best[index]!) best[index] = weight;
          if (weight > centreWeight) {
            centreWeight = weight;
            centre = match.positions[0]!;
          }
        }
        // Each further mention, in the sentence or its notes, adds a little: a sentence whose notes discuss
        // the concept is more about it than one that names it once. Never more than the best match again.
        best[index]! += Math.min(best[index]!, FURTHER_MENTIONS * (sum - best[index]!));
      });
      if (best.every((weight) => weight === 0)) continue;
      best.forEach((weight, index) => {
        if (weight > 0) counts[index]!++;
      });
      found.push({ record, stream, entry, best, centre, marked });
    }
  }
  const rarity = counts.map((count) => (count > 0 ? Math.log(1 + total / count) : 0));
  const scored = found.map((match, order) => {
    const score = match.best.reduce((sum, weight, index) => sum + weight * rarity[index]!, 0);
    return { match, order, score: match.entry.verdict ? score * CLAIM_WEIGHT : score };
  });
  // Of sentences that match alike, the shorter is more about what matched.
  const length = ({ match }: (typeof scored)[number]) => match.entry.at[1] - match.entry.at[0];
  scored.sort((a, b) => b.score - a.score || length(a) - length(b) || a.order - b.order);
  return {
    hits: scored.map(({ match: { record, stream, entry, centre, marked }, score }) =>
      sentenceHit(record.url, stream.tokens, entry, narrowMarks(excerpt(stream.tokens, entry.at[0], entry.at[2], centre, marked), concepts), score),
    ),
    matched: counts.map((count) => count > 0),
  };
}

/**
 * Excerpt parts with the marks narrowed to the matched words: a marked run of text such as `“pygmy”—and`
 * (one word as Pagefind counts words) keeps its mark on `pygmy` alone.
 */
export function narrowMarks(parts: readonly ExcerptPart[], concepts: readonly Concept[]): ExcerptPart[] {
  const queryWords = [...new Set(concepts.flatMap((concept) => concept.alternatives.flat()))];
  const matches = (text: string) => normalWords(text).some((word) => queryWords.some((queryWord) => wordMatch(queryWord, word) > 0));
  const narrowed: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (text === '') return;
    const last = narrowed.at(-1);
    if (last && last.mark === mark) last.text += text;
    else narrowed.push({ text, mark });
  };
  for (const part of parts) {
    if (!part.mark) {
      push(part.text, false);
      continue;
    }
    // Words (letters and digits, with inner apostrophes) and what lies between them.
    for (const piece of part.text.split(/([\p{L}\p{N}]+(?:['’][\p{L}]+)*)/u)) push(piece, piece !== '' && /[\p{L}\p{N}]/u.test(piece) && matches(piece));
  }
  return narrowed;
}

/**
 * Whether a page's text matches each concept (a page is shown only when it matches one), and the positions
 * to mark in it.
 */
export function pageMatches(content: string, concepts: readonly Concept[]): { matched: boolean[]; marked: Set<number>; first: number } {
  const stream = streamOf(content);
  const marked = new Set<number>();
  let first = -1;
  const matched = concepts.map((concept) => {
    const matches = matchesIn(stream, 0, stream.words.length, concept);
    for (const match of matches) for (const position of match.positions) marked.add(position);
    if (matches.length > 0 && (first < 0 || matches[0]!.positions[0]! < first)) first = matches[0]!.positions[0]!;
    return matches.length > 0;
  });
  return { matched, marked, first };
}

/** An excerpt of a page's text around its first match, matched words marked. */
export function pageExcerpt(content: string, first: number, marked: Set<number>, concepts: readonly Concept[]): ExcerptPart[] {
  const tokens = words(content);
  return narrowMarks(excerpt(tokens, 0, tokens.length, Math.max(first, 0), marked), concepts);
}
