/**
 * How far a date phrase reaches, and the general rules added with it, each from invented sentences: words that
 * cut or widen a phrase ("later", "earlier", "the week of"), days joined or listed, shares of a period (halves,
 * quarters), counts of hours and ranges of counts, centuries, "the other day", a weekday inside a name, slashed
 * days, a month before a noun, and scheduling words that point ahead.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/tagging/dates.ts';

/** A Thursday; its ISO week runs Monday December 3 to Sunday December 9. */
const THURSDAY = '2007-12-06';

const tagged = (text: string, published = THURSDAY) =>
  findDates(text, published).map(({ text: phrase, start, end }) => [phrase, start === end ? start : `${start}/${end}`]);

describe('a phrase reaches over the words that bound it', () => {
  it.each([
    ['The envoy will brief reporters later this afternoon.', 'later this afternoon', '2007-12-06'],
    ['Earlier today, the minister resigned.', 'Earlier today', '2007-12-06'],
    ['The cabinet met earlier this month.', 'earlier this month', '2007-12-01/2007-12-05'],
    ['Prices will settle later this year.', 'later this year', '2007-12-07/2007-12-31'],
    ['Markets stay shut for the rest of this week.', 'the rest of this week', '2007-12-07/2007-12-09'],
    ['Talks are expected to resume the week of January 14.', 'the week of January 14', '2008-01-14/2008-01-20'],
    ['We met him the day before yesterday.', 'the day before yesterday', '2007-12-04'],
    ['Shops reopen the day after Christmas.', 'the day after Christmas', '2007-12-26'],
    ['Talks ended on Wednesday, the 5th of December.', 'Wednesday, the 5th of December', '2007-12-05'],
  ])('“%s”: %s is %s', (text, phrase, days) => {
    expect(tagged(text)).toEqual([[phrase, days]]);
  });

  it('leaves “later” alone before a stretch that does not hold publication', () => {
    expect(tagged('Two days later, last week ended quietly.')).toEqual([['last week', '2007-11-26/2007-12-02']]);
  });

  it('reads “N units ago tonight” as that one day', () => {
    expect(tagged('The ferry sank a week ago tonight, officials recalled.')).toEqual([['a week ago tonight', '2007-11-29']]);
    expect(tagged('Two years ago today the border opened.')).toEqual([['Two years ago today', '2005-12-06']]);
    expect(tagged('The law passed a year ago this month.')).toEqual([['a year ago this month', '2006-12-01/2006-12-31']]);
  });

  it('keeps a time of day before a day outside the phrase', () => {
    expect(tagged('The truce began at midnight on Sunday.')).toEqual([['Sunday', '2007-12-02']]);
  });
});

describe('days joined and listed', () => {
  it('joins a weekday to the day it names, but not “today” or “yesterday”', () => {
    expect(tagged('Today, December 13, the panel meets.')).toEqual([
      ['Today', '2007-12-06'],
      ['December 13', '2007-12-13'],
    ]);
  });

  it('joins two days in a row with “and”, and not two apart', () => {
    expect(tagged('Union leaders sat down on Dec. 5 and today.')).toEqual([['Dec. 5 and today', '2007-12-05/2007-12-06']]);
    expect(tagged('Envoys met on Monday and Tuesday in Oslo.')).toEqual([['Monday and Tuesday', '2007-12-03/2007-12-04']]);
    expect(tagged('Envoys met on Monday and Wednesday in Oslo.')).toEqual([
      ['Monday', '2007-12-03'],
      ['Wednesday', '2007-12-05'],
    ]);
  });

  it('reads three or more days of one month as one span', () => {
    expect(tagged('The vote was held on November 3, 4 and 5.')).toEqual([['November 3, 4 and 5', '2007-11-03/2007-11-05']]);
    expect(tagged('Hearings ran January 8, 9, and 10, 2008.')).toEqual([['January 8, 9, and 10, 2008', '2008-01-08/2008-01-10']]);
  });

  it('reads a slashed day with a year, and not one without', () => {
    expect(tagged('Filed 3/14/05 in the district court.')).toEqual([['3/14/05', '2005-03-14']]);
    expect(tagged('Since 9/11 the rules have changed.')).toEqual([]);
  });
});

