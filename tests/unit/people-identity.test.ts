/**
 * One person per name in an article, under the fullest name the text gives; and what proves a run of
 * capitalised words is no name. Sentences made up for the test.
 */
import {describe, expect, it} from 'vitest';
import {createPeopleMatcher, type PeopleMemory} from '../../src/lib/tagging/people.ts';
import {tagArticle} from '../support/people-tag.ts';

const tag = (article: string): string[] => tagArticle(article);

/** Each mention as `text → name`, the name being the one the article ends with for that person. */
function named(article: string): string[] {
  const matcher = createPeopleMatcher([]);
  const paragraphs = article.split(/\n\s*\n/u);
  const memory: PeopleMemory = {surnames: new Map(), article: paragraphs.join('\n\n')};
  const mentions = paragraphs.flatMap((paragraph) => matcher.find(paragraph, [], memory));
  return mentions.map((mention) => `${mention.text} → ${memory.names?.get(mention.person) ?? mention.person}`);
}

describe('one person per name', () => {
  it('reads a middle initial as part of the name, in a heading too', () => {
    expect(named('Briefing With Secretary Harold Q. Fields\n\nHarold Fields spoke. Fields left.')).toEqual([
      'Harold Q. Fields → Harold Q. Fields',
      'Harold Fields → Harold Q. Fields',
      'Fields → Harold Q. Fields',
    ]);
  });

  it('keeps a hyphenated given name whole, though its first part is a common word', () => {
    expect(tag('Former President Jean-Marie Mirebalais left. Mr. Mirebalais went abroad.')).toEqual([
      'Jean-Marie Mirebalais → jean-marie-mirebalais',
      'Mirebalais → jean-marie-mirebalais',
    ]);
  });

  it('keeps a hyphened surname whole, so that a speaker label giving it alone is the same person', () => {
    expect(named('A Talk With Ramona Vidal-Quiroga\n\nMS. VIDAL-QUIROGA: Welcome. Ms. Vidal-Quiroga smiled.')).toEqual([
      'Ramona Vidal-Quiroga → Ramona Vidal-Quiroga',
      'MS. VIDAL-QUIROGA → Ramona Vidal-Quiroga',
      'Vidal-Quiroga → Ramona Vidal-Quiroga',
    ]);
  });

  it('reads a name in capitals as the person the article names with that surname', () => {
    expect(named('Ambassador Walter Fenwick spoke today.\n\nREMARKS BY WALTER FENWICK')).toEqual([
      'Walter Fenwick → Walter Fenwick',
      'WALTER FENWICK → Walter Fenwick',
    ]);
  });
});

describe('what proves a run of capitalised words is no name', () => {
  it('a letter alone, as the pronoun "I" after a list that a plural title opened', () => {
    expect(tag('We met the Group of Friends, I think, on Monday.')).toEqual([]);
  });

  it('not after a title, which says a short word in capitals is a name', () => {
    expect(tag('Mr. LI said he would go. Mr. LI left.')).toEqual(['LI → li', 'LI → li']);
    expect(tag('Mr. VIVIC left.')).toEqual(['VIVIC → vivic']);
  });

  it('a common noun right after it, which it modifies', () => {
    expect(tag('Trade across the Afro-Eurasian corridor grew.')).toEqual([]);
    expect(tag('Talks with Zebulani Mkhatshwa ended.')).toEqual(['Zebulani Mkhatshwa → zebulani-mkhatshwa']);
    // Only after a determiner or a possessive: a verb of two objects puts a noun after a name ("granted X bail").
    expect(tag('The court granted Zebulani Mkhatshwa bail.')).toEqual(['Zebulani Mkhatshwa → zebulani-mkhatshwa']);
  });

  it('initials joined by hyphens to a word in lower case, which make an adjective', () => {
    expect(tag('It was an E-U-sanctioned mission.')).toEqual([]);
  });
});

describe('the article’s own use of the words disproves a name', () => {
  it('a word the article puts after "in" elsewhere is a place, not a surname', () => {
    expect(tag('Fighting went on in Zabulistan Kharvadi.\n\nLater Zabulistan Kharvadi fell quiet.')).toEqual([]);
  });

  it('a word the article puts before "forces" or "-based" is a group, not a surname', () => {
    expect(tag('Hernandez forces attacked.\n\nOfficials said Hernandez would attend.')).toEqual([]);
    expect(tag('A Hernandez-based militia attacked.\n\nOfficials said Hernandez would attend.')).toEqual([]);
  });

  it('not a full name whose surname the article also puts after "in"', () => {
    expect(tag('Kettleby Dunmore said no.\n\nDunmore resigned.\n\nMembers lost faith in Dunmore.')).toEqual([
      'Kettleby Dunmore → kettleby-dunmore',
      'Dunmore → kettleby-dunmore',
      'Dunmore → kettleby-dunmore',
    ]);
  });

  it('not a full name whose surname names a group after it ("the Dunmore forces")', () => {
    expect(tag('Kettleby Dunmore met reporters.\n\nThe Dunmore forces advanced.')).toEqual(['Kettleby Dunmore → kettleby-dunmore']);
  });

  it('yields to a full name that gave the word as a surname', () => {
    expect(tag('Harold Zwingli arrived.\n\nTrust in Zwingli ran low. Zwingli left.')).toEqual([
      'Harold Zwingli → harold-zwingli',
      'Zwingli → harold-zwingli',
      'Zwingli → harold-zwingli',
    ]);
  });

  it('yields to a title that names the word elsewhere', () => {
    expect(tag('Trust in Qarabagh ran low.\n\nMr. Qarabagh said no, and Qarabagh left.')).toEqual(['Qarabagh → qarabagh', 'Qarabagh → qarabagh']);
  });

  it('leaves a verb in "s" after a name alone, as it may be a verb', () => {
    expect(tag('Zebulani Mkhatshwa visits Rome.')).toEqual(['Zebulani Mkhatshwa → zebulani-mkhatshwa']);
  });
});

describe('a role in apposition is evidence, as a title before the name is', () => {
  it('takes a run of common words as a name when a role follows it after a comma', () => {
    expect(tag('Troops caught Dost Gul, a rebel commander, at dawn.')).toEqual(['Dost Gul → dost-gul']);
    expect(tag('Talks went on with Sabot Kettle, the province’s interim governor.')).toEqual(['Sabot Kettle → sabot-kettle']);
  });

  it('not when the role word only modifies the phrase’s head noun', () => {
    expect(tag('Aid reached Zabul Kettle, a refugee camp near the border.')).toEqual([]);
    expect(tag('Aid reached Zabul Kettle, a farmer settlement.')).toEqual([]);
    expect(tag('Troops caught Dost Gul, a rebel commander who fled.')).toEqual(['Dost Gul → dost-gul']);
    expect(tag('Troops caught Dost Gul, a rebel leader responsible for raids.')).toEqual(['Dost Gul → dost-gul']);
  });

  it('not when the phrase after the comma names a thing', () => {
    expect(tag('Trade with Marsh Harbour, a port town, grew.')).toEqual([]);
  });
});
