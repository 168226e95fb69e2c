/** Words for numbers, lists and days in the edition's English, made with `Intl`. */

const LOCALE = 'en-GB';

const days = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const months = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const lists = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });
const plurals = new Intl.PluralRules(LOCALE);
const numbers = new Intl.NumberFormat(LOCALE);

/** A date at noon UTC, so no time zone moves it to another day. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(Date.UTC(2000, month - 1, day, 12));
  date.setUTCFullYear(year);
  return date;
}

/** "3 December 2007" for 2007-12-03; "December 2007" for 2007-12; "2007" for 2007. */
export function formatDay(value: string): string {
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined || Number.isNaN(month)) return value;
  if (day === undefined) return months.format(utc(year, month, 1));
  return days.format(utc(year, month, day));
}

/** Names joined for a byline: "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  return lists.format(names);
}

/** A number as the edition prints it: "9,900". */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** A count with its noun: `count(1, 'claim')` → "1 claim", `count(3, 'person', 'people')` → "3 people". */
export function count(n: number, one: string, other = `${one}s`): string {
  return `${numbers.format(n)} ${noun(n, one, other)}`;
}

/** The noun alone, in the form the number takes: `noun(2, 'month')` → "months". */
export function noun(n: number, one: string, other = `${one}s`): string {
  return plurals.select(n) === 'one' ? one : other;
}
