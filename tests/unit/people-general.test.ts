/**
 * The general people rules, each checked on sentences made up for the test or taken from texts outside the
 * labelled fixtures, so that they test the rule and not the examples the rules were tuned on.
 */
import {describe, expect, it} from 'vitest';
import type {PersonEntry} from '../../src/lib/tagging/people.ts';
import {remembered} from '../../src/lib/tagging/people-words.ts';
import {tagArticle} from '../support/people-tag.ts';

const registry: PersonEntry[] = [
  {id: 'george-w-bush', name: 'George W. Bush', aliases: ['Bush', 'President Bush', 'George W. Bush']},
];

const tag = (article: string): string[] => tagArticle(article, registry);

describe('a capitalised name after a title is a person', () => {
  it('takes titles compromise knows as honorifics, including military ranks', () => {
    expect(tag('Lt. Col. Okonkwo briefed Sgt. Maj. Petrakis.')).toEqual(['Okonkwo → okonkwo', 'Petrakis → petrakis']);
  });

  it('takes religious and civil titles, before names the lexicon does not know', () => {
    expect(tag('Cardinal Bergoglio met Sheikh Tamimi and Imam Qaradawi, then Senator Lautenberg.')).toEqual([
      'Bergoglio → bergoglio',
      'Tamimi → tamimi',
      'Qaradawi → qaradawi',
      'Lautenberg → lautenberg',
    ]);
  });

  it('reads a word compromise takes for a title only before a name as one ("General", "Private")', () => {
    expect(tag('General Stanley McChrystal spoke to Private Lynch.')).toEqual([
      'Stanley McChrystal → stanley-mcchrystal',
      'Lynch → lynch',
    ]);
    expect(tag('The General Assembly voted, Major League teams played and Private Equity firms grew.')).toEqual([]);
  });

  it('lets a title before a known surname stand apart from it ("General Odierno" after the full name)', () => {
    expect(tag('The commander, Raymond Odierno, arrived.\n\nSo, General Odierno, what next? Later, General Odierno left.')).toEqual([
      'Raymond Odierno → raymond-odierno',
      'Odierno → raymond-odierno',
      'Odierno → raymond-odierno',
    ]);
  });
});

describe('a heading or index line ends a name', () => {
  it('does not run a name into the next line of an index or a byline', () => {
    expect(tag('Sean McCormack, Spokesman\nBrussels, Belgium')).toEqual(['Sean McCormack → sean-mccormack']);
    expect(tag('Visit of Juan Carlos Rivera\nPolicies on Trade\nMaria Lopez')).toEqual([
      'Juan Carlos Rivera → juan-carlos-rivera',
      'Maria Lopez → maria-lopez',
    ]);
  });

  it('still joins a name broken across the lines of wrapped prose', () => {
    expect(tag('On Monday the commission heard from its chairman, Thomas\nKean, and from others.')).toEqual([
      'Thomas\nKean → thomas-kean',
    ]);
  });
});

describe('speaker labels in transcripts', () => {
  it('reads a label that gives a full name, with an office in brackets, as that person', () => {
    expect(tag('DANA PERINO (White House press secretary): Good morning.\n\nMS. PERINO: Next question.')).toEqual([
      'DANA PERINO → dana-perino',
      'MS. PERINO → dana-perino',
    ]);
  });

  it('takes no label from a line that opens with an unnamed role or a question', () => {
    expect(tag('THE PRESIDENT: Thank you.\n\nQUESTION (inaudible): Sir?')).toEqual([]);
  });
});

describe('a name that is also a place', () => {
  it('is a town, not a person, before a comma and its state or country', () => {
    expect(tag('The leaders met at the ranch near Jackson, Mississippi, and later in Kennebunkport, Maine.')).toEqual([]);
  });

  it('is a person elsewhere, and a full name before a state stays a person', () => {
    expect(tag('Mr. Jackson said the vote was close. We met Larry Craig, Idaho.')).toEqual([
      'Jackson → jackson',
      'Larry Craig → larry-craig',
    ]);
  });
});

describe('forms of address', () => {
  it('reads "Mrs." or "Ms." before a registered man’s surname as another person of that name', () => {
    expect(tag('Mrs. Bush opened the library, and Mr. Bush thanked her. Ms. Bush, their daughter, spoke.')).toEqual([
      'Bush → bush',
      'Bush → george-w-bush',
      'Bush → bush',
    ]);
  });

  it('says nothing when the lexicon gives the given name no sex', () => {
    expect(tag('Morgan Okafor spoke.\n\nMr. Okafor left.')).toEqual(['Morgan Okafor → morgan-okafor', 'Okafor → morgan-okafor']);
  });

  it('does the same after a full name the text gave, and keeps the surname his', () => {
    expect(tag('Prime Minister John Howard arrived.\n\nMrs. Howard went too. Mr. Howard said so.')).toEqual([
      'John Howard → john-howard',
      'Howard → howard',
      'Howard → john-howard',
    ]);
  });
});

