/**
 * Temporal phrases in prose, resolved against the publication day. Days are YYYY-MM-DD at the edges and day
 * numbers inside, so no time zone ever enters.
 *
 * A mention's `text` holds the words that decide which days are meant ("earlier this week", "the end of
 * 2007", "from 2003 to 2007"); words that only relate an event to it stay outside ("in", "by", "since", "as
 * recently as"), except the idiom "in recent months". `value` is the most precise valid `<time datetime>` the
 * words support, never more: "the end of 2007" is `2007`, and "the 1990s" is `1990`, as HTML has no value
 * for a decade; `start` and `end` carry the span.
 *
 * Not dates, on purpose: durations with no anchor ("three years"), "recently" and "now" (no extent), "the
 * next year" outside a future stretch (it counts from the story, not from publication), times of day, and
 * numbers that count ("Section 1994", "the 2000 troops", "1400 hours").
 */
import { calendarDay, dayOf, isoDay, isoWeekday, isValidDatetimeValue, isValidIsoDate, WEEKDAY_NAMES } from '../calendar.ts';
import { RULES } from './date-rules.ts';
import { chronoDays } from './date-chrono.ts';
import { clauseTense } from './date-tense.ts';
import { dayPeriod, lower, matchBefore, monthPeriod, periodOf, resolved, spanPeriod, type DateModifier, type DatePrecision, type Found, type Resolved } from './date-periods.ts';

export { isValidDatetimeValue, isValidIsoDate };
export type { DateModifier, DatePrecision };

/** A temporal phrase as it stands in a text, with where it stands and the calendar days it names. */
export interface DateMention {
  text: string;
  /** In UTF-16 code units, as `String#slice` counts. */
  offset: number;
  /** See the module comment. */
  value: string;
  /** The span's first and last days, YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
  precision: DatePrecision;
  /** True when the publication date was needed: "earlier this week", "last year", "Monday", "Dec. 3". */
  relative: boolean;
  modifier: DateModifier;
}

/** A phrase shaped like a date that names no real day ("February 30, 2007"), for the build to stop on. */
export interface ImpossibleDate {
  text: string;
  offset: number;
  /** Why no day fits, in words a content editor can act on. */
  reason: string;
}

/** A phrase and its span as day numbers, for joining ranges. */
type Spanned = { text: string; offset: number; span: Resolved };

function publicationDay(published: string): number {
  if (!isValidIsoDate(published)) {
    throw new RangeError(`Unexpected publication date \`${published}\`, expected a real day written YYYY-MM-DD`);
  }
  return dayOf(published);
}

/**
 * A month named alone before another in a range or list, read against it, not publication ("from November to
 * February 2007", "October and December 2006").
 */
function readAgainst(first: Spanned, second: Spanned, text: string): Spanned {
  const gap = text.slice(first.offset + first.text.length, second.offset);
  const joined = /^(?:\s*[–—-]\s*|,?(?:\s+|-)(?:to|through|until|and|or)(?:\s+|-))$/i.test(gap);
  if (!joined || !first.span.relative || first.span.precision !== 'month' || second.span.precision !== 'month') return first;
  const [{ month }, { year, month: last }] = [calendarDay(first.span.start), calendarDay(second.span.start)];
  return { ...first, span: resolved(monthPeriod(month > last ? year - 1 : year, month), second.span.relative) };
}

/** Two mentions joined as a range ("from October 2006 to March 2007", "Monday–Wednesday"), or null. */
function joinedRange(first: Spanned, second: Spanned, text: string): Spanned | null {
  const gap = text.slice(first.offset + first.text.length, second.offset);
  // A weekday and the day it names are one phrase ("Wednesday, the 5th of December").
  if (/^,?\s+$/.test(gap) && (WEEKDAY_NAMES as readonly string[]).includes(first.text) && second.span.precision === 'day' && isoWeekday(first.span.start) === isoWeekday(second.span.start)) {
    return { text: text.slice(first.offset, second.offset + second.text.length), offset: first.offset, span: second.span };
  }
  if (first.span.precision === 'range' || second.span.precision === 'range') return null;
  if (second.span.start < first.span.start || second.span.end < first.span.end) return null;
  const joiner = /^(?:\s*[–—-]\s*|(?:\s+|-)(to|through|until|and)(?:\s+|-))$/i.exec(gap);
  if (!joiner) return null;
  const lead = matchBefore(/\b(from|between)\s+$/i, text, first.offset);
  // "And" joins after "between", or two days in a row ("Dec. 5 and today").
  const nextDay = first.span.precision === 'day' && second.span.precision === 'day' && second.span.start === first.span.end + 1;
  if (lower(joiner[1]) === 'and' && lower(lead?.[1]) !== 'between' && !nextDay) return null;
  const offset = lead ? lead.index : first.offset;
  const approximate = [first.span.modifier, second.span.modifier].includes('approximate') ? 'approximate' : null;
  const span = resolved(spanPeriod(first.span.start, second.span.end), first.span.relative || second.span.relative, approximate);
  return { text: text.slice(offset, second.offset + second.text.length), offset, span };
}

