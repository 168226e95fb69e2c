/**
 * General date rules, each from invented sentences: day words inside names, a part of the day that ends a
 * sentence, numbers that count units of time.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/tagging/dates.ts';
import { clauseTense } from '../../src/lib/tagging/date-tense.ts';

/** A Thursday; its ISO week runs Monday December 3 to Sunday December 9. */
const THURSDAY = '2007-12-06';

const tagged = (text: string, published = THURSDAY) =>
  findDates(text, published).map(({ text: phrase, start, end }) => [phrase, start === end ? start : `${start}/${end}`]);

describe('a day inside a name is no day', () => {
  it('reads a day word capitalised inside a sentence as part of a name, and at its start as a day', () => {
    expect(tagged('She founded the Movement for Tomorrow in Accra.')).toEqual([]);
    expect(tagged('He writes for Yesterday and Today, a weekly.')).toEqual([]);
    expect(tagged('Tomorrow Minister Osei flies home.')).toEqual([['Tomorrow', '2007-12-07']]);
  });

  it('reads a day word at the end of a headline or after a comma as a day', () => {
    expect(tagged('Senate Votes On War Funding Today')).toEqual([['Today', '2007-12-06']]);
    expect(tagged('Reporters asked, Tomorrow?')).toEqual([['Tomorrow', '2007-12-07']]);
  });

  it('reads a written day between “the” and a capitalised word as part of a name', () => {
    expect(tagged('Members of the April 6th Alliance marched.')).toEqual([]);
    expect(tagged('The December 2 vote was close.')).toEqual([['December 2', '2007-12-02']]);
    expect(tagged('He arrived at the December 12 Annapolis conference.')).toEqual([['December 12', '2007-12-12']]);
  });
});

describe('a part of the day ends at a stop', () => {
  it('reads a weekday after a greeting as the weekday alone', () => {
    expect(tagged('Good evening. Tuesday, the council voted.')).toEqual([['Tuesday', '2007-12-04']]);
    expect(tagged('Thank you all this morning. Friday, we will go to Lima.')).toEqual([
      ['this morning', '2007-12-06'],
      ['Friday', '2007-12-07'],
    ]);
  });
});

describe('a number before a unit of time counts it', () => {
  it('leaves the month alone when a count of years follows it', () => {
    expect(tagged('The embassy reopened in March, 12 years after it closed.')).toEqual([['March', '2007-03-01/2007-03-31']]);
    expect(tagged('The embassy reopened on November 12, years after it closed.')).toEqual([['November 12', '2007-11-12']]);
  });
});

describe('sub-units counted from the edge of a period', () => {
  it('reads the nth week of a month as seven days, and a count of months of a year', () => {
    expect(tagged('The census ran in the second week of October.')).toEqual([['the second week of October', '2007-10-08/2007-10-14']]);
    expect(tagged('Prices fell in the first nine months of 2005.')).toEqual([['the first nine months of 2005', '2005-01-01/2005-09-30']]);
    expect(tagged('Snow closed the pass for the last ten days of January 2006.')).toEqual([['the last ten days of January 2006', '2006-01-22/2006-01-31']]);
  });

  it('reads the last months without a count as three, and no more sub-units than the period has', () => {
    expect(tagged('Rains came in the final months of 2004.')).toEqual([['the final months of 2004', '2004-10-01/2004-12-31']]);
    expect(tagged('He left in the third month of spring 2004.')).toEqual([['the third month of spring 2004', '2004-05-01/2004-05-31']]);
    expect(tagged('He left in the fourth month of spring 2004.')).toEqual([]);
  });
});

describe('months in ranges and lists', () => {
  it('reads each month of a list, and the first month of a range against the last', () => {
    expect(tagged('Turnout rose in October and November.')).toEqual([
      ['October', '2007-10-01/2007-10-31'],
      ['November', '2007-11-01/2007-11-30'],
    ]);
    expect(tagged('The drought lasted from November to February 2006.')).toEqual([['from November to February 2006', '2005-11-01/2006-02-28']]);
  });

  it('reads months abbreviated with their stop as named ones', () => {
    expect(tagged('Exports fell in Feb.-Apr. 2005.')).toEqual([['Feb.-Apr. 2005', '2005-02-01/2005-04-30']]);
    expect(tagged('The levy ran from Aug. to Oct. 2004.')).toEqual([['from Aug. to Oct. 2004', '2004-08-01/2004-10-31']]);
  });

  it('reads a month after “and”, “or” or “to” only when a date comes before the word', () => {
    expect(tagged('The pact was signed by Osei and May, and sent to March organizers.')).toEqual([]);
    expect(tagged('The envoy toured the region this winter and March.')).toEqual([
      ['this winter', '2007-12-01/2008-02-29'],
      ['March', '2007-03-01/2007-03-31'],
    ]);
  });

  it('reads a month after “and” or “or” only after a date, and not as the subject of a verb', () => {
    expect(tagged('Theresa May and Gordon Brown met in 2007 and May said no.')).toEqual([['2007', '2007-01-01/2007-12-31']]);
    expect(tagged('I met him in the week and May said no.')).toEqual([]);
    expect(tagged('Spending rose in a year or May fell.')).toEqual([]);
    expect(tagged('Talks ran through 2006 and May.')).toEqual([['2006', '2006-01-01/2006-12-31'], ['May', '2007-05-01/2007-05-31']]);
  });
});

