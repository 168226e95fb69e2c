import { describe, expect, it } from 'vitest';
import {
  labelInterval,
  labelsSchema,
  mentionKey,
  nameKey,
  score,
  scoreDates,
  scorePeople,
  sumScores,
  type TaggedDate,
  type TaggedMention,
} from '../../src/lib/tagging/evaluate.ts';

/** Tag every occurrence of `phrase` in `text` as a mention of `name`. */
function mentionsOf(text: string, phrase: string, name: string): TaggedMention[] {
  const found: TaggedMention[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) found.push({ text: phrase, name, start: at, end: at + phrase.length });
  return found;
}

function dateAt(text: string, phrase: string, startDay: string, endDay: string): TaggedDate {
  const start = text.indexOf(phrase);
  return { text: phrase, start, end: start + phrase.length, startDay, endDay };
}

describe('score', () => {
  it('computes precision, recall and F1 from counts', () => {
    const result = score(6, 2, 4);
    expect(result.precision).toBeCloseTo(0.75);
    expect(result.recall).toBeCloseTo(0.6);
    expect(result.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('gives precision 1 when nothing was tagged and recall 1 when nothing was labelled', () => {
    expect(score(0, 0, 3)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(score(0, 2, 0)).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });

  it('sums counts across files before dividing (micro-average)', () => {
    const total = sumScores([score(1, 0, 0), score(0, 1, 1)]);
    expect(total).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, precision: 0.5, recall: 0.5 });
  });
});

describe('mentionKey and nameKey', () => {
  it('ignore titles, case, possessives and apostrophe style when comparing mentions', () => {
    expect(mentionKey('President Bush’s')).toBe('bush');
    expect(mentionKey("President Bush's")).toBe('bush');
    expect(mentionKey('Bush')).toBe('bush');
    expect(mentionKey('Secretary of State Condoleezza Rice')).toBe('condoleezza rice');
    expect(mentionKey('The president')).toBe('president');
    expect(mentionKey('Air Force Gen. Richard Myers')).toBe('richard myers');
    expect(mentionKey('Dr. Rice')).toBe('rice');
    expect(mentionKey('NASA Administrator Jane Doe')).toBe('jane doe');
    expect(mentionKey('Acting Commissioner Roe')).toBe('roe');
    expect(mentionKey('NATO Doe')).toBe('nato doe');
  });

  it('keep the last word even when every word could be a title', () => {
    expect(mentionKey('the President')).toBe('president');
  });

  it('fold accents and punctuation out of names', () => {
    expect(nameKey('Kim Jong-il')).toBe('kim jong il');
    expect(nameKey('José  Ramos-Horta')).toBe('jose ramos horta');
  });
});

describe('scorePeople', () => {
  const text = 'President Bush wrote. The Bush administration said so. Bush replied, and Rice agreed.';

  it('counts a right text with the right person as a true positive, titles aside', () => {
    const tagged = [{ text: 'President Bush', name: 'George W. Bush', start: 0, end: 14 }];
    const result = scorePeople(text, tagged, { people: [{ text: 'Bush', name: 'George W. Bush', count: 1 }], not: [] });
    expect(result.score).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });

  it('counts a tag inside a `not` phrase as a false positive even when the same text is labelled elsewhere', () => {
    // The tagger misses the real "Bush" of "Bush replied" but tags the one in "The Bush administration".
    const tagged = [mentionsOf(text, 'Bush', 'George W. Bush')[1]!];
    const result = scorePeople(text, tagged, {
      people: [{ text: 'Bush', name: 'George W. Bush', count: 1 }],
      not: ['The Bush administration'],
    });
    expect(result.notHits).toBe(1);
    expect(result.score).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
  });

  it('scores the person strictly and the text alone separately', () => {
    const tagged = mentionsOf(text, 'Rice', 'Susan Rice');
    const result = scorePeople(text, tagged, { people: [{ text: 'Rice', name: 'Condoleezza Rice', count: 1 }], not: [] });
    expect(result.score).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(result.textOnly).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(result.missed).toEqual([{ text: 'Rice', name: 'condoleezza rice', count: 1 }]);
    expect(result.spurious).toEqual([{ text: 'Rice', name: 'susan rice', count: 1 }]);
  });

  it('matches by count: extra tags are false positives, missing ones false negatives', () => {
    const tagged = mentionsOf(text, 'Bush', 'George W. Bush');
    const result = scorePeople(text, tagged, { people: [{ text: 'Bush', name: 'George W. Bush', count: 2 }], not: [] });
    expect(result.score).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 0 });
  });
});

