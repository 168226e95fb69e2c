import {describe, expect, it} from 'vitest';
import {createPeopleMatcher, type PersonEntry, type PeopleMemory} from '../../src/lib/tagging/people.ts';
import {findDates, findImpossibleDates} from '../../src/lib/tagging/dates.ts';
import {repeatedSurnames} from '../../src/lib/tagging/people-article.ts';
import {skeleton} from '../../src/lib/tagging/people-words.ts';

// The general rules for the families of misses, each checked on sentences written for these tests (none of them
// is in the labelled texts the rules were tuned on).

const registry: PersonEntry[] = [
  {id: 'muammar-qaddafi', name: 'Muammar Qaddafi', aliases: ['Qaddafi', 'Colonel Qaddafi']},
];

/** Every paragraph through one matcher and one memory, as an article is tagged: [text, person id] pairs. */
function tag(...paragraphs: string[]): Array<[string, string]> {
  const matcher = createPeopleMatcher(registry);
  const memory: PeopleMemory = {surnames: new Map()};
  return paragraphs.flatMap((paragraph) => matcher.find(paragraph, [], memory).map((mention): [string, string] => [mention.text, mention.person]));
}

describe('a capitalised name after any honorific or title is a person', () => {
  it('takes ranks compromise knows as honorifics, abbreviated and stacked', () => {
    expect(tag('Lt. Gen. Raymond Odierno met reporters in Baghdad.')).toEqual([['Raymond Odierno', 'unregistered-raymond-odierno']]);
    expect(tag('Cpl. Ana Ruiz was wounded near Fallujah.')).toEqual([['Ana Ruiz', 'unregistered-ana-ruiz']]);
  });

  it('takes a role compromise knows before a name-like word, but not before a common noun', () => {
    expect(tag('Commissioner Janez Potocnik spoke first.')).toEqual([['Janez Potocnik', 'unregistered-janez-potocnik']]);
    expect(tag('The Commissioner Reports were filed.')).toEqual([]);
  });

  it('takes a surname that is also a singular noun after a role compromise knows', () => {
    expect(tag('Mayor Stone opened the bridge.')).toEqual([['Stone', 'unregistered-stone']]);
    expect(tag('The Mayor Awards went to Zelig.')).toEqual([]);
  });

  it('reads a transcript label whose titles compromise knows as honorifics or roles', () => {
    expect(tag('DEPUTY SECRETARY VARKONYI: Thank you.')).toEqual([['DEPUTY SECRETARY VARKONYI', 'unregistered-varkonyi']]);
    expect(tag('MR. PRESIDENT: Thank you.')).toEqual([]);
  });
});

describe('a surname alone is a person when the lexicon knows it only as one', () => {
  it('tags a lone family name, but not after an article or a preposition', () => {
    expect(tag('Officials said Hernandez would attend.')).toEqual([['Hernandez', 'unregistered-hernandez']]);
    expect(tag('They drove to Hernandez and back.')).toEqual([]);
  });
});

describe('a role noun is the one person holding that title in the text', () => {
  it('reads "the general" as the one general named before it', () => {
    expect(tag('Gen. David Petraeus testified on Tuesday.', 'The general said more troops were needed.')).toEqual([
      ['David Petraeus', 'unregistered-david-petraeus'],
      ['The general', 'unregistered-david-petraeus'],
    ]);
  });

  it('does not guess when two could hold the title', () => {
    const tags = tag('Gen. David Petraeus and Gen. George Casey testified.', 'The general said more troops were needed.');
    expect(tags.map(([text]) => text)).toEqual(['David Petraeus', 'George Casey']);
  });

  it('does not read a role before a noun ("the general public") as a person', () => {
    expect(tag('Gen. David Petraeus testified.', 'The general public was not told.').map(([text]) => text)).toEqual(['David Petraeus']);
  });

  it('reads a role only from people named before it', () => {
    expect(tag('The Chancellor’s Visit With Chancellor Anna Berg').map(([text]) => text)).toEqual(['Anna Berg']);
  });
});

