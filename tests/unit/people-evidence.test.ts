/**
 * Candidate-first detection: every run of capitalised words is a candidate, a person when some evidence says so
 * and nothing disproves it. One test per kind of evidence and of disproof, on sentences made up for the test.
 */
import {describe, expect, it} from 'vitest';
import {createPeopleMatcher, type PeopleMemory} from '../../src/lib/tagging/people.ts';
import {tagArticle} from '../support/people-tag.ts';

const tag = (article: string): string[] => tagArticle(article);

describe('evidence that a run of capitalised words is a person', () => {
  it('a title before it, an honorific or a role compromise knows, whatever word follows', () => {
    expect(tag('Administrator Partridge and Under Secretary Gables spoke.')).toEqual(['Partridge → partridge', 'Gables → gables']);
  });

  it('a plural title before a list, which stands before each name of it, in capitals too', () => {
    expect(tag('Senators OKWU, BRENNAN of Ohio, and TALLIS voted.')).toEqual(['OKWU → okwu', 'BRENNAN → brennan', 'TALLIS → tallis']);
  });

  it('a known given name opening it, though the surname is a common word', () => {
    expect(tag('The report was written by Marguerite Plover last year.')).toEqual(['Marguerite Plover → marguerite-plover']);
  });

  it('words foreign to English and to the lexicon, two or more together', () => {
    expect(tag('Talks with Zebulani Mkhatshwa ended early.')).toEqual(['Zebulani Mkhatshwa → zebulani-mkhatshwa']);
    expect(tag('Talks with the Hurricane Relief Board ended early.')).toEqual([]);
  });

  it('a surname the article gives in full elsewhere, later too', () => {
    expect(tag('Crowds waited for Partridge to speak.\n\nOnly then did Harold Partridge arrive.')).toEqual([
      'Partridge → harold-partridge',
      'Harold Partridge → harold-partridge',
    ]);
  });

  it('a speaker label opening a line of a transcript', () => {
    expect(tag('MS. ABERNATHY: Good morning.')).toEqual(['MS. ABERNATHY → abernathy']);
  });

  it('each name of a label that holds two, in its own span', () => {
    expect(tag('SECRETARY OKAFOR AND MINISTER LAVROV: We agree.')).toEqual(['OKAFOR → okafor', 'LAVROV → lavrov']);
  });

  it('a shortened given name of the one full name that begins alike', () => {
    expect(tag('Deputy Nicholas Varga arrived.\n\nThank you, Nick, for coming.')).toEqual(['Nicholas Varga → nicholas-varga', 'Nick → nicholas-varga']);
  });
});

describe('a given name alone', () => {
  it('is the one person whose full name it began, though the lexicon lack it', () => {
    expect(tag('Talks with Tareqin Mouawadi ended.\n\nWhen his son Tareqin spoke, all listened.')).toEqual([
      'Tareqin Mouawadi → tareqin-mouawadi',
      'Tareqin → tareqin-mouawadi',
    ]);
  });

  it('is the full name’s person in a short form that shares no letters with it ("Bob" for "Robert")', () => {
    expect(tag('Ambassador Robert Kessling arrived.\n\nWell done, Bob.')).toEqual(['Robert Kessling → robert-kessling', 'Bob → robert-kessling']);
    expect(tag('Robert Kessling arrived.\n\nThen Bob Kessling spoke.')).toEqual(['Robert Kessling → robert-kessling', 'Bob Kessling → robert-kessling']);
  });

  it('is no one by the first letters alone unless the lexicon knows it as a given name', () => {
    expect(tag('Talks with Ambassador Condoleezza Plover ended.\n\nThen Conmara spoke.')).toEqual(['Condoleezza Plover → condoleezza-plover']);
  });
});

