import { describe, expect, it } from 'vitest';
import { count, formatDay, formatNumber, listOf, noun } from '../../src/lib/format.ts';
import { dayOf, isLastDayOfMonth, isoDay, mondayOf, spanOf } from '../../src/lib/calendar.ts';

describe('words made with Intl', () => {
  it('names a day, a month or a year', () => {
    expect(formatDay('2007-12-03')).toBe('3 December 2007');
    expect(formatDay('2007-12')).toBe('December 2007');
    expect(formatDay('2007')).toBe('2007');
    expect(formatDay('2008-02-29')).toBe('29 February 2008');
  });

  it('joins names the way a byline does', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['Andrew Grotto'])).toBe('Andrew Grotto');
    expect(listOf(['Andrew Grotto', 'Joseph Cirincione'])).toBe('Andrew Grotto and Joseph Cirincione');
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('gives a noun the form its number takes, irregular plurals included', () => {
    expect(count(1, 'claim')).toBe('1 claim');
    expect(count(0, 'claim')).toBe('0 claims');
    expect(count(1234, 'claim')).toBe('1,234 claims');
    expect(count(2, 'person', 'people')).toBe('2 people');
    expect(noun(1, 'month')).toBe('month');
    expect(formatNumber(9900)).toBe('9,900');
    expect(formatNumber(24)).toBe('24');
  });
});

describe('the calendar', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(isoDay(dayOf('2007-12-06'))).toBe('2007-12-06');
    expect(dayOf('2008-03-01') - dayOf('2008-02-28')).toBe(2);
  });

  it('finds the Monday of an ISO week across a month and a year', () => {
    expect(mondayOf('2007-12-06')).toBe('2007-12-03');
    expect(mondayOf('2008-01-02')).toBe('2007-12-31');
    expect(mondayOf('2007-12-03')).toBe('2007-12-03');
  });

  it('spans months and years, leap Februaries included', () => {
    expect(spanOf('2008-02')).toEqual({ start: '2008-02-01', end: '2008-02-29' });
    expect(spanOf('2007-02')).toEqual({ start: '2007-02-01', end: '2007-02-28' });
    expect(spanOf('2007')).toEqual({ start: '2007-01-01', end: '2007-12-31' });
    expect(isLastDayOfMonth('2008-02-29')).toBe(true);
    expect(isLastDayOfMonth('2008-02-28')).toBe(false);
  });
});
