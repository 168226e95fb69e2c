/**
 * The general date rules, each from invented sentences: the tense of a phrase's own clause, lists of days,
 * days of the month alone, month ranges, editors' brackets, years before a noun, stretches of time, and
 * numbers that are no dates.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/tagging/dates.ts';

/** A Thursday; its ISO week runs Monday December 3 to Sunday December 9. */
const THURSDAY = '2007-12-06';

const tagged = (text: string, published = THURSDAY) =>
  findDates(text, published).map(({ text: phrase, start, end }) => [phrase, start === end ? start : `${start}/${end}`]);

describe('a phrase points by the tense of its own clause', () => {
  it.each([
    ['The minister will review the accord that was signed on Monday.', 'Monday', '2007-12-03'],
    ['The minister signed the accord, and she will present it on Monday.', 'Monday', '2007-12-10'],
    ['The envoy met the premier on Tuesday and will fly home on Saturday.', 'Tuesday', '2007-12-04'],
    ['The envoy met the premier on Tuesday and will fly home on Saturday.', 'Saturday', '2007-12-08'],
    ['On Tuesday, the envoy will fly to Seoul.', 'Tuesday', '2007-12-11'],
    ['She said the vote would be held on Tuesday.', 'Tuesday', '2007-12-11'],
    ['The delegates will debate the aid that arrived over the weekend.', 'the weekend', '2007-12-01/2007-12-02'],
    ['Officials say talks will resume over the weekend.', 'the weekend', '2007-12-08/2007-12-09'],
    ['The law took effect in January.', 'January', '2007-01-01/2007-01-31'],
    ['The law will take effect in January.', 'January', '2008-01-01/2008-01-31'],
    ['Turnout has fallen since the spring, the mayor says.', 'the spring', '2007-03-01/2007-05-31'],
  ])('“%s”: %s is %s', (text, phrase, days) => {
    expect(tagged(text)).toContainEqual([phrase, days]);
  });

  it('reads a month in a past clause as the latest begun, even when the next one is nearer', () => {
    expect(tagged('The aide spoke with the envoy in early October.', '2003-07-23')).toEqual([['early October', '2002-10-01/2002-10-10']]);
    expect(tagged('The panel is due to report in October.', '2003-07-23')).toEqual([['October', '2003-10-01/2003-10-31']]);
  });

  it('reads compromise’s adjectives and unknown words ending in -ed as past forms, and a bare infinitive as no verb', () => {
    // "authorized" is an adjective to compromise, "compared" unknown; "increase" and "state" are as often nouns.
    expect(tagged('In August, the council authorized a larger force.', '2006-10-02')).toEqual([['August', '2006-08-01/2006-08-31']]);
    expect(tagged('An increase in the March-to-May period, compared with a year ago.', '2008-06-24')).toEqual([
      ['March-to-May', '2008-03-01/2008-05-31'],
      ['a year ago', '2007-01-01/2007-12-31'],
    ]);
  });
});

describe('days', () => {
  it('spans two days of one month, with the year they share', () => {
    expect(tagged('The summit runs December 10th and 11th in Lisbon.')).toEqual([['December 10th and 11th', '2007-12-10/2007-12-11']]);
    expect(tagged('The talks run December 10 through 14.')).toEqual([['December 10 through 14', '2007-12-10/2007-12-14']]);
    expect(tagged('Talks were held on March 5 and 6, 2006.')).toEqual([['March 5 and 6, 2006', '2006-03-05/2006-03-06']]);
    expect(tagged('The vote falls on May 4 or 5.')).toEqual([['May 4 or 5', '2008-05-04/2008-05-05']]);
  });

  it('leaves a count after a day outside it, and never reads it as a year', () => {
    expect(tagged('On December 2, 15 people died.')).toEqual([['December 2', '2007-12-02']]);
    expect(tagged('On December 2 and 3 people were hurt.')).toEqual([['December 2', '2007-12-02']]);
  });

  it('reads a day of the month alone in the month its clause points to', () => {
    expect(tagged('The report is due on the 15th.')).toEqual([['the 15th', '2007-12-15']]);
    expect(tagged('The rebels withdrew on the 10th, as promised.')).toEqual([['the 10th', '2007-11-10']]);
    expect(tagged('Payments stop by the 20th of next month.')).toEqual([['the 20th of next month', '2008-01-20']]);
    expect(tagged('Deliveries ran from the 3rd to the 5th.')).toEqual([['from the 3rd to the 5th', '2007-12-03/2007-12-05']]);
  });

  it('leaves an ordinal before a noun alone', () => {
    expect(tagged('He lives on the 3rd floor of the 15th building.')).toEqual([]);
  });
});

