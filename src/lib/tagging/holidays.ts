/** The days of U.S. holidays and federal fiscal years (`dates.ts` finds the phrases); no time zone. */

import { dayNumber, daysInMonth, isoWeekday, type CalendarDay } from '../calendar.ts';

export type HolidayDate = CalendarDay;

const weekdayOf = (year: number, month: number, day: number): number => isoWeekday(dayNumber(year, month, day));

/** How a holiday is fixed: a date, or the nth (or last, -1) weekday of a month (ISO weekday, 1 = Monday). */
type HolidayRule =
  | {month: number; day: number}
  | {month: number; weekday: number; nth: number}
  | {election: true};

// Keys are lower case, apostrophes straight, spaces single.
const HOLIDAYS: Record<string, HolidayRule> = {
  "new year's day": {month: 1, day: 1},
  "new year's eve": {month: 12, day: 31},
  'martin luther king jr. day': {month: 1, weekday: 1, nth: 3},
  'martin luther king, jr. day': {month: 1, weekday: 1, nth: 3},
  'martin luther king day': {month: 1, weekday: 1, nth: 3},
  "presidents' day": {month: 2, weekday: 1, nth: 3},
  'presidents day': {month: 2, weekday: 1, nth: 3},
  "washington's birthday": {month: 2, weekday: 1, nth: 3},
  "valentine's day": {month: 2, day: 14},
  'memorial day': {month: 5, weekday: 1, nth: -1},
  'flag day': {month: 6, day: 14},
  'independence day': {month: 7, day: 4},
  'fourth of july': {month: 7, day: 4},
  'the fourth of july': {month: 7, day: 4},
  'july fourth': {month: 7, day: 4},
  'labor day': {month: 9, weekday: 1, nth: 1},
  'columbus day': {month: 10, weekday: 1, nth: 2},
  halloween: {month: 10, day: 31},
  'election day': {election: true},
  'veterans day': {month: 11, day: 11},
  "veterans' day": {month: 11, day: 11},
  'thanksgiving day': {month: 11, weekday: 4, nth: 4},
  thanksgiving: {month: 11, weekday: 4, nth: 4},
  'christmas eve': {month: 12, day: 24},
  'christmas day': {month: 12, day: 25},
  christmas: {month: 12, day: 25},
};

/** The holiday names `holidayDate` knows, longest first, as a regular-expression alternation. */
export const HOLIDAY_PATTERN: string = Object.keys(HOLIDAYS)
  .filter((name) => !name.startsWith('the '))
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.]/g, '\\.').replace(/'/g, "['’]").replace(/ /g, '\\s+'))
  .join('|');

/** The day a holiday (as written, any case) falls on in a year, or `undefined` for a name not known. */
export function holidayDate(name: string, year: number): HolidayDate | undefined {
  const key = name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
  const rule = HOLIDAYS[key];
  if (!rule) return undefined;
  if ('election' in rule) {
    const firstMonday = 1 + ((1 - weekdayOf(year, 11, 1) + 7) % 7);
    return {year, month: 11, day: firstMonday + 1};
  }
  if ('day' in rule) return {year, month: rule.month, day: rule.day};
  if (rule.nth > 0) {
    const first = 1 + ((rule.weekday - weekdayOf(year, rule.month, 1) + 7) % 7);
    return {year, month: rule.month, day: first + 7 * (rule.nth - 1)};
  }
  const lastDay = daysInMonth(year, rule.month);
  return {year, month: rule.month, day: lastDay - ((weekdayOf(year, rule.month, lastDay) - rule.weekday + 7) % 7)};
}

/** The first and last day of a federal fiscal year: 2007 runs from 1 October 2006 to 30 September 2007. */
export function fiscalYear(year: number): {start: HolidayDate; end: HolidayDate} {
  return {start: {year: year - 1, month: 10, day: 1}, end: {year, month: 9, day: 30}};
}

/** The federal fiscal year a day falls in: October to December count toward the next calendar year's. */
export function fiscalYearOf(day: HolidayDate): number {
  return day.month >= 10 ? day.year + 1 : day.year;
}