describe('“more than” and “less than” a count ago', () => {
  it('reads more than a count ago as the stretch before that day in its unit, and less than as the stretch after', () => {
    expect(tagged('Just over three years ago, the dam burst.')).toEqual([['Just over three years ago', '2003-12-06/2004-12-05']]);
    expect(tagged('Less than a month ago, the border opened.')).toEqual([['Less than a month ago', '2007-11-07/2007-12-06']]);
  });

  it('reaches back a whole unit and at least a week, and reads “over” after a verb of motion as a particle', () => {
    expect(tagged('It happened more than 10 days ago.')).toEqual([['more than 10 days ago', '2007-11-19/2007-11-25']]);
    expect(tagged('It ended over a week ago.')).toEqual([['over a week ago', '2007-11-22/2007-11-28']]);
    expect(tagged('It was more than two years ago.')).toEqual([['more than two years ago', '2004-12-06/2005-12-05']]);
    expect(tagged('The tent fell over two days ago.')).toEqual([['two days ago', '2007-12-04']]);
  });
});

describe('a month that completes a noun', () => {
  it('reads the month after “of” as the nearest, whatever the tense of the verb', () => {
    expect(tagged('The senator gave the council a deadline of June.', '2008-02-27')).toEqual([['June', '2008-06-01/2008-06-30']]);
    expect(tagged('Nobody will forget the floods of November.', '2008-02-27')).toEqual([['November', '2007-11-01/2007-11-30']]);
    expect(tagged('The rule was in force as of June.', '2008-02-27')).toEqual([['June', '2007-06-01/2007-06-30']]);
  });

  it('reads the month after “of” by a verb after it in its clause', () => {
    expect(tagged('The deadline of July will pass.')).toEqual([['July', '2008-07-01/2008-07-31']]);
  });
});

describe('the unit after next and before last', () => {
  it('reads “the week after next” as two weeks on and “the month before last” as two months back', () => {
    expect(tagged('The ministers meet again the week after next.')).toEqual([['the week after next', '2007-12-17/2007-12-23']]);
    expect(tagged('Prices peaked the month before last.')).toEqual([['the month before last', '2007-10-01/2007-10-31']]);
  });

  it('leaves “last” or “next” to a date of its own after the phrase', () => {
    expect(tagged('In the week before last year’s election they met.')).toEqual([['last year', '2006-01-01/2006-12-31']]);
    expect(tagged('Aides met the week after next Tuesday’s vote.')).toEqual([['next Tuesday', '2007-12-11']]);
  });
});

describe('a weekday and the day of the month after it', () => {
  it('reads “Monday the 10th” as the 10th that is a Monday, in one phrase', () => {
    expect(tagged('The court will rule on Monday the 10th.')).toEqual([['Monday the 10th', '2007-12-10']]);
    expect(tagged('The strike began Friday, the 30th.')).toEqual([['Friday, the 30th', '2007-11-30']]);
  });
});

describe('the clause scan is bounded', () => {
  it('reads no verb further than a few hundred characters from the phrase, so a long run stays linear', () => {
    const far = 'They will ' + 'talk, '.repeat(60);
    expect(clauseTense(far + 'in May', far.length + 3, far.length + 6)).toBe(null);
    expect(clauseTense('They will meet in May', 18, 21)).toBe('future');
  });
});

describe('a span of years in shorthand', () => {
  it('crosses into the next century only a few years on, and is no span when it would end before it starts', () => {
    expect(tagged('In 1999-00 the budget grew.')).toEqual([['1999-00', '1999-01-01/2000-12-31']]);
    expect(tagged('In 1914-18 the war raged.')).toEqual([['1914-18', '1914-01-01/1918-12-31']]);
    expect(tagged('In 2005-03 it ended.')).toEqual([]);
  });
});

describe('a range of numbers before a plural counts', () => {
  it('reads neither end of “1500 to 2000 troops” as a year', () => {
    expect(tagged('They sent 1500 to 2000 troops.')).toEqual([]);
    expect(tagged('Rents rose 2003 to 2005, then fell.')).toEqual([['2003 to 2005', '2003-01-01/2005-12-31']]);
  });
});

describe('a word between the ordinal and the unit', () => {
  it('reads an adjective there as no count of shares', () => {
    expect(tagged('It was held the first full week of December.')).toEqual([['the first full week of December', '2007-12-01/2007-12-07']]);
    expect(tagged('They met in the first two weeks of March.')).toEqual([['the first two weeks of March', '2007-03-01/2007-03-14']]);
  });
});

describe('a month alone before a month and year', () => {
  it('reads the first month of a list against the year of the second, as in a range', () => {
    expect(tagged('Prices rose in October and December 2006.')).toEqual([
      ['October', '2006-10-01/2006-10-31'],
      ['December 2006', '2006-12-01/2006-12-31'],
    ]);
    expect(tagged('Prices rose from November to February 2007.')).toEqual([['from November to February 2007', '2006-11-01/2007-02-28']]);
  });
});
