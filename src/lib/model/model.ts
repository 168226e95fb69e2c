/**
 * The edition's structured model of one article: its claims, people, dates and notes, with positions.
 *
 * The remark plugins build it on `file.data.edition`; the articles loader keeps it with the article's HTML
 * in the article's rendering file (src/loader/rendered-files.ts), and
 * src/site.ts reads it back for the pages. The ledger, the people pages, the timeline, the search index and
 * the exports all read this one model. Everything in it is plain JSON.
 */
import type { CheckWorthiness, ClaimType } from '../tagging/claims.ts';
import type { DateModifier, DatePrecision } from '../tagging/dates.ts';
import type { Layer, Source, Verdict } from '../content/schema.ts';

/** Verdicts from gravest to mildest: a sentence holding several checked claims shows the first that applies. */
export const VERDICT_SEVERITY: readonly Verdict[] = [
  'inaccurate',
  'misleading',
  'did-not-hold-up',
  'unsupported',
  'needs-context',
  'held-up',
  'accurate',
  'not-checkable',
];

/** Where something sits in the article's plain text (blocks joined by a blank line). */
export interface TextPosition {
  /** Index of the paragraph (or heading) in the body, from 0. */
  block: number;
  /** Offset in the whole plain text (the W3C TextPositionSelector start). */
  start: number;
  /** End offset, exclusive. */
  end: number;
}

/** A sentence, classified. */
export interface ClaimRecord extends TextPosition {
  id: string;
  text: string;
  type: ClaimType;
  /** True when a curated note set the type rather than the classifier. */
  typeCurated: boolean;
  checkWorthiness: CheckWorthiness;
  /** Ids of the classification rules that decided the type. */
  rules: string[];
  /** The curated verdict, when a claim note gives one. */
  verdict?: Verdict;
  /** Ids of the notes anchored inside this sentence. */
  notes: string[];
  /** Registry ids of the people mentioned in it. */
  people: string[];
  /** Ids of the date mentions in it. */
  dates: string[];
}

/** One mention of a person. */
export interface PersonMentionRecord extends TextPosition {
  /** The element id of the mention in the article page. */
  id: string;
  person: string;
  text: string;
  registered: boolean;
  via: 'name' | 'alias' | 'coreference' | 'detected' | 'inferred';
  claim?: string;
}

/** One date phrase and how it was resolved. */
export interface DateRecord extends TextPosition {
  id: string;
  text: string;
  value: string;
  startDay: string;
  endDay: string;
  precision: DatePrecision;
  relative: boolean;
  modifier: DateModifier;
  claim?: string;
}

/** A curated note, anchored. */
export interface NoteRecord extends TextPosition {
  id: string;
  layer: Layer;
  /** The note's number in reading order, shared by the margin, the endnotes and the ledger. */
  number: number;
  title?: string;
  quote: { exact: string; prefix?: string; suffix?: string };
  /** The note's Markdown fields, as checked safe; `views` and `render` turn them into markup. */
  body: string;
  verdict?: Verdict;
  claimType?: ClaimType;
  knownThen?: string;
  knownLater?: string;
  events: Array<{ date: string; label: string }>;
  person?: string;
  sources: Source[];
  /** The sentence the note is anchored in, when it lies inside one. */
  claim?: string;
  /** For date notes: the date in the quote, its words and how it was resolved. */
  resolution?: { phrase: string; value: string; start: string; end: string; precision: DatePrecision; relative: boolean };
}

/** A person known to the article: registered in content/people/ or detected in the text. */
export interface PersonRecord {
  id: string;
  name: string;
  registered: boolean;
  mentions: number;
}

/** The whole model of one article. */
export interface EditionModel {
  slug: string;
  published: string;
  /** The body's plain text, blocks joined by "\n\n": the reference for TextPositionSelectors. */
  text: string;
  claims: ClaimRecord[];
  mentions: PersonMentionRecord[];
  people: PersonRecord[];
  dates: DateRecord[];
  notes: NoteRecord[];
}

/** An empty model for an article. */
export function emptyModel(slug: string, published: string): EditionModel {
  return { slug, published, text: '', claims: [], mentions: [], people: [], dates: [], notes: [] };
}
