/**
 * Temporal expressions in prose, found and resolved against the day the piece was published.
 *
 * `buildEditionModel` calls `findDates` on each paragraph and heading and `remark-edition` wraps every mention in
 * `<time datetime="{value}" data-start="{start}" data-end="{end}">`; the timeline and the notes read the
 * same resolutions. Everything here is plain data in, plain data out: days are YYYY-MM-DD strings at the
 * edges and whole day numbers inside, so no time zone ever enters.
 *
 * What a mention's `text` covers — the temporal phrase itself, meaning the words that decide which days are
 * meant:
 * - Words that change the span are inside the tag: "earlier this week", "the end of 2007", "early 2007",
 *   "the mid-1990s", "around 2003", "from 2003 to 2007", "between 2003 and 2007".
 * - Words that only relate an event to the span stay outside: "in", "on", "by", "since", "until",
 *   "as recently as". So "as recently as October 2007" tags "October 2007", "by the end of 2007" tags
 *   "the end of 2007", "on Monday" tags "Monday", "in 1994" tags "1994".
 * - One exception: "in recent months" (and weeks, years, days) is tagged whole, as the fixed idiom it is.
 *
 * What `value` holds — the most precise valid HTML `<time datetime>` the words support, never more:
 * - a day (`2007-12-03`), an ISO week (`2007-W49`), a month (`2007-10`) or a year (`2007`) when the phrase
 *   names one, even when `start`/`end` narrow it ("the end of 2007" is `2007`, December in `start`/`end`);
 * - for a season, decade, or range: the month when the span lies in one month, else the year when it lies in
 *   one year, else the first year of the span. HTML has no duration-free value for "the 1990s" (`199` is not
 *   valid), so the 1990s are `1990` and `start`/`end` carry the span.
 *
 * Not dates, on purpose: durations without an anchor ("three years", "60 days", "12 to 18 months"), bare
 * "recently" and "now" (no extent), "the next year" and "the following year" (they count from the story,
 * not from publication), and a four-digit number with no date-like context ("Section 1994", "2000 troops").
 */

import { calendarDay, dayNumber, isoDay, isValidDatetimeValue, isValidIsoDate } from '../calendar.ts';
import { RULES } from './date-rules.ts';
import { chronoDays } from './date-chrono.ts';
import { lower, resolved, spanPeriod, type DateModifier, type DatePrecision, type Impossible, type Resolved } from './date-periods.ts';

export { isValidDatetimeValue, isValidIsoDate };
export type { DateModifier, DatePrecision };


/** One temporal phrase resolved to calendar days. */
export interface DateResolution {
  /** The most precise valid HTML `<time datetime>` value the phrase supports (see the module comment). */
  value: string;
  /** First day of the span, YYYY-MM-DD, inclusive. */
  start: string;
  /** Last day of the span, YYYY-MM-DD, inclusive. */
  end: string;
  precision: DatePrecision;
  /** True when the publication date was needed: "earlier this week", "last year", "Monday", "Dec. 3". */
  relative: boolean;
  modifier: DateModifier;
}

/** A temporal phrase as it stands in a text, with where it stands. */
export interface DateMention extends DateResolution {
  /** The phrase exactly as in the text; prepositions such as "in", "by", "as recently as" stay outside. */
  text: string;
  /** Index of the phrase's first character in the text, in UTF-16 code units (as `String#slice` counts). */
  offset: number;
}

/** A phrase shaped like a date that names no real day ("February 30, 2007"), for the build to stop on. */
export interface ImpossibleDate {
  text: string;
  offset: number;
  /** Why no day fits, in words a content editor can act on. */
  reason: string;
}

// ------------------------------------------------------------------------------------------------------
// Finding.

/** A mention that still carries its span as day numbers, for joining ranges. */
type SpannedMention = DateMention & { span: Resolved };

interface Candidate {
  offset: number;
  text: string;
  outcome: Resolved | Impossible;
  rank: number;
}

function publicationDay(published: string): number {
  if (!isValidIsoDate(published)) {
    throw new RangeError(`Unexpected publication date \`${published}\`, expected a real day written YYYY-MM-DD`);
  }
  const [year, month, day] = published.split('-').map(Number);
  return dayNumber(year ?? 0, month ?? 0, day ?? 0);
}

function toMention(text: string, offset: number, r: Resolved): DateMention {
  return {
    text, offset, value: r.value, start: isoDay(r.start), end: isoDay(r.end),
    precision: r.precision, relative: r.relative, modifier: r.modifier,
  };
}

