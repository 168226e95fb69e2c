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

import { HOLIDAY_PATTERN, fiscalYear, fiscalYearOf, holidayDate } from './holidays.ts';
import {
  addMonths,
  calendarDay,
  dayNumber,
  daysInMonth,
  isoDay,
  isoWeek,
  isoWeekday,
  isValidDatetimeValue,
  isValidIsoDate,
  MONTH_NAMES,
  pad,
  WEEKDAY_NAMES,
} from '../calendar.ts';

export { isValidDatetimeValue, isValidIsoDate };


/** How much of the calendar a phrase names: the unit of its `value`, or `range` for spans of several units. */
export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'range';

/** Which part of the named period the phrase points at: "early", "the end of", "around", or none. */
export type DateModifier = 'start' | 'end' | 'approximate' | null;

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
// Periods: spans of days with the datetime value that names them.

interface Period {
  start: number;
  end: number;
  value: string;
  precision: DatePrecision;
}

interface Resolved extends Period {
  relative: boolean;
  modifier: DateModifier;
}

function dayPeriod(n: number): Period {
  return { start: n, end: n, value: isoDay(n), precision: 'day' };
}

/** The ISO week (Monday to Sunday) holding day `n`. */
function weekPeriod(n: number): Period {
  const monday = n - (isoWeekday(n) - 1);
  const { year, week } = isoWeek(n);
  return { start: monday, end: monday + 6, value: `${pad(year, 4)}-W${pad(week, 2)}`, precision: 'week' };
}

/** A calendar month; a month number outside 1–12 rolls into the next or previous year. */
function monthPeriod(year: number, month: number): Period {
  const start = dayNumber(year, month, 1);
  const first = calendarDay(start);
  const end = start + daysInMonth(first.year, first.month) - 1;
  return { start, end, value: `${pad(first.year, 4)}-${pad(first.month, 2)}`, precision: 'month' };
}

function yearPeriod(year: number): Period {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), value: pad(year, 4), precision: 'year' };
}

/** A decade as people say it: the 1990s are 1990 to 1999. */
function decadePeriod(firstYear: number): Period {
  const start = dayNumber(firstYear, 1, 1);
  return { start, end: dayNumber(firstYear + 9, 12, 31), value: pad(firstYear, 4), precision: 'decade' };
}

/** A span that is not one calendar unit, named by the most precise value that contains it (else its first year). */
function spanPeriod(start: number, end: number, precision: DatePrecision = 'range'): Period {
  const first = calendarDay(start);
  const last = calendarDay(end);
  let value = pad(first.year, 4);
  if (start === end) value = isoDay(start);
  else if (first.year === last.year && first.month === last.month) value = `${value}-${pad(first.month, 2)}`;
  return { start, end, value, precision };
}

type Season = 'spring' | 'summer' | 'fall' | 'winter';

/**
 * Meteorological seasons of the northern hemisphere, named by the year they begin in: winter 2007 is
 * December 2007 to February 2008, so every season's days come after those of the season before it.
 */
const SEASON_FIRST_MONTH: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

function seasonPeriod(season: Season, year: number): Period {
  const firstMonth = SEASON_FIRST_MONTH[season];
  return spanPeriod(monthPeriod(year, firstMonth).start, monthPeriod(year, firstMonth + 2).end, 'season');
}

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** The calendar unit holding day `n`: its week, its month, its year… */
function periodOf(unit: Unit, n: number): Period {
  const { year, month } = calendarDay(n);
  if (unit === 'day') return dayPeriod(n);
  if (unit === 'week') return weekPeriod(n);
  if (unit === 'month') return monthPeriod(year, month);
  if (unit === 'year') return yearPeriod(year);
  return decadePeriod(year - (year % 10));
}

/** Day `n` moved by `count` units, backwards when `count` is negative. */
function shift(n: number, unit: Unit, count: number): number {
  if (unit === 'day') return n + count;
  if (unit === 'week') return n + 7 * count;
  return addMonths(n, count * { month: 1, year: 12, decade: 120 }[unit]);
}

/** Of several candidate periods, the one nearest to the publication day; on a tie, the earlier one. */
function nearest(periods: readonly Period[], published: number): Period | undefined {
  const distance = (p: Period) => (published < p.start ? p.start - published : Math.max(0, published - p.end));
  return [...periods].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
}

