/**
 * The date rules, one shape of phrase each, resolved around the publication day. `dates.ts` keeps the longest
 * match at each place, so "fiscal year 2007" beats "2007". Every rule is case-insensitive.
 */
import type { Tense } from './date-tense.ts';
import { tagsOf } from './people-words.ts';
import { HOLIDAY_PATTERN, holidayDay } from './holidays.ts';
import { calendarDay, dayNumber, daysInMonth, isoWeekday, MONTH_NAMES, WEEKDAY_NAMES } from '../calendar.ts';
import {
  countOf, dayPeriod, describeDay, decadePeriod, lower, monthNumber, monthPeriod,
  occurrence, periodOf, resolved, seasonPeriod, shift, spanPeriod, unitOf, whichOf,
  withPart, yearPeriod, yearsAround, type Outcome, type Words,
} from './date-periods.ts';

const MONTH_FULL = String.raw`January|February|March|April|May|June|July|August|September|October|November|December`;
const MONTH_SHORT = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
/** A month's name, or its abbreviation with the stop that marks it ("Sept."). */
const MONTH_WORD = String.raw`${MONTH_FULL}|${MONTH_SHORT}\.`;

/** A month by full name or abbreviation, the stop optional beside a day or year ("Sept 3"). */
const month = (group = 'month') => String.raw`(?<${group}>${MONTH_FULL}|${MONTH_SHORT}\.?)`;

const YEAR = String.raw`(?<year>\d{4})(?!\w)`;

/**
 * A year with no month beside it: 1000–2099, not a percentage, a time ("1200 to 1400 hours") or part of a longer
 * number; two digits after a hyphen finish a span in its century ("1994-95").
 */
const BARE_YEAR = String.raw`(?<year>1\d{3}|20\d{2})(?:[–—-](?<short>\d{2})(?![\d–—-]))?(?!(?:\s*(?:-|to|and|until)\s*\d{4})?\s*(?:%|percent\b|hours\b|hrs\b|GMT\b|UTC\b|Zulu\b|local\s+time\b)|[.,]\d)`;
const bareYear = ({ year = '', short }: Words) => {
  const first = Number(year);
  if (short === undefined) return yearPeriod(first);
  // Two digits below the start's cross into the next century ("1999-00"), but only by a few years: "2005-03" is none.
  const last = first - (first % 100) + Number(short);
  const end = last > first ? last : last + 100 - first <= 10 ? last + 100 : undefined;
  return end === undefined ? undefined : spanPeriod(yearPeriod(first).start, yearPeriod(end).end);
};

/**
 * Where a bare number is a year: after words of time ("in 1994, 1997 and 2001"), or at either end of a range of
 * years ("2003 to 2007", which `dates.ts` joins); elsewhere it may be a count.
 */
const YEAR_RANGE = String.raw`(?:1\d{3}|20\d{2})(?:\s*[–—-]\s*|\s+(?:to|through|until)\s+)`;
const YEAR_CONTEXT = String.raw`(?<=\b(?:in|since|by|until|till|before|after|during|from|through|between|year|(?:day|week|month|year|spring|summer|fall|autumn|winter|event|election|war|crisis)s?\s+of|as\s+of|as\s+(?:recently|early|late)\s+as)\s+(?:\d{4}(?:,\s*|,?\s+(?:and|or)\s+))*|\b${YEAR_RANGE})|(?=${YEAR_RANGE}(?:1\d{3}|20\d{2})(?!\d)(?:\s+(?<rangeNext>[a-z]+))?)`;

/**
 * Where a month named alone is meant: after "in October", "since May", an editor's "[October]", or at either end
 * of a range or list of dates ("October to December 2007", "January-to-May", "this summer and September"). In a
 * list the word before "and" must be a date itself: "the week and May" is none.
 */
const MONTH_CONTEXT = String.raw`(?<=\b(?:in|since|by|until|till|before|after|during|from|through|between|as\s+of|(?<of>of))\s+|\[|(?:${MONTH_WORD}|\d{4}|spring|summer|fall|autumn|winter|week|month|year)(?:\s*[–—-]\s*|-to-|\s+(?:to|through)\s+)|(?<list>(?:${MONTH_WORD}|\d{4}|(?:this|last|next|past|coming)\s+(?:spring|summer|fall|autumn|winter|week|month|year))\s+(?:and|or)\s+))|(?=(?:${MONTH_WORD})(?:\s*[–—-]\s*|(?:\s+|-)(?:to|through)(?:\s+|-))(?:${MONTH_WORD}))`;