describe('disproof: what makes a candidate no person', () => {
  it('a thing named after the person, or an organisation or a place word in the run', () => {
    expect(tag('The Marguerite Plover Prize and the Harold Partridge Foundation grew.')).toEqual([]);
  });

  it('a role said to someone, which names no one ("Mr. Speaker", "Madam Chairman")', () => {
    expect(tag('Mr. Speaker, I yield the floor.\n\nThe Speaker then called the vote.')).toEqual([]);
    expect(tag('Madam Chairman, thank you. Mr. Okafor will answer.')).toEqual(['Okafor → okafor']);
  });

  it('an article before a surname the article already knows', () => {
    expect(tag('Marguerite Plover spoke.\n\nThe Plover sailed at dawn, and Plover waved.')).toEqual([
      'Marguerite Plover → marguerite-plover',
      'Plover → marguerite-plover',
    ]);
  });

  it('an event word opening it ("Hurricane", "Operation")', () => {
    expect(tag('Hurricane Marguerite struck, and Operation Phantom Lancer began.')).toEqual([]);
  });

  it('a word no name has, which ends the name before it ("September", a country)', () => {
    expect(tag('Press officer Zebulani Mkhatshwa September 2007')).toEqual(['Zebulani Mkhatshwa → zebulani-mkhatshwa']);
    // The part before the word is trimmed as any run is: a sentence's opening word is no part of the name.
    expect(tag('Later Zebulani Mkhatshwa September 2007')).toEqual(['Zebulani Mkhatshwa → zebulani-mkhatshwa']);
    expect(tag('Ambassador to Botswana Marguerite Plover')).toEqual(['Marguerite Plover → marguerite-plover']);
  });

  it('an article or a preposition of place before a lone word', () => {
    expect(tag('Officials said Hernandez would attend.')).toEqual(['Hernandez → hernandez']);
    expect(tag('Officials toured the Hernandez at dawn.')).toEqual([]);
  });

  it('a capital inside a word, which opens no place or group ("pro-Hernandez forces")', () => {
    expect(tag('Officials said Hernandez would attend.\n\nThe pro-Hernandez forces advanced.')).toEqual(['Hernandez → hernandez', 'Hernandez → hernandez']);
  });

  it('a common word opening a sentence, which is no part of the name after it', () => {
    expect(tag('Later Zebulani Mkhatshwa spoke.')).toEqual(['Zebulani Mkhatshwa → zebulani-mkhatshwa']);
  });

  it('a verb in a headline, which ends the name', () => {
    expect(tag('Zebulani Mkhatshwa Visits Harare For Talks')).toEqual(['Zebulani Mkhatshwa → zebulani-mkhatshwa']);
  });

  it('capitals with no title, which are an acronym, though a title named that surname before', () => {
    expect(tag('Then Mr. OKWU left.\n\nOKWU and NATO met.')).toEqual(['OKWU → okwu']);
  });

  it('a noun of an institution after it, which makes it a modifier ("the Mkhatshwa administration")', () => {
    expect(tag('The Zebulani Mkhatshwa administration fell.')).toEqual([]);
  });

  it('a role after an article, which names a kind of thing ("the Mayor Awards")', () => {
    expect(tag('The Mayor Awards went to a school.')).toEqual([]);
  });
});

describe('a role stands for the one person the article gives that title', () => {
  const registry = [{id: 'daniel-okafor', name: 'Daniel Okafor', aliases: ['President Daniel Okafor', 'Okafor']}];
  function roles(article: string): string[] {
    const matcher = createPeopleMatcher(registry);
    const paragraphs = article.split(/\n\s*\n/u);
    const memory: PeopleMemory = {surnames: new Map(), article};
    return paragraphs.flatMap((paragraph) => matcher.find(paragraph, [], memory).map((mention) => `${mention.text} → ${mention.person}`));
  }

  it('learns the title from a registered form that opens with it ("President Daniel Okafor"), a given name between', () => {
    expect(roles('We are joined by President Daniel Okafor.\n\nThe President. Thank you.')).toEqual([
      'President Daniel Okafor → daniel-okafor',
      'The President → daniel-okafor',
    ]);
  });

  it('guesses no one when the article gives the title to two people, later too', () => {
    expect(roles('We are joined by President Daniel Okafor.\n\nThe President spoke first.\n\nPresident Vasquez replied.')).toEqual([
      'President Daniel Okafor → daniel-okafor',
      'Vasquez → unregistered-vasquez',
    ]);
  });
});
