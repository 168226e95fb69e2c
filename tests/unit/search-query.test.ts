import { describe, expect, it } from 'vitest';
import { normalWords, packTermGroups, parseQuery, stem, termGroups, unpackTermGroups, wordMatch } from '../../src/lib/search/query.ts';

const groups = termGroups(
  [
    ['Iran', 'Tehran', 'Islamic Republic'],
    ['NIE', 'National Intelligence Estimate'],
    ['Gadhafi', 'Gaddafi', 'Qaddafi'],
    ['United States', 'U.S.'],
  ],
  [
    { name: 'Kim Jong Il', aliases: ['Kim Jong Il', 'Kim Jong-il', 'Kim'] },
    { name: 'Christopher Hill', aliases: ['Christopher Hill', 'Chris Hill'] },
    { name: 'Pat Onename', aliases: ['Pat Onename'] },
  ],
);

const alternatives = (query: string) => parseQuery(query, groups).concepts.map((concept) => concept.alternatives.map((phrase) => phrase.join(' ')));

describe('normal words', () => {
  it('lower-cases, splits at hyphens and dashes, drops possessives and the dots of abbreviations', () => {
    expect(normalWords('Kim Jong-il’s letter—to the U.S.')).toEqual(['kim', 'jong', 'il', 'letter', 'to', 'the', 'us']);
    expect(normalWords('“Pygmy”, 2007.')).toEqual(['pygmy', '2007']);
  });

  it('stems plurals, -ed and -ing, and matches a longer word a query word starts, for less', () => {
    expect(stem('negotiations')).toBe('negotiation');
    expect(stem('tested')).toBe('test');
    expect(wordMatch('test', 'tested')).toBe(1);
    expect(wordMatch('weapon', 'weapons')).toBe(1);
    expect(wordMatch('sanction', 'sanctioned')).toBe(1);
    expect(wordMatch('pragma', 'pragmatic')).toBe(0.6);
    // Short words match only themselves: "a" never answers "ahmadinijad", nor "il" "illegal".
    expect(wordMatch('il', 'illegal')).toBe(0);
    expect(wordMatch('ahmadinijad', 'a')).toBe(0);
  });
});

describe('term groups', () => {
  it('keeps only groups with more than one name, each name once', () => {
    expect(groups.map((group) => group.map((phrase) => phrase.join(' ')))).toEqual([
      ['iran', 'tehran', 'islamic republic'],
      ['nie', 'national intelligence estimate'],
      ['gadhafi', 'gaddafi', 'qaddafi'],
      ['united states', 'us'],
      ['kim jong il', 'kim'],
      ['christopher hill', 'chris hill'],
    ]);
  });
});

describe('reading a query', () => {
  it('sets question and stop words aside, unless nothing else is left', () => {
    expect(parseQuery('what did the report say about sanctions', groups).concepts.map((concept) => concept.typed)).toEqual(['report', 'sanctions']);
    expect(parseQuery('what is it', groups).concepts.map((concept) => concept.typed)).toEqual(['what', 'is', 'it']);
  });

  it('reads a compound typed with hyphens as one concept, its words in a row or run together, and looks up no stop word', () => {
    expect(alternatives('face-to-face talks')).toEqual([['face to face', 'facetoface'], ['talks']]);
    expect(alternatives('war-mongers')).toEqual([['war mongers', 'warmongers']]);
    expect(parseQuery('face-to-face', groups).words).toEqual(['face', 'facetoface']);
    // Typed apart, the same words are concepts of their own.
    expect(alternatives('war mongers')).toEqual([['war'], ['mongers']]);
  });

  it('reads a hyphenated name as the name: “Kim Jong-il” is “Kim Jong Il”, with its aliases', () => {
    expect(alternatives('Kim Jong-il')).toEqual([['kim jong il', 'kim']]);
    expect(alternatives('KIM JONG IL pygmy')).toEqual([['kim jong il', 'kim'], ['pygmy']]);
  });

  it('expands an alias to the name and a synonym to its set, the longest phrase first', () => {
    expect(alternatives('Chris Hill')).toEqual([['chris hill', 'christopher hill']]);
    expect(alternatives('talks with Tehran')).toEqual([['talks'], ['tehran', 'iran', 'islamic republic']]);
    expect(alternatives('National Intelligence Estimate on Iran')).toEqual([['national intelligence estimate', 'nie'], ['iran', 'tehran', 'islamic republic']]);
    expect(alternatives('Qaddafi')).toEqual([['qaddafi', 'gadhafi', 'gaddafi']]);
  });

  it('keeps a stop word that is a name (“US”), and lists every word to look up once', () => {
    const parsed = parseQuery('the US and Iran', groups);
    expect(parsed.concepts.map((concept) => concept.typed)).toEqual(['us', 'iran']);
    expect(parsed.words).toEqual(['us', 'united', 'states', 'iran', 'tehran', 'islamic', 'republic']);
  });

  it('reads nothing from punctuation alone', () => {
    expect(parseQuery('?!—', groups).concepts).toEqual([]);
  });
});

describe('packed term groups', () => {
  it('read back as they were packed', () => {
    expect(unpackTermGroups(packTermGroups(groups))).toEqual(groups);
    expect(unpackTermGroups(packTermGroups([]))).toEqual([]);
  });
});