const EDGE_OF = String.raw`(?:the\s+)?(?<edge>start|beginning|middle|end|close|(?<nth>first|second|third|fourth|last|final|latter)\s+(?:(?<shares>\d{1,2}|[a-z]+)\s+)?(?<fraction>half|quarter|day|week|month|year)(?<many>s)?)\s+of\s+`;

const PART = String.raw`(?:${EDGE_OF}|(?:the\s+)?(?<part>early|mid|late)(?:\s+|-|–))`;

const SEASON = String.raw`(?<season>spring|summer|fall|autumn|winter)`;

/** "this", "last", "next"; "this past" means "last", "this coming" "next". */
const WHICH = String.raw`(?<which>this\s+past|this\s+coming|this|last|next)`;
const STEP = { this: 0, last: -1, next: 1 } as const;

/** "the next year" counts from the story, not from publication, so "next year" after "the" is not one. */
const NOT_AFTER_THE = String.raw`(?<!\bthe\s+)`;

// A count in digits or words; `countOf` reads it, and a word that is no number ("many years ago") is no date.
const COUNT = String.raw`(?<count>\d{1,3}|(?:a\s+)?couple\s+of|a\s+few|[a-z]+(?:-[a-z]+)?)`;

// The word after a number: a plural or mass noun makes it a count ("2000 troops"); a function word is no noun it qualifies.
const NEXT_WORD = String.raw`(?=(?:\s+(?<next>[a-z]+))?)`;
const counted = (word = '') => /[^s]s$/i.test(word) || ['Plural', 'Uncountable'].some((tag) => tagsOf(word).has(tag));
const functionWord = (word = 'of') => ['Preposition', 'Conjunction', 'Determiner'].some((tag) => tagsOf(word).has(tag));

interface DateRule {
  pattern: RegExp;
  /** `tense` reads the phrase's clause, for rules whose direction the words leave open. */
  resolve: (words: Words, published: number, tense: (onlyAfter?: boolean) => Tense) => Outcome;
}

function rule(source: string, resolve: DateRule['resolve']): DateRule {
  // Word edges on both sides: nothing is found inside a word or a longer number ("1994s", "A2007").
  return { pattern: new RegExp(String.raw`(?<!\w)(?:${source})(?!\w)`, 'gi'), resolve };
}

/** A written day that cannot exist ("February 30, 2007", "Sept. 31"), which chrono passes over in silence. */
function impossibleDay(month: number | null, day: number, year?: number): Outcome {
  // Without a year, a leap year's months ("February 29" may exist), and a number past any month's end is a count,
  // not a day ("in June 45 people died").
  const days = month === null ? 0 : daysInMonth(year ?? 2008, month);
  if (month === null || (day >= 1 && day <= days) || (year === undefined && day > 31)) return null;
  if (year === undefined) return { impossible: `${describeDay(null, month, day)} does not exist in any year near publication` };
  return { impossible: `${describeDay(year, month, day)} does not exist: ${MONTH_NAMES[month - 1]} ${year} has ${days} days` };
}

// A day of the month, with its ordinal suffix: "3", "3rd".
const DAY = String.raw`(?<day>\d{1,2})(?:st|nd|rd|th)?`;