describe('transliteration variants of one name are one person', () => {
  it('gives the spellings of a registered name the same key', () => {
    expect(new Set(['Gadhafi', 'Qaddafi', 'Kadafi', 'Qadhafi', 'Khadafy'].map(skeleton)).size).toBe(1);
    expect(skeleton('Ahmadi-Nejad')).toBe(skeleton('Ahmadinejad'));
    expect(skeleton('Rice')).toBe('');
  });

  it('tags a spelling the registry lacks as the registered person', () => {
    expect(tag('Col. Moammar Gadhafi met the envoy.', 'The envoy said Kadafi would visit.')).toEqual([
      ['Moammar Gadhafi', 'muammar-qaddafi'],
      ['Kadafi', 'muammar-qaddafi'],
    ]);
  });
});

describe('forms of address: a given name alone', () => {
  it('is a person when spoken to, or when it is the given name of a full name before it', () => {
    expect(tag('Thank you, Martha.')).toEqual([['Martha', 'unregistered-martha']]);
    expect(tag('Press secretary Tony Snow took questions.', 'Go ahead, Tony.')).toEqual([
      ['Tony Snow', 'unregistered-tony-snow'],
      ['Tony', 'unregistered-tony-snow'],
    ]);
  });

  it('is not a person in running text with nothing to say so', () => {
    expect(tag('We spoke of Martha at length.')).toEqual([]);
  });
});

describe('a weekday, a season or a weekend points by the tense of its sentence', () => {
  // Monday, 10 March 2008.
  const day = (text: string) => findDates(text, '2008-03-10').map((date) => [date.text, date.start, date.end]);

  it('points a bare weekday back in the past tense and forward in the present or future', () => {
    expect(day('The talks ended on Thursday.')).toEqual([['Thursday', '2008-03-06', '2008-03-06']]);
    expect(day('The talks will resume on Thursday.')).toEqual([['Thursday', '2008-03-13', '2008-03-13']]);
    expect(day('The envoy arrives in Beijing on Thursday.')).toEqual([['Thursday', '2008-03-13', '2008-03-13']]);
    expect(day('The vote is scheduled for Thursday.')).toEqual([['Thursday', '2008-03-13', '2008-03-13']]);
  });

  it('keeps the past, the news default, when no verb says', () => {
    expect(day('Thursday: talks in Beijing.')).toEqual([['Thursday', '2008-03-06', '2008-03-06']]);
  });

  it('reads "the weekend" and a season alone the same way', () => {
    expect(day('The letter was delivered over the weekend.')).toEqual([['the weekend', '2008-03-08', '2008-03-09']]);
    expect(day('The envoy will return at the weekend.')).toEqual([['the weekend', '2008-03-15', '2008-03-16']]);
    expect(day('Trade grew through the winter.')).toEqual([['the winter', '2007-12-01', '2008-02-29']]);
    expect(day('Talks will resume in the summer.')).toEqual([['the summer', '2008-06-01', '2008-08-31']]);
    expect(day('After the fall of Baghdad the talks stopped.')).toEqual([]);
  });
});

describe('counts in "ago" arithmetic are any number compromise reads', () => {
  it('reads compound number words, and leaves words that are no number', () => {
    expect(findDates('The treaty was signed twenty-five years ago.', '2008-03-10').map((date) => [date.text, date.value])).toEqual([
      ['twenty-five years ago', '1983'],
    ]);
    expect(findDates('It was signed many years ago.', '2008-03-10')).toEqual([]);
  });
});

