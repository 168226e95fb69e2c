/** The days of U.S. holidays as day numbers (`date-rules.ts` finds the phrases); no time zone. */

import { dayNumber, isoWeekday } from '../calendar.ts';

/** How a holiday is fixed: [month, day], or [month, ISO weekday (1 = Monday), nth (-1 for the last)]. */
type HolidayRule = [month: number, day: number] | [month: number, weekday: number, nth: number];

// Keys are lower case, without apostrophes, stops, commas or "Jr."; "day" after a key that lacks it is optional.
const HOLIDAYS: Record<string, HolidayRule> = {
  'new years day': [1, 1],
  'new years eve': [12, 31],
  'martin luther king day': [1, 1, 3],
  'presidents day': [2, 1, 3],
  'washingtons birthday': [2, 1, 3],
  'valentines day': [2, 14],
  'memorial day': [5, 1, -1],
  'flag day': [6, 14],
  'independence day': [7, 4],
  'fourth of july': [7, 4],
  'july fourth': [7, 4],
  'labor day': [9, 1, 1],
  'columbus day': [10, 1, 2],
  halloween: [10, 31],
  // The Tuesday after the first Monday of November: a day after the first Monday, kept apart in `holidayDay`.
  'election day': [11, 1, 1],
  'veterans day': [11, 11],
  thanksgiving: [11, 4, 4],
  'christmas eve': [12, 24],
  christmas: [12, 25],
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
  const [month, dayOrWeekday, nth] = rule;
  if (nth === undefined) return dayNumber(year, month, dayOrWeekday);
  return nthWeekday(year, month, dayOrWeekday, nth) + (key.startsWith('election') ? 1 : 0);
}