export const RULES: readonly DateRule[] = [
  // chrono-node reads written days (`date-chrono.ts`) but passes over one that cannot exist, which the build
  // must report: "February 30, 2007", "Sept. 31".
  rule(
    String.raw`(?:${month()}\s+${DAY}|(?:the\s+)?${DAY}\s+(?:of\s+)?${month()})(?:,?\s+${YEAR})?`,
    (w) =>
      impossibleDay(monthNumber(w.month), Number(w.day), w.year === undefined ? undefined : Number(w.year)),
  ),

  // A day of the month alone ("on the 15th", "by the 3rd of next month") is in the month its clause points to, and
  // after a weekday on that weekday ("Monday the 3rd"); before a noun it is an ordinal ("on the 3rd floor").
  rule(
    String.raw`(?=the\s)(?<=\b(?:on|by|until|till|since|before|after|from|through|to|(?<weekday>mon|tues|wednes|thurs|fri|satur|sun)day,?)\s+)the\s+(?<day>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+${WHICH}\s+month|(?=\s*(?:[.,;:)]|$|(?:and|or|to|through|at|in|when)\b)))`,
    (w, published, tense) => {
      const steps = w.which === undefined ? [-2, -1, 0, 1, 2] : [STEP[whichOf(w.which)]];
      const months = steps.map((step) => periodOf('month', shift(published, 'month', step)));
      const days = months.filter(({ start, end }) => start + Number(w.day) - 1 <= end).map(({ start }) => dayPeriod(start + Number(w.day) - 1))
        .filter(({ start }) => w.weekday === undefined || WEEKDAY_NAMES[isoWeekday(start) - 1]?.toLowerCase().startsWith(lower(w.weekday)));
      return withPart(occurrence(days, w.which === undefined ? tense() : 'this', published), w, true);
    },
  ),

  // A month or a season and its year: "October 2006", "early March 2003", "the end of May 2007", "the spring of 2003".
  rule(String.raw`${PART}?(?:${month()},?|(?:the\s+)?${SEASON})\s+(?:of\s+)?${YEAR}`, (w) => {
    const monthNo = monthNumber(w.month);
    if (w.season !== undefined) return withPart(seasonPeriod(w.season, Number(w.year)), w, false);
    return monthNo === null ? null : withPart(monthPeriod(Number(w.year), monthNo), w, false);
  }),

  // A month named alone points by its clause's tense, else to the one nearest publication: "in October" of a
  // December piece is that October, "will resume in January" the next January. "October of last year" is fixed.
  // After "the", a month is one before a common noun ("the January elections", not "the May Day parade").
  rule(
    String.raw`(?:${PART}|${MONTH_CONTEXT}|(?<the>(?<=\bthe\s+))|(?=(?:this|last|next)\s)${NOT_AFTER_THE})(?:${WHICH}\s+)?(?<month>${MONTH_WORD})(?:\s+of\s+(?<yearWhich>this\s+past|this|last|next)\s+year)?(?=(?:\s+(?<following>\w+))?)`,
    (w, published, tense) => {
      const monthNo = monthNumber(w.month);
      if (monthNo === null || (w.the !== undefined && (!/^\p{Ll}/u.test(w.following ?? '') || functionWord(w.following)))) return null;
      // A month in a list that a verb follows is a name: "in 2007 and May said no".
      if (w.list !== undefined && tagsOf(lower(w.following)).has('Verb')) return null;
      const years = w.yearWhich === undefined ? yearsAround(published) : [calendarDay(shift(published, 'year', STEP[whichOf(w.yearWhich)])).year];
      const months = years.map((year) => monthPeriod(year, monthNo));
      // A month that completes a noun ("a deadline of July") is timed by a verb after it ("will pass"), not before:
      // with none, the nearest is meant.
      const which = w.which === undefined ? (w.yearWhich === undefined ? tense(w.of !== undefined) : null) : whichOf(w.which);
      return withPart(occurrence(months, which, published), w, true);
    },
  ),

  // "The 21st century" runs from 2001 to 2100.
  rule(String.raw`(?<!-)(?:the\s+)?(?<century>(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th))\s+century`, (w) => {
    const century = countOf(w.century)?.count;
    return century && century <= 100 ? resolved(spanPeriod(yearPeriod(century * 100 - 99).start, yearPeriod(century * 100).end), false) : null;
  }),

  // "The other day" (or night) is some day in the week before publication.
  rule(String.raw`the\s+other\s+(?:day|night)`, (_, published) => resolved(spanPeriod(published - 7, published - 1), true, 'approximate')),

  // "the ’90s" takes the latest such decade that has begun by publication.
  rule(String.raw`${PART}?(?:the\s+)?(?:(?<decade>\d{3}0)['’]?s|['’](?<shortDecade>\d0)s)`, (w, published) => {
    if (w.decade !== undefined) return withPart(decadePeriod(Number(w.decade)), w, false);
    const century = calendarDay(published).year - (calendarDay(published).year % 100);
    return withPart(occurrence([century - 100, century].map((first) => decadePeriod(first + Number(w.shortDecade))), 'past', published), w, true);
  }),

  // After "around" a year must end the clause or lead into one: "around 2000 troops" is a count.
  rule(String.raw`(?:${PART}|${YEAR_CONTEXT}|(?<around>around|circa|c\.|ca\.)\s*)${BARE_YEAR}${NEXT_WORD}`, (w) => {
    // At the start of a range, the word after its end decides: "1500 to 2000 troops" counts.
    if (w.around ? !/^(?:when|and|or|to|until|through|before|after|that)?$/i.test(w.next ?? '') : (counted(w.next) || counted(w.rangeNext)) && !w.part && !w.edge) return null;
    const found = withPart(bareYear(w), w, false);
    return found && w.around ? { ...found, modifier: 'approximate' } : found;
  }),

  // A year before ’s ("1994’s budget") or qualifying a noun ("a tumultuous 2004 presidential campaign", "Iraq's
  // 2005 constitution"); before a plural or a preposition it is a count ("the 2000 troops").
  rule(String.raw`(?=\d)(?<=(?<det>\b(?:the|an?|its|his|her|their|our|this|that|['’]s)\s+(?:[a-z]+\s+)?)?)${BARE_YEAR}(?=(?<possessive>['’]s(?!\w))?)${NEXT_WORD}`, (w) => {
    const noun = w.det !== undefined && !counted(w.next) && !functionWord(w.next);
    return w.possessive !== undefined || noun ? withPart(bareYear(w), {}, false) : null;
  }),

  // U.S. federal fiscal years run October to September: "FY 2007" is 2006-10-01 to 2007-09-30.
  rule(
    String.raw`(?:(?<fiscalWhich>this|last|next|the\s+(?:current|past|last|coming|next))\s+fiscal\s+year|(?:fiscal\s+(?:year\s+)?|FY\s?)(?<fiscalYear>\d{4}|['’]?\d{2}))`,
    (w, published) => {
      const digits = (w.fiscalYear ?? '').replace(/['’]/g, '');
      const step = { last: -1, past: -1, next: 1, coming: 1 }[lower(w.fiscalWhich).replace(/^the /, '')] ?? 0;
      // The fiscal year that holds a day is named by the calendar year three months on.
      const year = w.fiscalYear === undefined ? calendarDay(shift(published, 'month', 3)).year + step : Number(digits) + (digits.length === 2 ? 2000 : 0);
      return resolved(spanPeriod(dayNumber(year - 1, 10, 1), dayNumber(year, 9, 30)), w.fiscalYear === undefined);
    },
  ),

  // A holiday is its day: with a year, that year's; without one, the occurrence nearest publication, as for a
  // month named alone. Only capitalised, so "a day of thanksgiving" stays a common noun.
  rule(
    String.raw`(?:(?<holidayWhich>this|last|next)\s+)?(?<holiday>(?:the\s+)?Fourth\s+of\s+July|${HOLIDAY_PATTERN})(?:,?\s+(?:of\s+)?${YEAR})?`,
    (w, published) => {
      const name = w.holiday ?? '';
      if (!/^(?:the\s+)?\p{Lu}/u.test(name)) return null;
      const years = w.year === undefined ? yearsAround(published) : [Number(w.year)];
      const days = years.map((year) => holidayDay(name, year)).filter((day) => day !== undefined).map(dayPeriod);
      if (w.year !== undefined) return withPart(days[0], w, false);
      return withPart(occurrence(days, w.holidayWhich === undefined ? 'this' : whichOf(w.holidayWhich), published), w, true);
    },
  ),

  // Weeks are ISO weeks, Monday to Sunday: "last week" is the whole previous Monday-to-Sunday, "the week after next"
  // the one after the next, unless "next" starts a date of its own ("the week after next year's vote"). "The end of
  // the year" and "the year's end" are this year's; "the year" alone is no date.
  rule(String.raw`${NOT_AFTER_THE}${PART}?(?:(?:${WHICH}|the)\s+)?(?<unit>week|month|year|decade)(?:\s+(?<twice>after\s+next|before\s+last)(?!\s+(?:week|month|year|decade|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\w+['’]s)\b))?(?:['’]s\s+(?<close>end|close))?`, (w, published) => {
    const [unit, edge, step] = [unitOf(w.unit), w.edge ?? w.close, w.twice === undefined ? STEP[whichOf(w.which ?? 'this')] : /^after/i.test(w.twice) ? 2 : -2];
    if (w.which === undefined && edge === undefined && w.twice === undefined) return null;
    return withPart(periodOf(unit, shift(published, unit, step)), { ...w, edge }, true);
  }),

  // "The spring" and "the weekend" alone point by their clause's tense, as a bare weekday does, and back when it
  // says nothing; "this weekend" is the coming one. "The fall of Baghdad" is not a season.
  rule(String.raw`${NOT_AFTER_THE}${PART}?(?:${WHICH}|the)\s+(?:${SEASON}|(?<weekend>weekend))(?!\s+of\b)`, (w, published, tense) => {
    if (w.which === undefined && /\p{Lu}/u.test(w.season ?? '')) return null;
    const saturday = published + 6 - isoWeekday(published);
    const periods = w.weekend ? [-14, -7, 0, 7].map((week) => spanPeriod(saturday + week, saturday + week + 1)) : yearsAround(published).map((year) => seasonPeriod(w.season, year));
    const which = w.which === undefined ? (tense() ?? 'past') : whichOf(w.which);
    return withPart(occurrence(periods, which === 'this' && w.weekend ? 'future' : which, published), w, true);
  }),

  // "Two years ago" is the calendar year two back, in the unit the phrase counts in; decades are too coarse
  // for a calendar decade, so they give an approximate year. "A week ago tonight" is that one day, "a year ago
  // this month" that month. "More than two years ago" is the year before the day two years back (a week at least),
  // "less than" from that day to publication. Bare "over" and "under" compare only at a clause's start or after a
  // verb of time: "the tent fell over two days ago" is two days ago.
  rule(String.raw`(?:(?:a\s+(?:bit|little)\s+|just\s+|slightly\s+)?(?<than>more\s+than|less\s+than|(?<=^|[.,;:(\n]\s*|\b(?:was|were|is|happened|occurred|began|started|ended|died|arrived|just|slightly|bit|little)\s+)(?:over|under))\s+)?${COUNT}\s+(?:(?:short|long)\s+)?(?<unit>day|week|month|year|decade)s?\s+(?<direction>ago|from\s+now)(?<exact>\s+(?:today|tonight|this\s+(?:morning|afternoon|evening|(?<exactUnit>week|month))))?`, (w, published) => {
    const counted = countOf(w.count);
    if (!counted) return null;
    const unit = unitOf(w.unit);
    const sign = lower(w.direction) === 'ago' ? -1 : 1;
    const day = shift(published, unit, sign * counted.count);
    if (w.than !== undefined) {
      const further = /^(?:more|over)/i.test(w.than);
      const [before, after] = [Math.min(shift(day, unit, -1), day - 7), Math.max(shift(day, unit, 1), day + 7)];
      const [from, to] = sign < 0 ? (further ? [before, day - 1] : [day + 1, published]) : further ? [day + 1, after] : [published, day - 1];
      return resolved(spanPeriod(from, to), true, further || counted.vague ? 'approximate' : null);
    }
    if (w.exact) return resolved(periodOf(w.exactUnit ? unitOf(w.exactUnit) : 'day', day), true);
    if (unit === 'decade') return resolved(yearPeriod(calendarDay(day).year), true, 'approximate');
    return resolved(periodOf(unit, day), true, counted.vague ? 'approximate' : null);
  }),

  // "The past year" is the rolling year that ends on publication day, not the calendar year before it.
  // "The last/next year" alone count from publication only as a stretch of time ("in the last year"), not as one
  // of a story's ("the last year of his term", "in the next year, he built").
  rule(
    String.raw`(?=the\s|(?:up)?coming\s)(?<=(?<stretch>\b(?:in|over|during|within|for|throughout)\s+)?)(?:the\s+)?(?:(?<direction>past|last|next|coming|upcoming)\s+)?(?:${COUNT}(?:\s+(?:to|or)\s+(?<upTo>\d{1,3}|[a-z]+))?\s+)?(?:(?:day|week|month)s\s+(?:and|or)\s+)?(?<unit>hour|day|week|month|year|decade)(?<plural>s)?(?<ahead>\s+ahead)?(?=(?<of>\s+of\b)?)`,
    (w, published, tense) => {
      // "The weeks ahead" are the coming weeks; "the weeks" alone are no date.
      const direction = w.ahead === undefined ? lower(w.direction) : 'coming';
      if (direction === '') return null;
      if (w.count === undefined && (direction === 'last' || direction === 'next')) {
        if (w.stretch === undefined || w.of !== undefined || (direction === 'next' && tense() !== 'future')) return null;
      }
      // "the coming months" without a count is a few of them; "the next two to three weeks" takes the larger count.
      const counted = w.count === undefined ? { count: w.plural ? 3 : 1, vague: Boolean(w.plural) } : countOf(w.upTo ?? w.count);
      if (!counted) return null;
      const past = direction === 'past' || direction === 'last';
      const modifier = counted.vague || w.upTo !== undefined ? 'approximate' : null;
      if (lower(w.unit) === 'hour') {
        // Hours count in whole days from publication: "the past 24 hours" are yesterday and today.
        const days = Math.ceil(counted.count / 24);
        return resolved(past ? spanPeriod(published - days, published) : spanPeriod(published, published + days), true, modifier);
      }
      const unit = unitOf(w.unit);
      if (past) return resolved(spanPeriod(shift(published, unit, -counted.count) + 1, published), true, modifier);
      return resolved(spanPeriod(published + 1, shift(published, unit, counted.count)), true, modifier);
    },
  ),

  // "In recent months" (weeks, years) reaches back from publication to the start of the third one back;
  // "recent days", a week.
  rule(String.raw`(?:in\s+)?recent\s+(?<unit>day|week|month|year)s`, (w, published) => {
    const unit = unitOf(w.unit);
    const start = unit === 'day' ? published - 7 : periodOf(unit, shift(published, unit, -3)).start;
    return resolved(spanPeriod(start, published), true, 'approximate');
  }),
];
