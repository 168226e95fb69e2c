import { describe, expect, it } from 'vitest';
import * as dates from '../../src/lib/tagging/dates.ts';
import {
  findDates,
  findImpossibleDates,
  isValidDatetimeValue,
  isValidIsoDate,
  type DateModifier,
  type DatePrecision,
  type DateMention,
} from '../../src/lib/tagging/dates.ts';

/** Words that only relate an event to a date, dropped when a phrase is resolved on its own. */
const LEAD_IN = /^(?:as\s+(?:recently|early|late|long\s+ago)\s+as|as\s+of|in|on|at|by|since|until|till|before|after|during|through|of)\s+/i;

/**
 * One phrase resolved on its own, or null unless the tagger finds it as one whole date, give or take a leading
 * preposition. It is read after "in", as a phrase meant as a date: a bare "1994" counts.
 */
function resolveDate(phrase: string, published: string): Omit<DateMention, 'text' | 'offset'> | null {
  const trimmed = phrase.trim().replace(/[\s,;:!?]+$/, '');
  const attempts = [trimmed, trimmed.replace(LEAD_IN, '')].flatMap((p) => (p.endsWith('.') ? [p, p.slice(0, -1)] : [p]));
  for (const attempt of attempts) {
    const mentions = findDates(`in ${attempt}`, published);
    const [only] = mentions;
    if (mentions.length === 1 && only?.offset === 3 && only.text === attempt) {
      const { text: _text, offset: _offset, ...resolution } = only;
      return resolution;
    }
  }
  return null;
}

/** The op-ed's edition date, a Thursday: its ISO week 49 runs Monday December 3 to Sunday December 9. */
const PUBLISHED = '2007-12-06';

type Row = [
  phrase: string,
  value: string,
  start: string,
  end: string,
  precision: DatePrecision,
  relative: boolean,
  modifier: DateModifier,
];

