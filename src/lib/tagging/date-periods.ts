/** Periods for the date rules: spans of day numbers with the datetime value that names them, and their parts. */
import nlp from 'compromise';
import type { Tense } from './date-tense.ts';
import { remembered } from './people-words.ts';
import { addMonths, calendarDay, dayNumber, daysInMonth, isoDay, isoWeek, isoWeekday, MONTH_NAMES, pad } from '../calendar.ts';

/** How much of the calendar a phrase names: the unit of its `value`, or `range` for spans of several units. */
export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade' | 'range';

/** The part of the period a phrase points at: "early", "the end of", "around", or none. */
export type DateModifier = 'start' | 'end' | 'approximate' | null;

interface Period {
  start: number;
  end: number;
  value: string;
  precision: DatePrecision;
}

export interface Resolved extends Period {
  relative: boolean;
  modifier: DateModifier;
}

export function dayPeriod(n: number): Period {
  return { start: n, end: n, value: isoDay(n), precision: 'day' };
}

function weekPeriod(n: number): Period {
  const monday = n - (isoWeekday(n) - 1);
  const { year, week } = isoWeek(n);
  return { start: monday, end: monday + 6, value: `${pad(year, 4)}-W${pad(week, 2)}`, precision: 'week' };
}

/** A calendar month; a month number outside 1–12 rolls into the next or previous year. */
export function monthPeriod(year: number, month: number): Period {
  const start = dayNumber(year, month, 1);
  const first = calendarDay(start);
  const end = start + daysInMonth(first.year, first.month) - 1;
  return { start, end, value: `${pad(first.year, 4)}-${pad(first.month, 2)}`, precision: 'month' };
}

export function yearPeriod(year: number): Period {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), value: pad(year, 4), precision: 'year' };
}

/** A decade as people say it: the 1990s are 1990 to 1999. */
export function decadePeriod(firstYear: number): Period {
  const start = dayNumber(firstYear, 1, 1);
  return { start, end: dayNumber(firstYear + 9, 12, 31), value: pad(firstYear, 4), precision: 'decade' };
}

/** A span that is not one calendar unit, named by the most precise value that contains it (else its first year). */
export function spanPeriod(start: number, end: number, precision: DatePrecision = 'range'): Period {
  const first = calendarDay(start);
  const last = calendarDay(end);
  let value = pad(first.year, 4);
  if (start === end) value = isoDay(start);
  else if (first.year === last.year && first.month === last.month) value = `${value}-${pad(first.month, 2)}`;
  return { start, end, value, precision };
}

// Meteorological northern seasons, named by the year they begin in (winter 2007 ends in February 2008), so
// each season's days follow those of the one before.
const SEASON_FIRST_MONTH: Partial<Record<string, number>> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/** A season by its name in any case; the rules only pass the names above. */
export function seasonPeriod(season: string | undefined, year: number): Period {
  const firstMonth = SEASON_FIRST_MONTH[lower(season)] ?? NaN;
  return spanPeriod(monthPeriod(year, firstMonth).start, monthPeriod(year, firstMonth + 2).end, 'season');
}

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** The calendar unit holding day `n`. */
export function periodOf(unit: Unit, n: number): Period {
  const { year, month } = calendarDay(n);
  if (unit === 'day') return dayPeriod(n);
  if (unit === 'week') return weekPeriod(n);
  if (unit === 'month') return monthPeriod(year, month);
  if (unit === 'year') return yearPeriod(year);
  return decadePeriod(year - (year % 10));
}

export function shift(n: number, unit: Unit, count: number): number {
  if (unit === 'day') return n + count;
  if (unit === 'week') return n + 7 * count;
  return addMonths(n, count * { month: 1, year: 12, decade: 120 }[unit]);
}

export type Which = 'this' | 'last' | 'next';

/**
 * "this October" is the nearest October (on a tie, the earlier), "last October" the latest one over, "next
 * October" the first to come. A clause's tense is looser: its past is the latest begun by publication, its
 * future the first not yet over.
 */
export function occurrence(periods: readonly Period[], which: Which | Tense, published: number): Period | undefined {
  if (which === 'last') return periods.filter((p) => p.end < published).at(-1);
  if (which === 'next') return periods.find((p) => p.start > published);
  if (which === 'past') return periods.filter((p) => p.start <= published).at(-1);
  if (which === 'future') return periods.find((p) => p.end > published);
  const distance = (p: Period) => (published < p.start ? p.start - published : Math.max(0, published - p.end));
  return [...periods].sort((a, b) => distance(a) - distance(b) || a.start - b.start)[0];
}

/** Years in which to look for "Dec. 3" or "last summer": two either side of publication cover every case. */
export function yearsAround(published: number): number[] {
  return [-2, -1, 0, 1, 2].map((step) => calendarDay(published).year + step);
}

type Part = 'start' | 'early' | 'mid' | 'late' | 'end';

/** The sub-units each part keeps, 1-based and inclusive: months of a year or season, days, years of a decade. */
const PART_SLICES: Partial<Record<DatePrecision, Record<Part, [number, number]>>> = {
  year: { start: [1, 1], early: [1, 4], mid: [5, 8], late: [9, 12], end: [12, 12] },
  season: { start: [1, 1], early: [1, 1], mid: [2, 2], late: [3, 3], end: [3, 3] },
  month: { start: [1, 10], early: [1, 10], mid: [11, 20], late: [21, 31], end: [21, 31] },
  week: { start: [1, 1], early: [1, 2], mid: [3, 4], late: [5, 7], end: [5, 7] },
  decade: { start: [1, 1], early: [1, 4], mid: [5, 7], late: [8, 10], end: [10, 10] },
};