/** Two mentions joined as a range ("from October 2006 to March 2007", "Monday–Wednesday"), or null. */
function joinedRange(first: SpannedMention, second: SpannedMention, text: string): SpannedMention | null {
  if (first.precision === 'range' || second.precision === 'range') return null;
  if (second.span.start < first.span.start || second.span.end < first.span.end) return null;
  const gap = text.slice(first.offset + first.text.length, second.offset);
  const joiner = /^(?:\s*[–—-]\s*|\s+(to|through|until|and)\s+)$/i.exec(gap);
  if (!joiner) return null;
  const lead = /\b(from|between)\s+$/i.exec(text.slice(0, first.offset));
  if (lower(joiner[1]) === 'and' && lower(lead?.[1]) !== 'between') return null;
  const offset = lead ? lead.index : first.offset;
  const approximate = first.modifier === 'approximate' || second.modifier === 'approximate';
  const span = resolved(
    spanPeriod(first.span.start, second.span.end),
    first.relative || second.relative,
    approximate ? 'approximate' : null,
  );
  const phrase = text.slice(offset, second.offset + second.text.length);
  return { ...toMention(phrase, offset, span), span };
}

/** The sentence a phrase stands in, as far as the nearest sentence ends or line breaks on either side. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start), ...['. ', '? ', '! '].map((stop) => text.lastIndexOf(stop, start)));
  const stops = ['\n', '. ', '? ', '! '].map((stop) => text.indexOf(stop, end)).filter((at) => at >= 0);
  return text.slice(from + 1, stops.length > 0 ? Math.min(...stops) + 1 : text.length);
}

function scan(text: string, published: string): { mentions: DateMention[]; impossible: ImpossibleDate[] } {
  const publishedDay = publicationDay(published);

  const candidates: Candidate[] = RULES.flatMap((dateRule, rank) =>
    [...text.matchAll(dateRule.pattern)].flatMap((match) => {
      const outcome = dateRule.resolve(match.groups ?? {}, publishedDay, () => sentenceAround(text, match.index, match.index + match[0].length));
      return outcome ? [{ offset: match.index, text: match[0], outcome, rank }] : [];
    }),
  );
  for (const { offset, text: phrase, outcome } of chronoDays(text, publishedDay, published, (start, end) => sentenceAround(text, start, end))) {
    if (outcome) candidates.push({ offset, text: phrase, outcome, rank: RULES.length });
  }

  // Leftmost, then longest, then the earlier rule: one reading per stretch of text, never overlapping.
  // An impossible date is kept here too, so that "February 30, 2007" does not leave "2007" to be tagged.
  candidates.sort((a, b) => a.offset - b.offset || b.text.length - a.text.length || a.rank - b.rank);
  const chosen: Candidate[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.offset < reached) continue;
    chosen.push(candidate);
    reached = candidate.offset + candidate.text.length;
  }

  const impossible: ImpossibleDate[] = [];
  const mentions: SpannedMention[] = [];
  for (const { offset, text: phrase, outcome } of chosen) {
    if ('impossible' in outcome) {
      impossible.push({ text: phrase, offset, reason: outcome.impossible });
      continue;
    }
    const mention = { ...toMention(phrase, offset, outcome), span: outcome };
    const previous = mentions.at(-1);
    const range = previous && joinedRange(previous, mention, text);
    if (range) mentions[mentions.length - 1] = range;
    else mentions.push(mention);
  }

  return { mentions: mentions.map(({ span: _span, ...mention }) => mention), impossible };
}

/**
 * Find every temporal expression in `text` and resolve it against `published` (YYYY-MM-DD).
 *
 * @returns the mentions, sorted by offset and never overlapping; impossible dates are left out (see
 *   `findImpossibleDates`). Throws a RangeError when `published` is not a real day.
 */
export function findDates(text: string, published: string): DateMention[] {
  return scan(text, published).mentions;
}

/**
 * Find the phrases in `text` that are shaped like dates but name no real day, for the build to report.
 *
 * @returns "February 30, 2007", "Monday, December 4, 2007" (a Tuesday) and the like, each with a reason.
 */
export function findImpossibleDates(text: string, published: string): ImpossibleDate[] {
  return scan(text, published).impossible;
}

/** Words that only relate an event to a date, dropped when a phrase is resolved on its own. */
const LEAD_IN = /^(?:as\s+(?:recently|early|late|long\s+ago)\s+as|as\s+of|in|on|at|by|since|until|till|before|after|during|through|of)\s+/i;

/**
 * Resolve one phrase on its own, or null when it is not a date.
 *
 * The whole phrase must be one date, give or take a leading preposition ("by the end of 2007", "on Monday",
 * "as recently as October 2007") and closing punctuation. The phrase is read as if it followed "in": the
 * caller already means it as a date, so a bare "1994" or "October" counts, while "Section 1994" does not.
 */
export function resolveDate(phrase: string, published: string): DateResolution | null {
  const trimmed = phrase.trim().replace(/[\s,;:!?]+$/, '');
  const withoutLeadIn = trimmed.replace(LEAD_IN, '');
  const attempts = [trimmed, withoutLeadIn].flatMap((p) => (p.endsWith('.') ? [p, p.slice(0, -1)] : [p]));
  const context = 'in ';
  for (const attempt of attempts) {
    const mentions = findDates(context + attempt, published);
    const [only] = mentions;
    if (mentions.length === 1 && only?.offset === context.length && only.text === attempt) return toResolution(only);
  }
  return null;
}

function toResolution({ text: _text, offset: _offset, ...resolution }: DateMention): DateResolution {
  return resolution;
}