describe('shares of a period', () => {
  it.each([
    ['Exports rose in the first half of 2006.', 'the first half of 2006', '2006-01-01/2006-06-30'],
    ['Growth slowed in the third quarter of 2005.', 'the third quarter of 2005', '2005-07-01/2005-09-30'],
    ['Repairs finish in the second half of next week.', 'the second half of next week', '2007-12-13/2007-12-16'],
    ['Fighting eased in the last quarter of last year.', 'the last quarter of last year', '2006-10-01/2006-12-31'],
    ['Rents rose in the second half of May 2007.', 'the second half of May 2007', '2007-05-16/2007-05-31'],
  ])('“%s”: %s is %s', (text, phrase, days) => {
    expect(tagged(text)).toEqual([[phrase, days]]);
  });

  it('finds no fifth quarter, nor the year it would cut', () => {
    expect(tagged('Nothing happened in the fifth quarter of 2005.')).toEqual([]);
  });

  it('finds no quarter of a season, which has three months, not four', () => {
    expect(tagged('Crops failed in the first quarter of summer 2007.')).toEqual([]);
  });
});

describe('stretches counted from publication', () => {
  it('counts hours in whole days, the publication day among them', () => {
    expect(tagged('Three convoys were hit in the past 24 hours.')).toEqual([['the past 24 hours', '2007-12-05/2007-12-06']]);
    expect(tagged('We expect a reply in the next 48 hours.')).toEqual([['the next 48 hours', '2007-12-06/2007-12-08']]);
  });

  it('takes the larger of two counts, approximately', () => {
    const [found] = findDates('The next two to three weeks will be hard.', THURSDAY);
    expect([found?.text, found?.end, found?.modifier]).toEqual(['The next two to three weeks', '2007-12-27', 'approximate']);
  });

  it('reads “coming” weeks without “the”, and “upcoming” as “coming”', () => {
    expect(tagged('Aid will arrive in coming weeks.')).toEqual([['coming weeks', '2007-12-07/2007-12-27']]);
    expect(tagged('Talks resume in the upcoming days.')).toEqual([['the upcoming days', '2007-12-07/2007-12-09']]);
  });

  it('reads coordinated units as the larger one', () => {
    expect(tagged('They will act in the coming days and weeks.')).toEqual([['the coming days and weeks', '2007-12-07/2007-12-27']]);
  });

  it('reads “the other day” as a day of the week before', () => {
    expect(tagged('I spoke to her the other day.')).toEqual([['the other day', '2007-11-29/2007-12-05']]);
  });

  it('reads centuries by their ordinal, in digits or words', () => {
    expect(tagged('Borders moved often in the 19th century.')).toEqual([['the 19th century', '1801-01-01/1900-12-31']]);
    expect(tagged('In the twenty-first century, fleets will be smaller.')).toEqual([['the twenty-first century', '2001-01-01/2100-12-31']]);
    expect(tagged('The river has flooded for a century.')).toEqual([]);
    // No century past the year 9999.
    expect(tagged('Nothing of the kind until the thousandth century.')).toEqual([]);
  });
});

describe('names and nouns around dates', () => {
  it('reads a weekday after a capitalised adjective as a name', () => {
    expect(tagged('Churches were full on Good Friday.')).toEqual([]);
    expect(tagged('Bloody Sunday is still remembered.')).toEqual([]);
  });

  it('keeps a weekday after a surname that is also an adjective', () => {
    expect(tagged('Prime Minister Gordon Brown Monday said the troops would stay.')).toEqual([['Monday', '2007-12-03']]);
    expect(tagged('Early Monday, the rebels attacked.')).toEqual([['Monday', '2007-12-03']]);
  });

  it('reads a month after “the” before a common noun, not before a name', () => {
    expect(tagged('Few expect the February talks to succeed.')).toEqual([['February', '2008-02-01/2008-02-29']]);
    expect(tagged('They marched in the May Day parade.')).toEqual([]);
    expect(tagged('She gave to the March of Dimes.')).toEqual([]);
  });

  it('reads no lower-case month', () => {
    expect(tagged('The august body met in Rome.')).toEqual([]);
  });
});

describe('words of schedule and the present point ahead', () => {
  it('reads a weekday after “scheduled for” as the coming one', () => {
    expect(tagged('Ferry trials scheduled for Tuesday')).toEqual([['Tuesday', '2007-12-11']]);
    expect(tagged('The panel is set to meet on Monday.')).toEqual([['Monday', '2007-12-10']]);
    expect(tagged('We expect to have a reply out Monday.')).toEqual([['Monday', '2007-12-10']]);
  });

  it('reads a present auxiliary or “’s” before a gerund as pointing ahead', () => {
    expect(tagged('I don’t have anything on Monday’s schedule yet.')).toEqual([['Monday', '2007-12-10']]);
    expect(tagged('He’s leaving for Tokyo on Saturday.')).toEqual([['Saturday', '2007-12-08']]);
    expect(tagged('She’s been in Seoul since Saturday.')).toEqual([['Saturday', '2007-12-01']]);
  });
});

describe('past forms', () => {
  it('reads no past in a verb that only ends in -ed (“succeed”)', () => {
    expect(tagged('If the talks succeed by Friday, aid will flow.')).toEqual([['Friday', '2007-12-07']]);
  });
});