const PART_OF_WORD: Partial<Record<string, Part>> = { start: 'start', beginning: 'start', early: 'early', middle: 'mid', mid: 'mid', late: 'late', end: 'end', close: 'end' };

/** The `index`-th sub-unit of a period (1-based), as a span of days. */
function subUnit(period: Period, index: number): { start: number; end: number } {
  const { year, month } = calendarDay(period.start);
  if (period.precision === 'year' || period.precision === 'season') return monthPeriod(year, month + index - 1);
  if (period.precision === 'decade') return yearPeriod(year + index - 1);
  return { start: period.start + index - 1, end: period.start + index - 1 };
}

/** The period cut down to some of its sub-units; its value stays, since the text still names only the whole period. */
function narrow(period: Period, [first, last]: [number, number]): Period {
  return { ...period, start: subUnit(period, first).start, end: Math.min(subUnit(period, last).end, period.end) };
}

// How many sub-units a period has, and which, for shares of it ("the second half", "the third week", "the first six months").
const SUB_UNITS: Partial<Record<DatePrecision, [number, string]>> = { year: [12, 'month'], season: [3, 'month'], month: [31, 'day'], week: [7, 'day'], decade: [10, 'year'] };

/** Vague counts stand for a typical number and mark the resolution approximate. */
const VAGUE_COUNTS: Record<string, number> = { 'a few': 3, few: 3, several: 5 };

export type Words = Partial<Record<string, string>>;

/** What a rule makes of its match: a resolution, a date that cannot exist, or null for "not a date after all". */
export type Outcome = Resolved | { impossible: string } | null;

/** A phrase found at an offset, with what it names. */
export type Found = { offset: number; text: string; outcome: NonNullable<Outcome> };

export const lower = (word: string | undefined) => (word ?? '').toLowerCase().replace(/\s+/g, ' ');

/**
 * A pattern ending in `$` matched against the words just before `index`, its index into the whole text. Only the
 * last stretch is read, so a long block is not scanned again from its start for every date in it.
 */
export function matchBefore(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  const from = Math.max(0, index - 80);
  const match = pattern.exec(text.slice(from, index));
  if (match) match.index += from;
  return match;
}

/** Month number for a name or abbreviation; a month is capitalised ("may" and "march" are verbs, "august" an adjective). */
export function monthNumber(word: string | undefined): number | null {
  if (word === undefined || !/^\p{Lu}/u.test(word)) return null;
  const prefix = word.slice(0, 3).toLowerCase();
  const index = MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === prefix);
  return index === -1 ? null : index + 1;
}

export function whichOf(word: string | undefined): Which {
  const which = lower(word);
  return which === 'this past' ? 'last' : which === 'this coming' ? 'next' : (which as Which);
}

export const unitOf = (word: string | undefined) => lower(word) as Unit;

export const countOf = (word: string | undefined) => readCount(lower(word));

const readCount = remembered((key: string): { count: number; vague: boolean } | null => {
  if (key in VAGUE_COUNTS) return { count: VAGUE_COUNTS[key] ?? 3, vague: true };
  if (/^(?:an?|(?:a )?couple of)$/.test(key)) return { count: key.endsWith('of') ? 2 : 1, vague: false };
  // Any number compromise reads: "15", "fifteen", "twenty-five".
  const found = nlp(key).numbers();
  const values = found.length === 1 ? found.get() : [];
  const count = Array.isArray(values) ? values[0] : values;
  return typeof count === 'number' && Number.isInteger(count) && count > 0 ? { count, vague: false } : null;
});

export function resolved(period: Period, relative: boolean, modifier: DateModifier = null): Resolved {
  return { ...period, relative, modifier };
}

/** The period, cut down to the part the words name ("late 2007", "the first half of 2008"), or whole when they name none. */
export function withPart(period: Period | undefined, words: Words, relative: boolean): Resolved | null {
  if (!period) return null;
  const [count = NaN, unit] = SUB_UNITS[period.precision] ?? [];
  const [units, fraction] = [period.precision === 'month' ? period.end - period.start + 1 : count, lower(words.fraction)];
  const part = PART_OF_WORD[lower(words.edge ?? words.part)];
  let slice: [number, number] | undefined = part && PART_SLICES[period.precision]?.[part];
  if (words.fraction !== undefined) {
    // A block of equal shares or of sub-units ("weeks" count seven days; "the last months", as "the coming months",
    // three), the nth from the start or the last.
    const size = fraction === 'half' ? units / 2 : fraction === 'quarter' ? units / 4 : fraction === unit ? 1 : fraction === 'week' && unit === 'day' ? 7 : NaN;
    // A word there that is no number is an adjective ("the first full week").
    const block = size * (countOf(words.shares)?.count ?? (words.many === undefined ? 1 : 3));
    const nth = countOf(words.nth)?.count;
    if (!(block >= 1) || (nth ?? 1) * block > units) return null;
    slice = nth === undefined ? [Math.floor(units - block) + 1, units] : [Math.floor((nth - 1) * block) + 1, Math.floor(nth * block)];
  } else if (!part) return resolved(period, relative);
  // A part that holds the first sub-unit is the period's start, one that holds the last its end.
  return slice ? resolved(narrow(period, slice), relative, slice[0] === 1 ? 'start' : slice[1] >= units ? 'end' : null) : null;
}

export function describeDay(year: number | null, month: number, day: number): string {
  return `${MONTH_NAMES[month - 1] ?? '?'} ${day}${year === null ? '' : `, ${year}`}`;
}
