/**
 * Roles and transcript labels: who a title-shaped phrase stands for, read from the article's own evidence. Each
 * rule is checked on sentences made up for the test.
 */
import {describe, expect, it} from 'vitest';
import {createPeopleMatcher, type Coreference, type PeopleMemory} from '../../src/lib/tagging/people.ts';
import {tagArticle} from '../support/people-tag.ts';

const tag = (article: string): string[] => tagArticle(article);

describe('a speaker label with a title is a titled name', () => {
  it('is the person the article names in full with that surname, later too', () => {
    expect(tag('MR. PARTRIDGE: Good morning.\n\nOur host, Harold Partridge, spoke next.')).toEqual([
      'MR. PARTRIDGE → harold-partridge',
      'Harold Partridge → harold-partridge',
    ]);
  });

  it('is the person of another spelling of that surname, as in prose', () => {
    expect(tag('Colonel Moammar Gadhafi arrived.\n\nMR. QADHAFI: Thank you.')).toEqual([
      'Moammar Gadhafi → moammar-gadhafi',
      'MR. QADHAFI → moammar-gadhafi',
    ]);
  });
});

describe('the titles an article gives', () => {
  it('do not make a form of address a role ("Mr." is no mayor)', () => {
    expect(tag('Mayor Ann Cole met Mr. Dunmore.\n\nThe Mayor thanked him.')).toEqual([
      'Ann Cole → ann-cole',
      'Dunmore → dunmore',
      'The Mayor → ann-cole',
    ]);
  });

  it('end at a name’s possessive: the title after it is another person’s', () => {
    expect(tag('President Dana Okafor’s Chief Adviser arrived.\n\nPresident Okafor left.\n\nThe President waved.')).toEqual([
      'Dana Okafor → dana-okafor',
      'Okafor → dana-okafor',
      'The President → dana-okafor',
    ]);
  });

  it('take an office after the title ("Secretary of State")', () => {
    expect(tag('Secretary of State Ann Cole arrived.\n\nThe Secretary said the talks went well.')).toEqual([
      'Ann Cole → ann-cole',
      'The Secretary → ann-cole',
    ]);
  });

  it('do not run across a full stop that ends a sentence ("The President. Thanks")', () => {
    expect(tag('President Dana Okafor arrived.\n\nThe President. Thanks, everyone.\n\nThe President waved.')).toEqual([
      'Dana Okafor → dana-okafor',
      'The President → dana-okafor',
      'The President → dana-okafor',
    ]);
  });
});

describe('a role noun is the one person the article gives that title', () => {
  it('takes a word compromise knows for what a person does as a title before a name', () => {
    expect(tag('Administrator Ann Cole toured the site.\n\nLater the Administrator met the press.')).toEqual([
      'Ann Cole → ann-cole',
      'the Administrator → ann-cole',
    ]);
  });

  it('in lower case, which names a kind of person, not the one the title was given', () => {
    expect(tag('Reporter Jane Doe asked a question. Later the reporter said no.')).toEqual(['Jane Doe → jane-doe']);
  });

  it('guesses no one where two people of different offices hold it', () => {
    expect(tag('Agency Administrator Ann Cole met Acting Administrator Raj Patel.\n\nThe Administrator spoke.')).toEqual([
      'Ann Cole → ann-cole',
      'Raj Patel → raj-patel',
    ]);
  });
});

describe('a role the annotation file declares', () => {
  const declared = (article: string, coreference: Coreference[]): string[] => {
    const matcher = createPeopleMatcher([]);
    const memory: PeopleMemory = {surnames: new Map(), article};
    return article.split(/\n\s*\n/u).flatMap((paragraph) => matcher.find(paragraph, coreference, memory).map((mention) => `${mention.text} → ${mention.person}`));
  };

  it('is a title its person holds, so the role spoken to is that person', () => {
    expect(declared('The Governor spoke first.\n\nQUESTION: Madam Governor, one more?', [{phrase: 'the governor', person: 'ann-example'}])).toEqual([
      'The Governor → ann-example',
      'Madam Governor → ann-example',
    ]);
  });

  it('is not spoken to by its holder, but by the questioner of a turn opening "Q."', () => {
    expect(declared('The Chancellor. Good evening.\n\nQ. Madam Chancellor, one more?', [{phrase: 'the chancellor', person: 'ann-example'}])).toEqual([
      'The Chancellor → ann-example',
      'Madam Chancellor → ann-example',
    ]);
  });
});