describe('a surname given alone more than once, never as a place or organisation, is a person', () => {
  /** Paragraphs as one article: the memory knows the whole text, as the build gives it. */
  function article(...paragraphs: string[]): Array<[string, string]> {
    const matcher = createPeopleMatcher(registry);
    const memory: PeopleMemory = {surnames: new Map(), article: paragraphs.join('\n\n')};
    return paragraphs.flatMap((paragraph) => matcher.find(paragraph, [], memory).map((mention): [string, string] => [mention.text, mention.person]));
  }

  it('finds repeated unknown surnames, first in a sentence too', () => {
    expect(article('Officials said Varkonyi would lead the talks.', 'Varkonyi declined to comment, and aides said Varkonyi was tired.')).toEqual([
      ['Varkonyi', 'unregistered-varkonyi'],
      ['Varkonyi', 'unregistered-varkonyi'],
      ['Varkonyi', 'unregistered-varkonyi'],
    ]);
    expect(repeatedSurnames('Aides said Okonkwo left. Later Okonkwo returned.')).toEqual(new Set(['Okonkwo']));
  });

  it('leaves a word once alone, or ever after an article, a possessive or a preposition of place, or before a noun', () => {
    expect(article('Officials said Varkonyi would lead the talks.')).toEqual([]);
    expect(article('Fighting spread in Zabrovia, and officials said Zabrovia was calm.', 'Aid reached Zabrovia.')).toEqual([]);
    expect(repeatedSurnames('Voters backed Vostra candidates. Voters said Vostra won, and Vostra gained.')).toEqual(new Set());
    expect(repeatedSurnames('Ask our Elders. Leaders met with Elders, and Elders spoke.')).toEqual(new Set());
  });

  it('needs no verb after it, only that it never stands where a place or a common word does', () => {
    expect(repeatedSurnames('Envoys thanked Natsios. The talks with Natsios were useful.')).toEqual(new Set(['Natsios']));
    expect(repeatedSurnames('The convoy left Ramadi at dawn, reached Ramadi at noon and stayed in Ramadi.')).toEqual(new Set());
    expect(repeatedSurnames('They left Kerrville, Texas, for good; Kerrville, Texas, forgot them.')).toEqual(new Set());
  });

  it('leaves an English word, capitalised or not, or the second word of a longer name', () => {
    expect(repeatedSurnames('Aides said Ostrowicz left. Then Ostrowicz returned.')).toEqual(new Set(['Ostrowicz']));
    expect(repeatedSurnames('Aides said Proposal left. Then Proposal returned.')).toEqual(new Set());
    expect(repeatedSurnames('Aid from the United Zorbavians came. Officials said United Zorbavians helped.')).toEqual(new Set());
  });

  it('takes a word a title names anywhere, but not a role said to someone', () => {
    expect(repeatedSurnames('Reyes (for the chair) spoke first. Later Mr. Reyes yielded, Mr. President.')).toEqual(new Set(['Reyes']));
  });

  it('counts no word beside another capitalised word, which is part of a longer name', () => {
    expect(repeatedSurnames('Mayor Anton Varkonyi spoke. Anton Varkonyi left.')).toEqual(new Set());
  });
});

describe('written days, weekdays and deictic days are read by chrono-node', () => {
  // Wednesday, 14 May 2008.
  const found = (text: string) => findDates(text, '2008-05-14').map((date) => [date.text, date.start, date.end]);

  it('reads abbreviated weekdays and months, and a day range in one month', () => {
    expect(found('The envoy left on Tue., May 6.')).toEqual([['Tue., May 6', '2008-05-06', '2008-05-06']]);
    expect(found('Talks run June 2-4 in Geneva.')).toEqual([['June 2-4', '2008-06-02', '2008-06-04']]);
    expect(found('Talks ran June 2–4, 2007, in Geneva.')).toEqual([['June 2–4, 2007', '2007-06-02', '2007-06-04']]);
  });

  it('keeps times of day, durations and story-relative counts out', () => {
    expect(found('The call began May 12, 2008 at 9:15 a.m. and lasted for 3 days.')).toEqual([['May 12, 2008', '2008-05-12', '2008-05-12']]);
    expect(found('Good evening. The ceasefire held three weeks later.')).toEqual([]);
  });

  it('reads no span from a range that runs backwards', () => {
    expect(found('Talks ran December 5–3 in Geneva.')).toEqual([]);
  });

  it('reads no weekday or month into a lower-case word, a slashed number or a decimal', () => {
    expect(found('He sat down after the 9/11 hearing.')).toEqual([]);
    expect(found('Output may 2.1 percent, or 5.2 may.')).toEqual([]);
  });
});

describe('a written day that cannot exist is reported, in either order', () => {
  const reasons = (text: string) => findImpossibleDates(text, '2008-05-14').map((date) => [date.text, date.reason]);

  it('reports a day past its month’s end, month first or day first', () => {
    expect(reasons('She was born on April 31, 2006.')).toHaveLength(1);
    expect(reasons('She was born on 31 April 2006.')).toEqual([['31 April 2006', expect.stringContaining('April 2006 has 30 days')]]);
    expect(reasons('The vote was on the 30th of February.')).toHaveLength(1);
  });

  it('reads a number past any month’s end, with no year, as a count', () => {
    expect(reasons('In June 45 people were killed, and in June 450 more.')).toEqual([]);
  });
});