describe('scoreDates', () => {
  const text = 'In October 2006 it tested; earlier this week the estimate came out; 2000 troops left.';

  it('finds matched dates and checks that their days lie inside the labelled interval', () => {
    const tagged = [dateAt(text, 'October 2006', '2006-10-01', '2006-10-31'), dateAt(text, 'earlier this week', '2007-12-03', '2007-12-05')];
    const result = scoreDates(text, tagged, {
      dates: [
        { text: 'October 2006', resolved: '2006-10', count: 1 },
        { text: 'earlier this week', resolved: '2007-12-03/2007-12-04', count: 1 },
      ],
      not: [],
    });
    expect(result.score).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
    expect(result.withinInterval).toBe(1);
    expect(result.exactInterval).toBe(1);
    expect(result.wrongResolutions).toEqual([{ text: 'earlier this week', tagged: '2007-12-03/2007-12-05', labelled: '2007-12-03/2007-12-04' }]);
  });

  it('counts a date tagged inside a `not` phrase as a false positive', () => {
    const tagged = [dateAt(text, '2000', '2000-01-01', '2000-12-31')];
    const result = scoreDates(text, tagged, { dates: [], not: ['2000 troops'] });
    expect(result.notHits).toBe(1);
    expect(result.score).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 0 });
  });

  it('lists labelled dates the tagger missed', () => {
    const result = scoreDates(text, [], { dates: [{ text: 'October 2006', resolved: '2006-10', count: 1 }], not: [] });
    expect(result.missed).toEqual([{ text: 'October 2006', count: 1 }]);
    expect(result.score.recall).toBe(0);
  });
});

describe('labelInterval', () => {
  it('reads a year, a month, a day and an ISO week as their whole span', () => {
    expect(labelInterval('2007')).toEqual({ start: '2007-01-01', end: '2007-12-31' });
    expect(labelInterval('2008-02')).toEqual({ start: '2008-02-01', end: '2008-02-29' });
    expect(labelInterval('2007-12-03')).toEqual({ start: '2007-12-03', end: '2007-12-03' });
    expect(labelInterval('2007-W49')).toEqual({ start: '2007-12-03', end: '2007-12-09' });
    // 2009-W01 starts in the previous calendar year.
    expect(labelInterval('2009-W01')).toEqual({ start: '2008-12-29', end: '2009-01-04' });
  });

  it('reads START/END from the first day of START to the last day of END', () => {
    expect(labelInterval('2007-09/2007-12-06')).toEqual({ start: '2007-09-01', end: '2007-12-06' });
  });

  it('refuses impossible or backward values', () => {
    expect(labelInterval('2007-02-30')).toBeNull();
    expect(labelInterval('2007-13')).toBeNull();
    expect(labelInterval('2007-W53')).toBeNull();
    expect(labelInterval('2008/2007')).toBeNull();
    expect(labelInterval('December 2007')).toBeNull();
  });
});

describe('labelsSchema', () => {
  it('accepts the documented keys and defaults the missing ones', () => {
    const parsed = labelsSchema.parse({ people: [{ text: 'Bush', name: 'George W. Bush', count: 2 }] });
    expect(parsed).toEqual({ people: [{ text: 'Bush', name: 'George W. Bush', count: 2 }], dates: [], not: [], coreference: [] });
  });

  it('refuses a resolution that is not an ISO value or interval', () => {
    const result = labelsSchema.safeParse({ dates: [{ text: 'today', resolved: 'yesterday', count: 1 }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['dates', 0, 'resolved']);
  });

  it('refuses a coreference person that is a name, not a register id', () => {
    const result = labelsSchema.safeParse({ coreference: [{ phrase: 'the president', person: 'Jane Doe' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['coreference', 0, 'person']);
    expect(labelsSchema.parse({ coreference: [{ phrase: 'the president', person: 'jane-doe' }] }).coreference).toHaveLength(1);
  });
});

describe('the summary `eval:tagging` ends with', () => {
  it('summarises a split in one line, resolution as a share of the matched dates', async () => {
    const { formatSummary } = await import('../../scripts/eval-tagging.ts');
    const score = { truePositives: 3, falsePositives: 1, falseNegatives: 0, precision: 0.75, recall: 1, f1: 6 / 7 };
    const line = formatSummary('test', { files: [], overall: { people: score, peopleTextOnly: score, dates: score, matchedDates: 4, withinInterval: 3, exactInterval: 2 } });
    expect(line).toContain('people P 0.750 R 1.000 F1 0.857');
    expect(line).toContain('resolved 3/4 (75.0%)');
  });
});