const AGAINST_PUBLICATION: Row[] = [
  // Days written out.
  ['December 3, 2007', '2007-12-03', '2007-12-03', '2007-12-03', 'day', false, null],
  ['Dec. 3, 2007', '2007-12-03', '2007-12-03', '2007-12-03', 'day', false, null],
  ['Monday, December 3, 2007', '2007-12-03', '2007-12-03', '2007-12-03', 'day', false, null],
  ['3 December 2007', '2007-12-03', '2007-12-03', '2007-12-03', 'day', false, null],
  ['the 3rd of December 2007', '2007-12-03', '2007-12-03', '2007-12-03', 'day', false, null],
  ['2007-12-03', '2007-12-03', '2007-12-03', '2007-12-03', 'day', false, null],
  // Days without a year take the year nearest to publication.
  ['Dec. 3', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['December 3rd', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['3 December', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['Jan. 15', '2008-01-15', '2008-01-15', '2008-01-15', 'day', true, null],
  ['Sept. 11', '2007-09-11', '2007-09-11', '2007-09-11', 'day', true, null],
  ['Sunday, Dec. 9', '2007-12-09', '2007-12-09', '2007-12-09', 'day', true, null],
  // Months.
  ['October 2006', '2006-10', '2006-10-01', '2006-10-31', 'month', false, null],
  ['October of 2006', '2006-10', '2006-10-01', '2006-10-31', 'month', false, null],
  ['as recently as October 2007', '2007-10', '2007-10-01', '2007-10-31', 'month', false, null],
  ['early October 2007', '2007-10', '2007-10-01', '2007-10-10', 'month', false, 'start'],
  ['late October 2007', '2007-10', '2007-10-21', '2007-10-31', 'month', false, 'end'],
  ['the end of October 2007', '2007-10', '2007-10-21', '2007-10-31', 'month', false, 'end'],
  ['in October', '2007-10', '2007-10-01', '2007-10-31', 'month', true, null],
  ['in March', '2008-03', '2008-03-01', '2008-03-31', 'month', true, null],
  ['mid-October', '2007-10', '2007-10-11', '2007-10-20', 'month', true, null],
  ['last October', '2007-10', '2007-10-01', '2007-10-31', 'month', true, null],
  ['next March', '2008-03', '2008-03-01', '2008-03-31', 'month', true, null],
  // Years and parts of years.
  ['1994', '1994', '1994-01-01', '1994-12-31', 'year', false, null],
  ['in 1994', '1994', '1994-01-01', '1994-12-31', 'year', false, null],
  ['since 1994', '1994', '1994-01-01', '1994-12-31', 'year', false, null],
  ['the end of 2007', '2007', '2007-12-01', '2007-12-31', 'year', false, 'end'],
  ['by the end of 2007', '2007', '2007-12-01', '2007-12-31', 'year', false, 'end'],
  ['the start of 2007', '2007', '2007-01-01', '2007-01-31', 'year', false, 'start'],
  ['the beginning of 2007', '2007', '2007-01-01', '2007-01-31', 'year', false, 'start'],
  ['early 2007', '2007', '2007-01-01', '2007-04-30', 'year', false, 'start'],
  ['mid-2007', '2007', '2007-05-01', '2007-08-31', 'year', false, null],
  ['the middle of 2007', '2007', '2007-05-01', '2007-08-31', 'year', false, null],
  ['late 2007', '2007', '2007-09-01', '2007-12-31', 'year', false, 'end'],
  ['around 2003', '2003', '2003-01-01', '2003-12-31', 'year', false, 'approximate'],
  ['circa 2003', '2003', '2003-01-01', '2003-12-31', 'year', false, 'approximate'],
  // Seasons: meteorological, named by the year they begin in.
  ['fall 2003', '2003', '2003-09-01', '2003-11-30', 'season', false, null],
  ['autumn 2003', '2003', '2003-09-01', '2003-11-30', 'season', false, null],
  ['the fall of 2003', '2003', '2003-09-01', '2003-11-30', 'season', false, null],
  ['spring 2008', '2008', '2008-03-01', '2008-05-31', 'season', false, null],
  ['summer 2005', '2005', '2005-06-01', '2005-08-31', 'season', false, null],
  ['winter 2007', '2007', '2007-12-01', '2008-02-29', 'season', false, null],
  ['last summer', '2007', '2007-06-01', '2007-08-31', 'season', true, null],
  ['last winter', '2006', '2006-12-01', '2007-02-28', 'season', true, null],
  ['this winter', '2007', '2007-12-01', '2008-02-29', 'season', true, null],
  ['next spring', '2008', '2008-03-01', '2008-05-31', 'season', true, null],
  // Decades.
  ['the 1990s', '1990', '1990-01-01', '1999-12-31', 'decade', false, null],
  ['1990s', '1990', '1990-01-01', '1999-12-31', 'decade', false, null],
  ['the mid-1990s', '1990', '1994-01-01', '1996-12-31', 'decade', false, null],
  ['the early 1990s', '1990', '1990-01-01', '1993-12-31', 'decade', false, 'start'],
  ['the late 1990s', '1990', '1997-01-01', '1999-12-31', 'decade', false, 'end'],
  ['the ’90s', '1990', '1990-01-01', '1999-12-31', 'decade', true, null],
  // Ranges.
  ['2003–2007', '2003', '2003-01-01', '2007-12-31', 'range', false, null],
  ['2003-2007', '2003', '2003-01-01', '2007-12-31', 'range', false, null],
  ['from 2003 to 2007', '2003', '2003-01-01', '2007-12-31', 'range', false, null],
  ['between 2003 and 2007', '2003', '2003-01-01', '2007-12-31', 'range', false, null],
  ['1994-95', '1994', '1994-01-01', '1995-12-31', 'range', false, null],
  ['October–December 2007', '2007', '2007-10-01', '2007-12-31', 'range', false, null],
  ['December 3–5, 2007', '2007-12', '2007-12-03', '2007-12-05', 'range', false, null],
  ['from October 2006 to March 2007', '2006', '2006-10-01', '2007-03-31', 'range', false, null],
  // Weeks: ISO, Monday to Sunday.
  ['earlier this week', '2007-W49', '2007-12-03', '2007-12-05', 'week', true, null],
  ['Earlier this week', '2007-W49', '2007-12-03', '2007-12-05', 'week', true, null],
  ['later this week', '2007-W49', '2007-12-07', '2007-12-09', 'week', true, null],
  ['this week', '2007-W49', '2007-12-03', '2007-12-09', 'week', true, null],
  ['last week', '2007-W48', '2007-11-26', '2007-12-02', 'week', true, null],
  ['next week', '2007-W50', '2007-12-10', '2007-12-16', 'week', true, null],
  ['early this week', '2007-W49', '2007-12-03', '2007-12-04', 'week', true, 'start'],
  // Months and years counted from publication.
  ['earlier this month', '2007-12', '2007-12-01', '2007-12-05', 'month', true, null],
  ['this month', '2007-12', '2007-12-01', '2007-12-31', 'month', true, null],
  ['last month', '2007-11', '2007-11-01', '2007-11-30', 'month', true, null],
  ['next month', '2008-01', '2008-01-01', '2008-01-31', 'month', true, null],
  ['the end of this month', '2007-12', '2007-12-21', '2007-12-31', 'month', true, 'end'],
  ['earlier this year', '2007', '2007-01-01', '2007-12-05', 'year', true, null],
  ['this year', '2007', '2007-01-01', '2007-12-31', 'year', true, null],
  ['last year', '2006', '2006-01-01', '2006-12-31', 'year', true, null],
  ['Last year', '2006', '2006-01-01', '2006-12-31', 'year', true, null],
  ['next year', '2008', '2008-01-01', '2008-12-31', 'year', true, null],
  ['late last year', '2006', '2006-09-01', '2006-12-31', 'year', true, 'end'],
  ['early next year', '2008', '2008-01-01', '2008-04-30', 'year', true, 'start'],
  ['the end of the year', '2007', '2007-12-01', '2007-12-31', 'year', true, 'end'],
  ['this decade', '2000', '2000-01-01', '2009-12-31', 'decade', true, null],
  // Spans reaching back or forward from publication.
  ['in recent months', '2007', '2007-09-01', '2007-12-06', 'range', true, 'approximate'],
  ['In recent months', '2007', '2007-09-01', '2007-12-06', 'range', true, 'approximate'],
  ['in recent weeks', '2007', '2007-11-12', '2007-12-06', 'range', true, 'approximate'],
  ['in recent years', '2004', '2004-01-01', '2007-12-06', 'range', true, 'approximate'],
  ['the past year', '2006', '2006-12-07', '2007-12-06', 'range', true, null],
  ['the past three years', '2004', '2004-12-07', '2007-12-06', 'range', true, null],
  ['the last two years', '2005', '2005-12-07', '2007-12-06', 'range', true, null],
  ['the past few months', '2007', '2007-09-07', '2007-12-06', 'range', true, 'approximate'],
  ['the coming year', '2007', '2007-12-07', '2008-12-06', 'range', true, null],
  ['the next two years', '2007', '2007-12-07', '2009-12-06', 'range', true, null],
  // "Couple of" counts two, with or without "a".
  ['the next couple of weeks', '2007-12', '2007-12-07', '2007-12-20', 'range', true, null],
  ['the past couple of years', '2005', '2005-12-07', '2007-12-06', 'range', true, null],
  ['a couple of weeks ago', '2007-W47', '2007-11-19', '2007-11-25', 'week', true, null],
  // Days named from publication.
  ['on Monday', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['Monday', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['on Thursday', '2007-12-06', '2007-12-06', '2007-12-06', 'day', true, null],
  ['on Friday', '2007-11-30', '2007-11-30', '2007-11-30', 'day', true, null],
  ['last Monday', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['last Thursday', '2007-11-29', '2007-11-29', '2007-11-29', 'day', true, null],
  ['this past Monday', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['next Monday', '2007-12-10', '2007-12-10', '2007-12-10', 'day', true, null],
  ['this Sunday', '2007-12-09', '2007-12-09', '2007-12-09', 'day', true, null],
  ['yesterday', '2007-12-05', '2007-12-05', '2007-12-05', 'day', true, null],
  ['today', '2007-12-06', '2007-12-06', '2007-12-06', 'day', true, null],
  ['tomorrow', '2007-12-07', '2007-12-07', '2007-12-07', 'day', true, null],
  ['last night', '2007-12-05', '2007-12-05', '2007-12-05', 'day', true, null],
  // A part of the day after "yesterday" or "tomorrow" belongs to the phrase, as in "this morning".
  ['tomorrow morning', '2007-12-07', '2007-12-07', '2007-12-07', 'day', true, null],
  ['Tomorrow night', '2007-12-07', '2007-12-07', '2007-12-07', 'day', true, null],
  ['yesterday afternoon', '2007-12-05', '2007-12-05', '2007-12-05', 'day', true, null],
  // "last" or "this" before the weekday of a written date: the date decides.
  ['last Wednesday, November 28', '2007-11-28', '2007-11-28', '2007-11-28', 'day', true, null],
  ['this past Monday, Dec. 3', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['last Wednesday, November 28, 2007', '2007-11-28', '2007-11-28', '2007-11-28', 'day', false, null],
  // Counted back from publication, in the unit the phrase counts in.
  ['two years ago', '2005', '2005-01-01', '2005-12-31', 'year', true, null],
  ['a year ago', '2006', '2006-01-01', '2006-12-31', 'year', true, null],
  ['three months ago', '2007-09', '2007-09-01', '2007-09-30', 'month', true, null],
  ['two weeks ago', '2007-W47', '2007-11-19', '2007-11-25', 'week', true, null],
  ['three days ago', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['a few years ago', '2004', '2004-01-01', '2004-12-31', 'year', true, 'approximate'],
  ['two decades ago', '1987', '1987-01-01', '1987-12-31', 'year', true, 'approximate'],
  ['a year from now', '2008', '2008-01-01', '2008-12-31', 'year', true, null],
];

/** Rows against other publication days: [published, ...row]. */
const AGAINST_OTHER_DAYS: [string, ...Row][] = [
  // A Sunday: the whole of ISO week 49 is behind it.
  ['2007-12-09', 'earlier this week', '2007-W49', '2007-12-03', '2007-12-08', 'week', true, null],
  ['2007-12-09', 'on Sunday', '2007-12-09', '2007-12-09', '2007-12-09', 'day', true, null],
  ['2007-12-09', 'last Sunday', '2007-12-02', '2007-12-02', '2007-12-02', 'day', true, null],
  ['2007-12-09', 'on Monday', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  ['2007-12-09', 'next week', '2007-W50', '2007-12-10', '2007-12-16', 'week', true, null],
  // New Year's Day 2008, a Tuesday in ISO week 2008-W01, which began on Monday December 31, 2007.
  ['2008-01-01', 'earlier this week', '2008-W01', '2007-12-31', '2007-12-31', 'week', true, null],
  ['2008-01-01', 'this week', '2008-W01', '2007-12-31', '2008-01-06', 'week', true, null],
  ['2008-01-01', 'earlier this year', '2008', '2008-01-01', '2008-01-01', 'year', true, null],
  ['2008-01-01', 'earlier this month', '2008-01', '2008-01-01', '2008-01-01', 'month', true, null],
  ['2008-01-01', 'last year', '2007', '2007-01-01', '2007-12-31', 'year', true, null],
  ['2008-01-01', 'last month', '2007-12', '2007-12-01', '2007-12-31', 'month', true, null],
  ['2008-01-01', 'yesterday', '2007-12-31', '2007-12-31', '2007-12-31', 'day', true, null],
  ['2008-01-01', 'Dec. 3', '2007-12-03', '2007-12-03', '2007-12-03', 'day', true, null],
  // A leap day.
  ['2008-02-29', 'a year ago', '2007', '2007-01-01', '2007-12-31', 'year', true, null],
  ['2008-02-29', 'the past year', '2007', '2007-03-01', '2008-02-29', 'range', true, null],
  ['2008-02-29', 'earlier this month', '2008-02', '2008-02-01', '2008-02-28', 'month', true, null],
  ['2008-02-29', 'yesterday', '2008-02-28', '2008-02-28', '2008-02-28', 'day', true, null],
  ['2008-02-29', 'tomorrow', '2008-03-01', '2008-03-01', '2008-03-01', 'day', true, null],
  ['2008-02-29', 'three months ago', '2007-11', '2007-11-01', '2007-11-30', 'month', true, null],
  ['2008-02-29', 'next year', '2009', '2009-01-01', '2009-12-31', 'year', true, null],
  ['2008-02-29', 'this week', '2008-W09', '2008-02-25', '2008-03-02', 'week', true, null],
  ['2008-02-29', 'February 29', '2008-02-29', '2008-02-29', '2008-02-29', 'day', true, null],
];

const NOT_DATES = [
  'three years',
  'for two decades',
  '60 days',
  '12 to 18 months',
  'time and time again',
  'a time-tested formula',
  'World War III',
  'World War IV',
  'Only then',
  'Now if only',
  'so far',
  'for good',
  'at any cost',
  '50,000 tons',
  'Section 1994',
  '2000 troops',
  'around 2000 troops',
  'rose by 2000 percent',
  'recently',
  'the next year',
  'the last year of his term',
  'Iran may strike',
  'February 30, 2007',
  'Monday, December 4, 2007',
];

function resolutionOf(row: Row) {
  const [, value, start, end, precision, relative, modifier] = row;
  return { value, start, end, precision, relative, modifier };
}

describe('resolveDate', () => {
  it.each(AGAINST_PUBLICATION)('resolves “%s” against a Thursday, 2007-12-06', (...row) => {
    expect(resolveDate(row[0], PUBLISHED)).toEqual(resolutionOf(row));
  });

  it.each(AGAINST_OTHER_DAYS)('resolves against %s: “%s”', (published, ...row) => {
    expect(resolveDate(row[0], published)).toEqual(resolutionOf(row));
  });

  it.each(NOT_DATES)('finds no date in “%s”', (phrase) => {
    expect(resolveDate(phrase, PUBLISHED)).toBeNull();
    expect(findDates(phrase, PUBLISHED)).toEqual([]);
  });

  it('gives every known answer a valid HTML datetime value', () => {
    const values = [...AGAINST_PUBLICATION, ...AGAINST_OTHER_DAYS.map(([, ...row]) => row)].map((row) => row[1]);
    expect(values.filter((value) => !isValidDatetimeValue(value))).toEqual([]);
    const resolvedValues = AGAINST_PUBLICATION.map((row) => resolveDate(row[0], PUBLISHED)?.value ?? 'none');
    expect(resolvedValues.filter((value) => !isValidDatetimeValue(value))).toEqual([]);
  });

  it('rejects a publication date that is not a real day', () => {
    expect(() => resolveDate('last year', '2007-02-30')).toThrow(RangeError);
    expect(() => findDates('last year', 'December 6, 2007')).toThrow(/expected a real day/);
  });
});

describe('findDates on the op-ed (published 2007-12-06)', () => {
  it('finds the October 2006 test, the end of 2007 and earlier this month in the opening paragraph', () => {
    const text =
      'If you informed most experts in the aftermath of North Korea’s October 2006 nuclear test that President Bush and North Korea’s president Kim Jong Il would be pen pals by the end of 2007, they’d laugh in disbelief. Yet, earlier this month President Bush wrote a letter to Kim Jong Il urging him to honor his commitment to disclose and disband his nuclear program.';
    expect(findDates(text, PUBLISHED)).toEqual([
      { text: 'October 2006', offset: 63, value: '2006-10', start: '2006-10-01', end: '2006-10-31', precision: 'month', relative: false, modifier: null },
      { text: 'the end of 2007', offset: 170, value: '2007', start: '2007-12-01', end: '2007-12-31', precision: 'year', relative: false, modifier: 'end' },
      { text: 'earlier this month', offset: 219, value: '2007-12', start: '2007-12-01', end: '2007-12-05', precision: 'month', relative: true, modifier: null },
    ]);
  });

  it('finds “in recent months” in the six-party paragraph', () => {
    const text =
      'The president should be applauded for his pragmatic, personal investment in the six-party negotiations with North Korea over its nuclear program, which have shown promising signs of progress in recent months but which are by no means complete.';
    expect(findDates(text, PUBLISHED)).toEqual([
      { text: 'in recent months', offset: 191, value: '2007', start: '2007-09-01', end: '2007-12-06', precision: 'range', relative: true, modifier: 'approximate' },
    ]);
  });

  it('finds only October 2007 beside “time and time again”, “World War III” and “at any cost”', () => {
    const text =
      'It should. The Bush administration has said time and time again that it has no intention of attacking Iran, but it doesn’t always convince. As recently as October 2007, President Bush talked of World War III with Iran, and conservative pundits and analysts like to compare Iran to a new Nazi Germany bent on regional conquest at any cost.';
    expect(findDates(text, PUBLISHED)).toEqual([
      { text: 'October 2007', offset: 155, value: '2007-10', start: '2007-10-01', end: '2007-10-31', precision: 'month', relative: false, modifier: null },
    ]);
  });

  it('finds the week of the NIE’s release', () => {
    const text =
      'The National Intelligence Estimate on Iran released earlier this week should put this narrative to rest for good.';
    expect(findDates(text, PUBLISHED)).toEqual([
      { text: 'earlier this week', offset: 52, value: '2007-W49', start: '2007-12-03', end: '2007-12-05', precision: 'week', relative: true, modifier: null },
    ]);
  });

  it('finds the report of earlier this year', () => {
    const text =
      'The president is right. Iran is still a dangerous adversary, but the NIE makes clear, and most experts agree, that Iran can be deterred and contained with the right combination of carrots and sticks—as we detailed in our report on Iran earlier this year, “Contain and Engage: A New Strategy for Resolving the Nuclear Crisis with Iran.”';
    expect(findDates(text, PUBLISHED)).toEqual([
      { text: 'earlier this year', offset: 236, value: '2007', start: '2007-01-01', end: '2007-12-05', precision: 'year', relative: true, modifier: null },
    ]);
  });

  it('finds nothing in “Now if only” and “Only then”', () => {
    expect(findDates('Now if only the administration would show the same pragmatism in its dealings with Iran.', PUBLISHED)).toEqual([]);
    expect(
      findDates(
        'The United States should be willing to talk to Iran without preconditions. Only then can we truly test Iran’s resolve to proceed with its nuclear plans.',
        PUBLISHED,
      ),
    ).toEqual([]);
  });
});

describe('findDates', () => {
  const mixed = [
    'Earlier this week, on Monday, December 3, 2007, the estimate came out; as recently as October 2007 and in 1994 and 1997',
    'the talks ran from October 2006 to March 2007. By the end of 2007—or in early 2008, or the mid-1990s’ way—',
    'nothing was settled in recent months, for two decades, or 12 to 18 months; not yesterday, not last year’s 1994’s.',
    'Sections 1994 and 2000 troops; around 2003, a year ago, Dec. 3 and 3 December, the past year, fall 2003.',
  ].join(' ');

  it('returns mentions sorted by offset, never overlapping, each text the slice at its offset', () => {
    const mentions = findDates(mixed, PUBLISHED);
    expect(mentions.length).toBeGreaterThan(15);
    for (const [index, mention] of mentions.entries()) {
      expect(mixed.slice(mention.offset, mention.offset + mention.text.length)).toBe(mention.text);
      const next = mentions[index + 1];
      if (next) expect(next.offset).toBeGreaterThanOrEqual(mention.offset + mention.text.length);
      expect(isValidDatetimeValue(mention.value)).toBe(true);
      expect(mention.start <= mention.end).toBe(true);
    }
  });

  it('tags the temporal phrase and leaves the preposition outside', () => {
    const texts = findDates(mixed, PUBLISHED).map((mention) => mention.text);
    expect(texts).toEqual([
      'Earlier this week',
      'Monday, December 3, 2007',
      'October 2007',
      '1994',
      '1997',
      'from October 2006 to March 2007',
      'the end of 2007',
      'early 2008',
      'the mid-1990s',
      'in recent months',
      'yesterday',
      'last year',
      '1994',
      'around 2003',
      'a year ago',
      'Dec. 3',
      '3 December',
      'the past year',
      'fall 2003',
    ]);
  });

  it('counts offsets in UTF-16 code units, after curly quotes and emoji', () => {
    const text = '“😀” ’Twas earlier this week.';
    expect(findDates(text, PUBLISHED).map(({ text: phrase, offset }) => [phrase, offset])).toEqual([['earlier this week', 11]]);
  });

  it('keeps a part of the day only after “yesterday” or “tomorrow”', () => {
    const found = (text: string) => findDates(text, PUBLISHED).map((mention) => mention.text);
    expect(found('Tomorrow morning I go to Tokyo.')).toEqual(['Tomorrow morning']);
    expect(found('today evening')).toEqual(['today']);
    expect(found('this morning night')).toEqual(['this morning']);
  });

  it('refuses a written date whose weekday is wrong, with or without “last” before it', () => {
    expect(findDates('last Tuesday, November 28, 2007', PUBLISHED)).toEqual([]);
    expect(findImpossibleDates('last Tuesday, November 28, 2007', PUBLISHED).map((found) => found.reason)).toEqual([
      'November 28, 2007 was a Wednesday, not a Tuesday',
    ]);
  });

  it('never matches inside a word or a longer number', () => {
    expect(findDates('Todays Mondays yesteryear in 19945 or in A2007', PUBLISHED)).toEqual([]);
  });

  it('treats a four-digit number as a year only in a date-like context', () => {
    const found = (text: string) => findDates(text, PUBLISHED).map((mention) => mention.text);
    expect(found('in 1994')).toEqual(['1994']);
    expect(found('since 1994')).toEqual(['1994']);
    expect(found('1994’s budget')).toEqual(['1994']);
    expect(found("1994's budget")).toEqual(['1994']);
    expect(found('Section 1994 of the code')).toEqual([]);
    expect(found('1994 delegates')).toEqual([]);
    expect(found('in 1994, 1997 and 2001')).toEqual(['1994', '1997', '2001']);
    expect(found('Sections 1994 and 2000 troops')).toEqual([]);
  });

  it('leaves an impossible date untagged, parts included, and reports it', () => {
    const text = 'It happened on February 30, 2007, on Monday, December 4, 2007 and on Sept. 31.';
    expect(findDates(text, PUBLISHED)).toEqual([]);
    expect(findImpossibleDates(text, PUBLISHED)).toEqual([
      { text: 'February 30, 2007', offset: 15, reason: 'February 30, 2007 does not exist: February 2007 has 28 days' },
      { text: 'Monday, December 4, 2007', offset: 37, reason: 'December 4, 2007 was a Tuesday, not a Monday' },
      { text: 'Sept. 31', offset: 69, reason: 'September 31 does not exist in any year near publication' },
    ]);
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2007-12-06', true],
    ['2008-02-29', true],
    ['2007-02-29', false],
    ['2007-02-30', false],
    ['2007-13-01', false],
    ['2007-00-10', false],
    ['2007-12-32', false],
    ['2007-1-01', false],
    ['0000-01-01', false],
    ['December 6, 2007', false],
    ['', false],
  ])('says %s is %s', (s, valid) => {
    expect(isValidIsoDate(s)).toBe(valid);
  });
});

describe('isValidDatetimeValue', () => {
  it.each([
    ['2007', true],
    ['2007-12', true],
    ['2007-12-03', true],
    ['2007-W49', true],
    ['2004-W53', true],
    ['2007-W53', false],
    ['2007-W00', false],
    ['199', false],
    ['1990s', false],
    ['2007-13', false],
    ['2007-02-30', false],
    ['0000', false],
  ])('says %s is %s', (s, valid) => {
    expect(isValidDatetimeValue(s)).toBe(valid);
  });
});

it('exports exactly the public API', () => {
  expect(Object.keys(dates).sort()).toEqual([
    'findDates',
    'findImpossibleDates',
    'isValidDatetimeValue',
    'isValidIsoDate',
  ]);
});

describe('holidays, fiscal years and the coming months', () => {
  const only = (text: string, published: string) => {
    const found = dates.findDates(text, published);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it.each([
    ['We will meet on the Fourth of July.', '2006-07-01', 'the Fourth of July', '2006-07-04'],
    ['They marched on Independence Day.', '2007-07-10', 'Independence Day', '2007-07-04'],
    ['Families gather at Thanksgiving.', '2007-11-19', 'Thanksgiving', '2007-11-22'],
    ['It opened before Memorial Day 2006.', '2007-12-06', 'Memorial Day 2006', '2006-05-29'],
    ['The vote came after Labor Day.', '2007-09-10', 'Labor Day', '2007-09-03'],
    ['Since last Christmas, nothing moved.', '2007-12-06', 'last Christmas', '2006-12-25'],
    ['Polls close on Election Day.', '2008-10-20', 'Election Day', '2008-11-04'],
  ])('resolves a holiday to its day: “%s”', (text, published, phrase, day) => {
    const found = only(text, published);
    expect(found.text).toBe(phrase);
    expect([found.start, found.end]).toEqual([day, day]);
  });

  it('leaves a lower-case common noun alone (“a day of thanksgiving”)', () => {
    expect(dates.findDates('They held a day of thanksgiving for the harvest.', '2007-11-19')).toEqual([]);
  });

  it.each([
    ['Funds for fiscal year 2007 ran out.', 'fiscal year 2007', '2006-10-01', '2007-09-30'],
    ['The FY 2008 request is larger.', 'FY 2008', '2007-10-01', '2008-09-30'],
    ['The act authorizes $532.8 billion for fiscal 2007.', 'fiscal 2007', '2006-10-01', '2007-09-30'],
    ['This Fiscal Year, State Has Processed More Than 900 Refugees', 'This Fiscal Year', '2006-10-01', '2007-09-30'],
    ['Spending fell in the past fiscal year.', 'the past fiscal year', '2005-10-01', '2006-09-30'],
  ])('resolves a U.S. federal fiscal year to October–September: “%s”', (text, phrase, start, end) => {
    const found = only(text, '2007-09-17');
    expect(found.text).toBe(phrase);
    expect([found.start, found.end]).toEqual([start, end]);
  });

  it('does not read “fiscal matters” as a date', () => {
    expect(dates.findDates('Fiscal matters fascinate me.', '2007-02-07')).toEqual([]);
  });

  it('tags “the coming months” as a range that starts after publication', () => {
    const found = only('We expect progress in the coming months.', '2007-12-06');
    expect(found.text).toBe('the coming months');
    expect(found.start).toBe('2007-12-07');
    expect(found.end > found.start).toBe(true);
    expect(found.modifier).toBe('approximate');
  });
});
