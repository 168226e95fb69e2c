/** The days of U.S. holidays as day numbers (`date-rules.ts` finds the phrases); no time zone. */

import { dayNumber, isoWeekday } from '../calendar.ts';

/** How a holiday is fixed: a date, or the nth (or last, -1) weekday of a month (ISO weekday, 1 = Monday). */
type HolidayRule =
  | {month: number; day: number}
  | {month: number; weekday: number; nth: number}
  | {election: true};

// Keys are lower case, without apostrophes, stops, commas or "Jr."; "day" after a key that lacks it is optional.
const HOLIDAYS: Record<string, HolidayRule> = {
  'new years day': {month: 1, day: 1},
  'new years eve': {month: 12, day: 31},
  'martin luther king day': {month: 1, weekday: 1, nth: 3},
  'presidents day': {month: 2, weekday: 1, nth: 3},
  'washingtons birthday': {month: 2, weekday: 1, nth: 3},
  'valentines day': {month: 2, day: 14},
  'memorial day': {month: 5, weekday: 1, nth: -1},
  'flag day': {month: 6, day: 14},
  'independence day': {month: 7, day: 4},
  'fourth of july': {month: 7, day: 4},
  'july fourth': {month: 7, day: 4},
  'labor day': {month: 9, weekday: 1, nth: 1},
  'columbus day': {month: 10, weekday: 1, nth: 2},
  halloween: {month: 10, day: 31},
  'election day': {election: true},
  'veterans day': {month: 11, day: 11},
  thanksgiving: {month: 11, weekday: 4, nth: 4},
  'christmas eve': {month: 12, day: 24},
  christmas: {month: 12, day: 25},
};

/** The holiday names `holidayDay` knows, longest first, as a regular-expression alternation. */
export const HOLIDAY_PATTERN: string = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((name) => (/(?:day|eve|birthday)$/.test(name) ? name : `${name}(?: day)?`))
  .map((name) => name.replace(/s\b/g, "['’]?s['’]?").replace('king', String.raw`king(?:,? jr\.?)?`).replace(/ /g, String.raw`\s+`))
  .join('|');

/** The nth (or, for -1, the last: a week before the next month's first) ISO weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth < 0) return nthWeekday(year, month + 1, weekday, 1) - 7;
  const first = dayNumber(year, month, 1);
  return first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1);
}

/** The day number a holiday (as written, any case) falls on in a year, or `undefined` for a name not known. */
export function holidayDay(name: string, year: number): number | undefined {
  const key = name.toLowerCase().replace(/['’.,]|\bjr\b/g, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  const rule = HOLIDAYS[key] ?? HOLIDAYS[key.replace(/ day$/, '')];
  if (!rule) return undefined;
  // Election Day is the Tuesday after the first Monday of November.
  if ('election' in rule) return nthWeekday(year, 11, 1, 1) + 1;
  return 'day' in rule ? dayNumber(year, rule.month, rule.day) : nthWeekday(year, rule.month, rule.weekday, rule.nth);
}
