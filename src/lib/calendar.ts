/** The one calendar: proleptic Gregorian days as whole numbers since 1970-01-01 UTC, with ISO weeks. */

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export function dayNumber(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not read the years 0–99 as 1900–1999; months past 12 roll over.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function calendarDay(n: number): CalendarDay {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoDay(n: number): string {
  const { year, month, day } = calendarDay(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** ISO weekday, 1 for Monday to 7 for Sunday. */
export function isoWeekday(n: number): number {
  // Day 0, 1970-01-01, was a Thursday.
  return (((n + 3) % 7) + 7) % 7 + 1;
}

/** ISO week and the year it belongs to, which near New Year can differ from the calendar year. */
export function isoWeek(n: number): { year: number; week: number } {
  // A week belongs to the year that holds its Thursday.
  const thursday = n + 4 - isoWeekday(n);
  const year = calendarDay(thursday).year;
  return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

export function weeksInIsoYear(year: number): number {
  // December 28 always falls in the last ISO week of its year.
  return isoWeek(dayNumber(year, 12, 28)).week;
}

/** The same day `months` months later, or the month's last day when it is shorter (Jan 31 + 1 → Feb 28). */
export function addMonths(n: number, months: number): number {
  const { year, month, day } = calendarDay(n);
  const first = calendarDay(dayNumber(year, month + months, 1));
  return dayNumber(first.year, first.month, Math.min(day, daysInMonth(first.year, first.month)));
}

/** Whether `s` is a real calendar day written YYYY-MM-DD: "2008-02-29" is, "2007-02-29" is not. */
export function isValidIsoDate(s: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether `s` is a valid HTML `<time datetime>` of the kinds dates carry: `2007`, `2007-12`, `2007-12-03`, `2007-W49`. */
export function isValidDatetimeValue(s: string): boolean {
  const match = /^(\d{4,})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$/.exec(s);
  if (!match) return false;
  const year = Number(match[1]);
  const [, , month, day, week] = match;
  if (year < 1) return false;
  if (week !== undefined) return Number(week) >= 1 && Number(week) <= weeksInIsoYear(year);
  if (day !== undefined) return isValidIsoDate(s);
  if (month !== undefined) return Number(month) >= 1 && Number(month) <= 12;
  return true;
}

export function dayOf(day: string): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return dayNumber(year, month, date);
}

export function mondayOf(day: string): string {
  const n = dayOf(day);
  return isoDay(n - isoWeekday(n) + 1);
}

export function isLastDayOfMonth(day: string): boolean {
  return calendarDay(dayOf(day) + 1).day === 1;
}

/** The first and last day of a day, month or year (YYYY-MM-DD, YYYY-MM, YYYY). */
export function spanOf(value: string): { start: string; end: string } {
  if (/^\d{4}$/.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31` };
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [year, month] = value.split('-').map(Number) as [number, number];
    return { start: `${value}-01`, end: `${value}-${pad(daysInMonth(year, month), 2)}` };
  }
  return { start: value, end: value };
}