describe('a role noun is the one person the text names with that title', () => {
  it('reads a capitalised role with no article, after a lower-case word, as its one holder', () => {
    expect(tag('Chancellor Helmut Kohl arrived.\n\nThe talks with Chancellor and his aides went well.')).toEqual([
      'Helmut Kohl → helmut-kohl',
      'Chancellor → helmut-kohl',
    ]);
  });

  it('leaves the office itself, someone else’s office and an unnamed holder alone', () => {
    expect(
      tag('Chancellor Helmut Kohl arrived. She hopes to be Chancellor of the Exchequer, or Ambassador to Bonn; ask our Chancellor. He rose to the rank of Chancellor.'),
    ).toEqual(['Helmut Kohl → helmut-kohl']);
  });

  it('reads a role spoken to, opening a sentence before a comma or after a lower-case word, as its holder', () => {
    expect(tag('Our guest is Major General Dana Pittard.\n\nMR. LEE: General, welcome. Over to you, General.')).toEqual([
      'Dana Pittard → dana-pittard',
      'MR. LEE → lee',
      'General → dana-pittard',
      'General → dana-pittard',
    ]);
  });

  it('knows that a turn of an unnamed questioner ends the last speaker’s turn', () => {
    const transcript = 'Ambassador Ryan Crocker arrived.\n\nAMBASSADOR CROCKER: Thank you.\n\nQUESTION: Mr. Ambassador, one more?';
    expect(tag(transcript)).toEqual([
      'Ryan Crocker → ryan-crocker',
      'AMBASSADOR CROCKER → ryan-crocker',
      'Mr. Ambassador → ryan-crocker',
    ]);
  });

  it('reads an abbreviated rank or title as the role it shortens', () => {
    expect(tag('Sec. Maria Ortiz spoke.\n\nLater the Secretary left, and Cmdr. Hale met the Commander.')).toEqual([
      'Maria Ortiz → maria-ortiz',
      'the Secretary → maria-ortiz',
      'Hale → hale',
      'the Commander → hale',
    ]);
  });

  it('does not read an assistant’s or deputy’s office as the office itself', () => {
    expect(tag('You know Assistant Secretary Ruiz. He will brief on the Secretary’s trip.')).toEqual(['Ruiz → ruiz']);
  });

  it('does not guess where two people hold the title', () => {
    expect(tag('Chancellor Helmut Kohl met Chancellor Franz Vranitzky, and they thanked Chancellor and guests.')).toEqual([
      'Helmut Kohl → helmut-kohl',
      'Franz Vranitzky → franz-vranitzky',
    ]);
  });
});

describe('transliterations and misspellings of one name', () => {
  it('read a surname spelt another way as the person the article named in full', () => {
    expect(tag('Libya’s leader, Colonel Moammar Gadhafi, spoke.\n\nLater Qaddafi said no, and Mr. Kadafi left.')).toEqual([
      'Moammar Gadhafi → moammar-gadhafi',
      'Qaddafi → moammar-gadhafi',
      'Kadafi → moammar-gadhafi',
    ]);
  });

  it('leave lower-case words that share the key alone', () => {
    expect(tag('By Jim Garamone, reporter.\n\nThe ceremony honoured the chairman.')).toEqual(['Jim Garamone → jim-garamone']);
  });
});

describe('initials', () => {
  it('keep an initial before a given name and a surname inside the name, after a title too', () => {
    expect(tag('Under Secretary R. Nicholas Burns spoke.\n\nLater Burns left.')).toEqual([
      'R. Nicholas Burns → r-nicholas-burns',
      'Burns → r-nicholas-burns',
    ]);
  });
});

describe('a given name alone', () => {
  it('is the one person, registered or named in full, whose name it begins', () => {
    expect(tag('Thank you, George. It is good to be here.')).toEqual(['George → george-w-bush']);
  });

  it('is a person when it does something, as the subject of a verb in the past', () => {
    expect(tag('Well, Tobias announced the trip today, and the mission grew.')).toEqual(['Tobias → tobias']);
    expect(tag('The Tobias report said little.')).toEqual([]);
  });

  it('is no one when two people named so far share it', () => {
    expect(tag('George Tenet briefed the press.\n\nThank you, George.')).toEqual(['George Tenet → george-tenet']);
  });
});

describe('things named after people', () => {
  it('end at two little words in a row, which start another phrase', () => {
    expect(tag('He took the medal from Minister Elena Vasquez and the Merit Award from Gen. Soto.')).toEqual([
      'Elena Vasquez → elena-vasquez',
      'Soto → soto',
    ]);
    expect(tag('The Elena Vasquez Center for the Arts opened.')).toEqual([]);
  });
});

describe('a surname a title names anywhere in the article', () => {
  it('is a person where it stands alone before the title appears, first in a line too', () => {
    expect(tag('Reyes (for the chair) amendment.\n\nThe time is divided with Mr. Reyes.')).toEqual(['Reyes → reyes', 'Reyes → reyes']);
  });
});

describe('a remembered look-up', () => {
  it('keeps at most its limit of answers, forgetting the oldest first', () => {
    const asked: string[] = [];
    const lookUp = remembered((key: string) => asked.push(key), 2);
    for (const key of ['a', 'b', 'a', 'c', 'b', 'a']) lookUp(key);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