describe('weekdays and the ends of periods', () => {
  it('keeps a part of the day after a weekday', () => {
    expect(tagged('The talks ended on Monday night.')).toEqual([['Monday night', '2007-12-03']]);
    expect(tagged('He will leave Tuesday morning.')).toEqual([['Tuesday morning', '2007-12-11']]);
  });

  it('reads “this coming” as the next', () => {
    expect(tagged('We meet this coming Monday.')).toEqual([['this coming Monday', '2007-12-10']]);
    expect(tagged('They travel this coming weekend.')).toEqual([['this coming weekend', '2007-12-08/2007-12-09']]);
  });

  it('reads “year’s end” as the end of this year', () => {
    expect(tagged('The troops should be home by year’s end.')).toEqual([['year’s end', '2007-12-01/2007-12-31']]);
  });
});

describe('months and years', () => {
  it('reads a range of months without a year, hyphenated or not', () => {
    expect(tagged('Exports fell in the February-to-April quarter.')).toEqual([['February-to-April', '2007-02-01/2007-04-30']]);
    expect(tagged('Exports will rise from March to June.')).toEqual([['from March to June', '2008-03-01/2008-06-30']]);
    expect(tagged('The mission ran from October to March.', '2008-06-24')).toEqual([['from October to March', '2007-10-01/2008-03-31']]);
  });

  it('reads a month of this, last or next year', () => {
    expect(tagged('The pact will be reviewed against the one signed in March of this past year.')).toEqual([['March of this past year', '2006-03-01/2006-03-31']]);
    expect(tagged('Funds run out in May of next year.')).toEqual([['May of next year', '2008-05-01/2008-05-31']]);
  });

  it('reads a month an editor put in brackets', () => {
    expect(tagged('Rebels were to disarm by the end of the month [November].')).toEqual([
      ['the end of the month', '2007-12-21/2007-12-31'],
      ['November', '2007-11-01/2007-11-30'],
    ]);
  });

  it('reads a year that qualifies a noun, and not a count', () => {
    expect(tagged('The defeat in his 2004 presidential bid still stings.')).toEqual([['2004', '2004-01-01/2004-12-31']]);
    expect(tagged('Kenya’s 2002 election was peaceful.')).toEqual([['2002', '2002-01-01/2002-12-31']]);
    expect(tagged('The 2000 troops arrived; the first 1500 soldiers landed.')).toEqual([]);
    expect(tagged('Shelling lasted from 1200 to 1500 hours.')).toEqual([]);
  });

  it('reads “the last year” as a stretch back from publication, but not as a year of a story', () => {
    expect(tagged('Violence has fallen in the last year, the general says.')).toEqual([['the last year', '2006-12-07/2007-12-06']]);
    expect(tagged('In the next year, we will build a school.')).toEqual([['the next year', '2007-12-07/2008-12-06']]);
    expect(tagged('In the last year of the war, he fled.')).toEqual([]);
    expect(tagged('Talks will go on in the weeks ahead.')).toEqual([['the weeks ahead', '2007-12-07/2007-12-27']]);
    expect(tagged('The weeks passed slowly.')).toEqual([]);
    expect(tagged('In the next year, he built a school.')).toEqual([]);
  });
});

describe('counts', () => {
  it('reads a count of years with “short” or “long” before the unit', () => {
    expect(tagged('Only a few short years ago, the valley was at war.')).toEqual([['a few short years ago', '2004-01-01/2004-12-31']]);
    expect(tagged('Two long decades ago, it fell.')).toEqual([['Two long decades ago', '1987-01-01/1987-12-31']]);
  });
});

describe('what is no date', () => {
  it.each([
    'The convoy left at 1400 hours.',
    'By 2100 GMT the ship had sunk.',
    'The briefing began at 10:30 a.m. and lasted 45 minutes.',
    'It lasted 24 hours, then another 3 days.',
    'The 15th round saw the 2nd siege.',
    'Resolution 1701 passed by 15 votes to none.',
    'She told ABC’s Today Programme and USA Today that it was over.',
  ])('finds nothing in “%s”', (text) => {
    expect(tagged(text)).toEqual([]);
  });
});

describe('headlines and datelines', () => {
  it.each([
    ['WASHINGTON, Dec. 4, 2007 -- The envoy left.', 'Dec. 4, 2007', '2007-12-04'],
    ['TUESDAY, DECEMBER 4, 2007', 'TUESDAY, DECEMBER 4, 2007', '2007-12-04'],
    ['Released July 16, 2007', 'July 16, 2007', '2007-07-16'],
    ['Iraq’s 2005 Constitution Under Review', '2005', '2005-01-01/2005-12-31'],
  ])('“%s”', (text, phrase, days) => {
    expect(tagged(text)).toEqual([[phrase, days]]);
  });
});