type Which = 'this' | 'last' | 'next';

/** "this October" is the nearest October, "last October" the latest one over, "next October" the first to come. */
function occurrence(periods: readonly Period[], which: Which, published: number): Period | undefined {
  if (which === 'this') return nearest(periods, published);
  if (which === 'last') return periods.filter((p) => p.end < published).at(-1);
  return periods.find((p) => p.start > published);
}

/** Years in which to look for "Dec. 3" or "last summer": two either side of publication cover every case. */
function yearsAround(published: number): number[] {
  const year = calendarDay(published).year;
  return [year - 2, year - 1, year, year + 1, year + 2];
}

// ------------------------------------------------------------------------------------------------------
// Parts of a period: "early", "mid-", "late", "the start of", "the end of".

type Part = 'start' | 'early' | 'mid' | 'late' | 'end';

/**
 * Which sub-units each part keeps, 1-based and inclusive: months of a year or season, days of a month or
 * week, years of a decade. "Early/mid/late" cut a year in thirds; "the start/end of" a year is its first or
 * last month, of a decade its first or last year; a month's start and end are its first and last ten days;
 * "the end of the week" is Friday to Sunday.
 */
const PART_SLICES: Partial<Record<DatePrecision, Record<Part, [number, number]>>> = {
  year: { start: [1, 1], early: [1, 4], mid: [5, 8], late: [9, 12], end: [12, 12] },
  season: { start: [1, 1], early: [1, 1], mid: [2, 2], late: [3, 3], end: [3, 3] },
  month: { start: [1, 10], early: [1, 10], mid: [11, 20], late: [21, 31], end: [21, 31] },
  week: { start: [1, 1], early: [1, 2], mid: [3, 4], late: [5, 7], end: [5, 7] },
  decade: { start: [1, 1], early: [1, 4], mid: [5, 7], late: [8, 10], end: [10, 10] },
};

const PART_MODIFIER: Record<Part, DateModifier> = { start: 'start', early: 'start', mid: null, late: 'end', end: 'end' };

/** The `index`-th sub-unit of a period (1-based), as a span of days. */
function subUnit(period: Period, index: number): { start: number; end: number } {
  const { year, month } = calendarDay(period.start);
  if (period.precision === 'year' || period.precision === 'season') return monthPeriod(year, month + index - 1);
  if (period.precision === 'decade') return yearPeriod(year + index - 1);
  return { start: period.start + index - 1, end: period.start + index - 1 };
}

/** The period cut down to one part; its value stays, since the text still names only the whole period. */
function narrow(period: Period, part: Part): Period | null {
  const slice = PART_SLICES[period.precision]?.[part];
  if (!slice) return null;
  const start = subUnit(period, slice[0]).start;
  const end = Math.min(subUnit(period, slice[1]).end, period.end);
  return { ...period, start, end };
}

// ------------------------------------------------------------------------------------------------------
// Pattern pieces. Every rule is compiled case-insensitive, so sentence-initial words match too.