/**
 * A mention reaching back over the words that bound it: "earlier", "later" or "the rest of" keep the part of a
 * stretch before or after publication ("later this afternoon"); "the day before" or "after" moves a day by one,
 * and "the week of" widens it to its week.
 */
function widened(mention: Spanned, text: string, published: number): Spanned {
  const lead = matchBefore(/\b(?:(earlier|later|the\s+(?:rest|remainder)\s+of)|the\s+day\s+(before|after)|the\s+week\s+of)\s+$/i, text, mention.offset);
  const { span } = mention;
  if (!lead || (lead[1] ? !span.relative || span.start > published || span.end < published : span.precision !== 'day')) return mention;
  const cut = lower(lead[1]) === 'earlier' ? { end: Math.max(span.start, published - 1) } : { start: Math.min(span.end, published + 1) };
  const moved = lead[2] && dayPeriod(span.start + (lower(lead[2]) === 'before' ? -1 : 1));
  const widerSpan = lead[1] ? { ...span, ...cut } : resolved(moved || periodOf('week', span.start), span.relative);
  return { text: text.slice(lead.index, mention.offset + mention.text.length), offset: lead.index, span: widerSpan };
}

function scan(text: string, published: string): { mentions: DateMention[]; impossible: ImpossibleDate[] } {
  const publishedDay = publicationDay(published);

  const candidates: (Found & { rank: number })[] = chronoDays(text, publishedDay).map((found) => ({ ...found, rank: RULES.length }));
  RULES.forEach(({ pattern, resolve }, rank) => {
    // `exec` on the shared pattern, as `matchAll` would copy it for every block; no rule matches an empty phrase.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const { index, 0: phrase } = match;
      const outcome = resolve(match.groups ?? {}, publishedDay, (onlyAfter) => clauseTense(text, index, index + phrase.length, onlyAfter));
      if (outcome) candidates.push({ offset: index, text: phrase, outcome, rank });
    }
  });

  // Leftmost, then longest, then the earlier rule: one reading per stretch of text, never overlapping.
  // An impossible date is kept here too, so that "February 30, 2007" does not leave "2007" to be tagged.
  candidates.sort((a, b) => a.offset - b.offset || b.text.length - a.text.length || a.rank - b.rank);
  const impossible: ImpossibleDate[] = [];
  const mentions: Spanned[] = [];
  let reached = 0;
  for (const { offset, text: phrase, outcome } of candidates) {
    if (offset < reached) continue;
    reached = offset + phrase.length;
    if ('impossible' in outcome) {
      impossible.push({ text: phrase, offset, reason: outcome.impossible });
      continue;
    }
    const mention = widened({ text: phrase, offset, span: outcome }, text, publishedDay);
    const last = mentions.at(-1);
    const previous = last && readAgainst(last, mention, text);
    if (previous) mentions[mentions.length - 1] = previous;
    const range = previous && joinedRange(previous, mention, text);
    if (range) mentions[mentions.length - 1] = range;
    else mentions.push(mention);
  }

  const mentionOf = ({ text: phrase, offset, span: { value, start, end, precision, relative, modifier } }: Spanned): DateMention =>
    ({ text: phrase, offset, value, start: isoDay(start), end: isoDay(end), precision, relative, modifier });
  return { mentions: mentions.map(mentionOf), impossible };
}

/**
 * The dates in `text` resolved against `published`, sorted and never overlapping, impossible ones left out.
 * Throws a RangeError when `published` is not a real day.
 */
export function findDates(text: string, published: string): DateMention[] {
  return scan(text, published).mentions;
}

/** Phrases shaped like dates that name no real day ("Monday, December 4, 2007", a Tuesday), each with a reason. */
export function findImpossibleDates(text: string, published: string): ImpossibleDate[] {
  return scan(text, published).impossible;
}