const WEEKDAY = String.raw`(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/**
 * A weekday before a written date, with the "last" or "this" news style puts before it ("last Wednesday,
 * November 28"): the date decides the day, the weekday is checked against it.
 */
const WEEKDAY_BEFORE_DATE = String.raw`(?:(?:(?:last|this\s+past|this|next)\s+)?${WEEKDAY},?\s+)?`;

const MONTH_FULL = String.raw`January|February|March|April|May|June|July|August|September|October|November|December`;

/** A month by full name or abbreviation ("Dec.", "Sept."), captured as `group`. */
const month = (group = 'month') =>
  String.raw`(?<${group}>${MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;

const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?(?!\w)`;

const YEAR = String.raw`(?<year>\d{4})(?!\w)`;

/**
 * A four-digit number read as a year without a month beside it: only 1000–2099, and not a percentage or
 * the start of a longer number ("2000 percent", "1994.5").
 */
const BARE_YEAR = String.raw`(?<year>1\d{3}|20\d{2})(?!\s*(?:%|percent\b)|[.,]\d)`;

/**
 * Words after which a bare number is a year: "in 1994", "since 1994", "as recently as 2003", and the later
 * years of a list that began so ("in 1994, 1997 and 2001"). Anywhere else "1994" may be a count or a
 * section number.
 */
const YEAR_CONTEXT = String.raw`(?<=\b(?:in|since|by|until|till|before|after|during|from|through|between|year|as\s+of|as\s+(?:recently|early|late)\s+as)\s+(?:\d{4}(?:,\s*|,?\s+(?:and|or)\s+))*)`;

/** Words after which a month named alone is meant: "in October", "since May" (a capitalised May). */
const MONTH_CONTEXT = String.raw`(?<=\b(?:in|since|by|until|till|before|after|during|from|through|of)\s+)`;

/** "the start of", "the end of" … before a period. */
const EDGE_OF = String.raw`(?:the\s+)?(?<edge>start|beginning|middle|end|close)\s+of\s+`;

/** "early", "mid-", "late" before a period. */
const PART = String.raw`(?:${EDGE_OF}|(?:the\s+)?(?<part>early|mid|late)(?:\s+|-|–))`;

const SEASON = String.raw`(?<season>spring|summer|fall|autumn|winter)`;

/** "this", "last", "next"; "this past" means "last". */
const WHICH = String.raw`(?<which>this\s+past|this|last|next)`;

/** "the next year" counts from the story, not from publication, so "next year" after "the" is not one. */
const NOT_AFTER_THE = String.raw`(?<!\bthe\s+)`;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, 'a couple of': 2, 'couple of': 2,
};

/** Vague counts stand for a typical number and mark the resolution approximate. */
const VAGUE_COUNTS: Record<string, number> = { 'a few': 3, few: 3, several: 5 };

const COUNT = String.raw`(?<count>\d{1,3}|(?:a\s+)?couple\s+of|a\s+few|few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)`;

// ------------------------------------------------------------------------------------------------------
// Reading the captured words.

type Words = Partial<Record<string, string>>;

interface Impossible {
  impossible: string;
}

/** What a rule makes of its match: a resolution, a date that cannot exist, or null for "not a date after all". */
type Outcome = Resolved | Impossible | null;

const lower = (word: string | undefined) => (word ?? '').toLowerCase().replace(/\s+/g, ' ');

/** Month number for a name or abbreviation; lower-case "may" and "march" are verbs, not months. */
function monthNumber(word: string | undefined): number | null {
  if (word === undefined || word === 'may' || word === 'march') return null;
  const prefix = word.slice(0, 3).toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === prefix);
  return index === -1 ? null : index + 1;
}

function weekdayNumber(word: string | undefined): number | null {
  const index = WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === lower(word));
  return index === -1 ? null : index + 1;
}

function seasonOf(word: string | undefined): Season {
  const season = lower(word);
  return season === 'autumn' ? 'fall' : (season as Season);
}

function whichOf(word: string | undefined): Which {
  const which = lower(word);
  return which === 'this past' ? 'last' : (which as Which);
}

function unitOf(word: string | undefined): Unit {
  return lower(word) as Unit;
}

function countOf(word: string | undefined): { count: number; vague: boolean } | null {
  const key = lower(word);
  if (key in VAGUE_COUNTS) return { count: VAGUE_COUNTS[key] ?? 3, vague: true };
  const count = /^\d+$/.test(key) ? Number(key) : NUMBER_WORDS[key];
  return count === undefined ? null : { count, vague: false };
}

function partOf(words: Words): Part | null {
  const edge = lower(words.edge);
  if (edge === 'start' || edge === 'beginning') return 'start';
  if (edge === 'middle') return 'mid';
  if (edge === 'end' || edge === 'close') return 'end';
  const part = lower(words.part);
  return part === 'early' || part === 'mid' || part === 'late' ? part : null;
}

function resolved(period: Period, relative: boolean, modifier: DateModifier = null): Resolved {
  return { ...period, relative, modifier };
}

/** The period, cut down to the part the words name ("late 2007"), or whole when they name none. */
function withPart(period: Period | undefined, words: Words, relative: boolean): Resolved | null {
  if (!period) return null;
  const part = partOf(words);
  if (!part) return resolved(period, relative);
  const narrowed = narrow(period, part);
  return narrowed && resolved(narrowed, relative, PART_MODIFIER[part]);
}

function describeDay(year: number | null, month: number, day: number): string {
  return `${MONTH_NAMES[month - 1] ?? '?'} ${day}${year === null ? '' : `, ${year}`}`;
}

/** A day written out in full, checked to exist and, when a weekday is given, to fall on it. */
function exactDay(year: number, month: number | null, day: number, weekday?: string): Outcome {
  if (month === null) return null;
  if (year < 1 || day < 1 || day > daysInMonth(year, month)) {
    return { impossible: `${describeDay(year, month, day)} does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${daysInMonth(year, month)} days` };
  }
  const n = dayNumber(year, month, day);
  const expected = weekdayNumber(weekday);
  if (expected !== null && expected !== isoWeekday(n)) {
    return { impossible: `${describeDay(year, month, day)} was a ${WEEKDAY_NAMES[isoWeekday(n) - 1]}, not a ${WEEKDAY_NAMES[expected - 1]}` };
  }
  return resolved(dayPeriod(n), false);
}

/** A day written without its year ("Dec. 3"): the nearest such day to publication, on the weekday if one is given. */
function dayNearPublication(month: number | null, day: number, published: number, weekday?: string): Outcome {
  if (month === null) return null;
  const expected = weekdayNumber(weekday);
  const candidates = yearsAround(published)
    .filter((year) => day >= 1 && day <= daysInMonth(year, month))
    .map((year) => dayPeriod(dayNumber(year, month, day)))
    .filter((period) => expected === null || isoWeekday(period.start) === expected);
  const found = nearest(candidates, published);
  if (found) return resolved(found, true);
  const weekdayNote = expected === null ? '' : ` falling on a ${WEEKDAY_NAMES[expected - 1]}`;
  return { impossible: `${describeDay(null, month, day)}${weekdayNote} does not exist in any year near publication` };
}

// ------------------------------------------------------------------------------------------------------
// The rules. Each one recognises one shape of phrase and resolves it; `scan` keeps, at each place, the
// longest match, so "Monday, December 3, 2007" wins over "Monday" and "earlier this week" over "this week".

interface DateRule {
  /** What the rule recognises, in the reader's words. */
  name: string;
  pattern: RegExp;
  resolve: (words: Words, published: number) => Outcome;
}

function rule(name: string, source: string, resolve: DateRule['resolve']): DateRule {
  // Word edges on both sides: nothing is found inside a word or a longer number ("1994s", "A2007").
  return { name, pattern: new RegExp(String.raw`(?<!\w)(?:${source})(?!\w)`, 'gi'), resolve };
}

const RULES: readonly DateRule[] = [
  rule('ISO date', String.raw`(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})`, (w) =>
    exactDay(Number(w.year), Number(w.month) >= 1 && Number(w.month) <= 12 ? Number(w.month) : null, Number(w.day)),
  ),

  rule('weekday, month, day and year', String.raw`${WEEKDAY_BEFORE_DATE}${month()}\s+${DAY},?\s+${YEAR}`, (w) =>
    exactDay(Number(w.year), monthNumber(w.month), Number(w.day), w.weekday),
  ),

  rule('weekday, day, month and year', String.raw`${WEEKDAY_BEFORE_DATE}(?:the\s+)?${DAY}\s+(?:of\s+)?${month()},?\s+${YEAR}`, (w) =>
    exactDay(Number(w.year), monthNumber(w.month), Number(w.day), w.weekday),
  ),

  rule(
    'days of one month',
    String.raw`${month()}\s+(?<firstDay>\d{1,2})(?:st|nd|rd|th)?\s*(?:[–—-]|to|through)\s*(?<lastDay>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+${YEAR})?`,
    (w, published) => {
      const monthNo = monthNumber(w.month);
      const [firstDay, lastDay] = [Number(w.firstDay), Number(w.lastDay)];
      if (monthNo === null || firstDay >= lastDay) return null;
      const years = w.year === undefined ? yearsAround(published) : [Number(w.year)];
      const spans = years
        .filter((year) => firstDay >= 1 && lastDay <= daysInMonth(year, monthNo))
        .map((year) => spanPeriod(dayNumber(year, monthNo, firstDay), dayNumber(year, monthNo, lastDay)));
      const found = nearest(spans, published);
      if (!found) return { impossible: `${MONTH_NAMES[monthNo - 1]} has no day ${lastDay}` };
      return resolved(found, w.year === undefined);
    },
  ),

  rule(
    'months of one year',
    String.raw`(?:(?<lead>from|between)\s+)?${month('firstMonth')}(?:\s*[–—-]\s*|\s+(?<joiner>to|through|and)\s+)${month('lastMonth')},?\s+${YEAR}`,
    (w) => {
      const [first, last] = [monthNumber(w.firstMonth), monthNumber(w.lastMonth)];
      if (first === null || last === null || first >= last) return null;
      // "and" makes a range only after "between": "October and December 2007" are two months.
      if (lower(w.joiner) === 'and' && lower(w.lead) !== 'between') return null;
      const year = Number(w.year);
      return resolved(spanPeriod(monthPeriod(year, first).start, monthPeriod(year, last).end), false);
    },
  ),

  // "Dec. 3" takes the year that puts it nearest to publication: 2007-12-03 for a piece of 2007-12-06.
  rule('weekday, month and day', String.raw`${WEEKDAY_BEFORE_DATE}${month()}\s+${DAY}`, (w, published) =>
    dayNearPublication(monthNumber(w.month), Number(w.day), published, w.weekday),
  ),

  rule('weekday, day and month', String.raw`${WEEKDAY_BEFORE_DATE}(?:the\s+)?${DAY}\s+(?:of\s+)?${month()}`, (w, published) =>
    dayNearPublication(monthNumber(w.month), Number(w.day), published, w.weekday),
  ),

  rule('month and year', String.raw`${PART}?${month()},?\s+(?:of\s+)?${YEAR}`, (w) => {
    const monthNo = monthNumber(w.month);
    return monthNo === null ? null : withPart(monthPeriod(Number(w.year), monthNo), w, false);
  }),

  // A month named alone is the nearest one to publication: "in October" of a December piece is that October.
  rule('month named alone', String.raw`(?:${PART}|${MONTH_CONTEXT})(?<month>${MONTH_FULL})`, (w, published) => {
    const monthNo = monthNumber(w.month);
    if (monthNo === null) return null;
    const months = yearsAround(published).map((year) => monthPeriod(year, monthNo));
    return withPart(nearest(months, published), w, true);
  }),

  rule('season and year', String.raw`${PART}?(?:the\s+)?${SEASON}\s+(?:of\s+)?${YEAR}`, (w) =>
    withPart(seasonPeriod(seasonOf(w.season), Number(w.year)), w, false),
  ),

  // "the ’90s" takes the latest such decade that has begun by publication.
  rule('decade', String.raw`${PART}?(?:the\s+)?(?:(?<decade>\d{3}0)['’]?s|['’](?<shortDecade>\d0)s)`, (w, published) => {
    if (w.decade !== undefined) return withPart(decadePeriod(Number(w.decade)), w, false);
    const year = calendarDay(published).year;
    let firstYear = year - (year % 100) + Number(w.shortDecade);
    if (firstYear > year) firstYear -= 100;
    return withPart(decadePeriod(firstYear), w, true);
  }),

  rule('year', String.raw`(?:${PART}|${YEAR_CONTEXT})${BARE_YEAR}`, (w) => withPart(yearPeriod(Number(w.year)), w, false)),

  rule('year before ’s', String.raw`${BARE_YEAR}(?=['’]s(?!\w))`, (w) => resolved(yearPeriod(Number(w.year)), false)),

  // "around 2000 troops" is a count, so after "around" a year must end the clause or lead into one.
  rule(
    'approximate year',
    String.raw`(?:around|circa|c\.|ca\.)\s*${BARE_YEAR}(?=\s*(?:$|[^\w\s]|(?:when|and|or|to|until|through|before|after|that)\b))`,
    (w) => resolved(yearPeriod(Number(w.year)), false, 'approximate'),
  ),

  rule(
    'years',
    String.raw`(?:(?<lead>from|between)\s+)?(?<firstYear>1\d{3}|20\d{2})(?:\s*[–—-]\s*|\s+(?<joiner>to|through|until|and)\s+)(?<lastYear>\d{4}|\d{2})(?![-–]\d)`,
    (w) => {
      const first = Number(w.firstYear);
      const lastDigits = w.lastYear ?? '';
      // "1994-95": two digits finish the first year's century.
      const last = lastDigits.length === 2 ? first - (first % 100) + Number(lastDigits) : Number(lastDigits);
      if (last <= first || last > 2099) return null;
      if (lower(w.joiner) === 'and' && lower(w.lead) !== 'between') return null;
      return resolved(spanPeriod(yearPeriod(first).start, yearPeriod(last).end), false);
    },
  ),

  // "Earlier this week" is the part of the week before publication day; it keeps the week's value. On the
  // first day of the period there is no "earlier", and the span shrinks to that day.
  rule('earlier or later this week, month or year', String.raw`(?<direction>earlier|later)\s+this\s+(?<unit>week|month|year)`, (w, published) => {
    const period = periodOf(unitOf(w.unit), published);
    if (lower(w.direction) === 'earlier') {
      return resolved({ ...period, end: Math.max(period.start, published - 1) }, true);
    }
    return resolved({ ...period, start: Math.min(period.end, published + 1) }, true);
  }),

  // U.S. federal fiscal years run October to September: "fiscal year 2007", "fiscal 2007", "FY 2007", "FY07"
  // are 2006-10-01 to 2007-09-30; "this fiscal year" is the one holding publication day.
  rule(
    'federal fiscal year',
    String.raw`(?:(?<fiscalWhich>this|last|next|the\s+(?:current|past|last|coming|next))\s+fiscal\s+year|(?:fiscal\s+(?:year\s+)?|FY\s?)(?<fiscalYear>\d{4}|['’]?\d{2}))`,
    (w, published) => {
      let year: number;
      if (w.fiscalYear !== undefined) {
        const digits = w.fiscalYear.replace(/['’]/g, '');
        year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
      } else {
        const which = lower(w.fiscalWhich).replace(/^the /, '');
        const step = which === 'last' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
        year = fiscalYearOf(calendarDay(published)) + step;
      }
      const { start, end } = fiscalYear(year);
      const span = spanPeriod(dayNumber(start.year, start.month, start.day), dayNumber(end.year, end.month, end.day));
      return resolved(span, w.fiscalYear === undefined);
    },
  ),

  // A holiday is its day: with a year, that year's; without one, the occurrence nearest publication, as for a
  // month named alone. Only capitalised, so "a day of thanksgiving" stays a common noun.
  rule(
    'holiday',
    String.raw`(?:(?<holidayWhich>this|last|next)\s+)?(?<holiday>(?:the\s+)?Fourth\s+of\s+July|${HOLIDAY_PATTERN})(?:,?\s+(?:of\s+)?${YEAR})?`,
    (w, published) => {
      const name = w.holiday ?? '';
      if (!/^(?:the\s+)?\p{Lu}/u.test(name)) return null;
      const years = w.year === undefined ? yearsAround(published) : [Number(w.year)];
      const days = years.flatMap((year) => {
        const day = holidayDate(name, year);
        return day ? [dayPeriod(dayNumber(day.year, day.month, day.day))] : [];
      });
      if (w.year !== undefined) return days[0] ? resolved(days[0], false) : null;
      const which = w.holidayWhich === undefined ? 'this' : whichOf(w.holidayWhich);
      const found = occurrence(days, which, published);
      return found ? resolved(found, true) : null;
    },
  ),

  // Weeks are ISO weeks, Monday to Sunday: "last week" is the whole previous Monday-to-Sunday.
  rule('this, last or next week, month, year or decade', String.raw`${NOT_AFTER_THE}${PART}?${WHICH}\s+(?<unit>week|month|year|decade)`, (w, published) => {
    const unit = unitOf(w.unit);
    const step = { this: 0, last: -1, next: 1 }[whichOf(w.which)];
    return withPart(periodOf(unit, shift(published, unit, step)), w, true);
  }),

  rule('the start or end of the current week, month, year or decade', String.raw`${EDGE_OF}the\s+(?<unit>week|month|year|decade)`, (w, published) =>
    withPart(periodOf(unitOf(w.unit), published), w, true),
  ),

  rule('this, last or next season', String.raw`${NOT_AFTER_THE}${PART}?${WHICH}\s+${SEASON}`, (w, published) => {
    const seasons = yearsAround(published).map((year) => seasonPeriod(seasonOf(w.season), year));
    return withPart(occurrence(seasons, whichOf(w.which), published), w, true);
  }),

  rule('this, last or next month by name', String.raw`${NOT_AFTER_THE}${PART}?${WHICH}\s+(?<month>${MONTH_FULL})`, (w, published) => {
    const monthNo = monthNumber(w.month);
    if (monthNo === null) return null;
    const months = yearsAround(published).map((year) => monthPeriod(year, monthNo));
    return withPart(occurrence(months, whichOf(w.which), published), w, true);
  }),

  // News writing puts a bare weekday in the past: "on Monday" is the latest Monday on or before
  // publication. "Last Monday" is the one before publication day, "this Monday" the one in its ISO week.
  rule('day of the week', String.raw`(?:${WHICH}\s+)?${WEEKDAY}`, (w, published) => {
    const target = weekdayNumber(w.weekday);
    if (target === null) return null;
    const today = isoWeekday(published);
    const which = w.which === undefined ? null : whichOf(w.which);
    let n = published - ((today - target + 7) % 7);
    if (which === 'last') n = published - ((today - target + 7) % 7 || 7);
    if (which === 'next') n = published + ((target - today + 7) % 7 || 7);
    if (which === 'this') n = published - today + target;
    return resolved(dayPeriod(n), true);
  }),

  // A part of the day stays inside the tag ("tomorrow morning", like "this morning"); the value is the day.
  rule('yesterday, today or tomorrow', String.raw`(?<word>(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))`, (w, published) => {
    const word = lower(w.word);
    const step = word.startsWith('yesterday') || word === 'last night' ? -1 : word.startsWith('tomorrow') ? 1 : 0;
    return resolved(dayPeriod(published + step), true);
  }),

  // "Two years ago" is the calendar year two back (2005), "three months ago" the month (2007-09): the unit
  // the phrase counts in. Decades are too coarse for a calendar decade, so they give an approximate year.
  rule('some time ago or from now', String.raw`${COUNT}\s+(?<unit>day|week|month|year|decade)s?\s+(?<direction>ago|from\s+now)`, (w, published) => {
    const counted = countOf(w.count);
    if (!counted) return null;
    const unit = unitOf(w.unit);
    const sign = lower(w.direction) === 'ago' ? -1 : 1;
    const day = shift(published, unit, sign * counted.count);
    if (unit === 'decade') return resolved(yearPeriod(calendarDay(day).year), true, 'approximate');
    return resolved(periodOf(unit, day), true, counted.vague ? 'approximate' : null);
  }),

  // "The past year" is the rolling year that ends on publication day, not the calendar year before it.
  // "The last/next year" need a count ("the last two years"): alone they usually count from the story.
  rule(
    'the past or coming weeks, months or years',
    String.raw`the\s+(?<direction>past|last|next|coming)\s+(?:${COUNT}\s+)?(?<unit>day|week|month|year|decade)(?<plural>s)?`,
    (w, published) => {
      const direction = lower(w.direction);
      if (w.count === undefined && (direction === 'last' || direction === 'next')) return null;
      // "the coming months" without a count is a few of them.
      const counted = w.count === undefined ? { count: w.plural ? 3 : 1, vague: Boolean(w.plural) } : countOf(w.count);
      if (!counted) return null;
      const unit = unitOf(w.unit);
      const modifier = counted.vague ? 'approximate' : null;
      if (direction === 'past' || direction === 'last') {
        return resolved(spanPeriod(shift(published, unit, -counted.count) + 1, published), true, modifier);
      }
      return resolved(spanPeriod(published + 1, shift(published, unit, counted.count)), true, modifier);
    },
  ),

  // "In recent months" reaches back roughly three of them to publication day: from the first day of the
  // month three back (September 1 for a December piece); weeks from the Monday three weeks back; years
  // from January 1 three years back; days a week back.
  rule('in recent weeks, months or years', String.raw`(?:in\s+)?recent\s+(?<unit>day|week|month|year)s`, (w, published) => {
    const unit = unitOf(w.unit);
    const start = unit === 'day' ? published - 7 : periodOf(unit, shift(published, unit, -3)).start;
    return resolved(spanPeriod(start, published), true, 'approximate');
  }),
];

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

function scan(text: string, published: string): { mentions: DateMention[]; impossible: ImpossibleDate[] } {
  const publishedDay = publicationDay(published);

  const candidates: Candidate[] = RULES.flatMap((dateRule, rank) =>
    [...text.matchAll(dateRule.pattern)].flatMap((match) => {
      const outcome = dateRule.resolve(match.groups ?? {}, publishedDay);
      return outcome ? [{ offset: match.index, text: match[0], outcome, rank }] : [];
    }),
  );

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
