import {describe, expect, it} from 'vitest';
import * as people from '../../src/lib/tagging/people.ts';
import {
  createPeopleMatcher,
  unregisteredPersonId,
  type Coreference,
  type PersonEntry,
  type PersonMention,
} from '../../src/lib/tagging/people.ts';
import {OP_ED_SENTENCES} from '../support/op-ed.ts';

const registry: PersonEntry[] = [
  {
    id: 'george-w-bush',
    name: 'George W. Bush',
    aliases: ['Bush', 'President Bush', 'George W. Bush', 'President George W. Bush'],
  },
  {id: 'kim-jong-il', name: 'Kim Jong Il', aliases: ['Kim Jong Il', 'Kim Jong-il', 'Chairman Kim']},
  {id: 'andrew-grotto', name: 'Andrew Grotto', aliases: ['Andrew Grotto', 'Andrew J. Grotto', 'Grotto']},
  {
    id: 'joseph-cirincione',
    name: 'Joseph Cirincione',
    aliases: ['Joseph Cirincione', 'Joe Cirincione', 'Cirincione'],
  },
];

const thePresident: Coreference[] = [{phrase: 'the president', person: 'george-w-bush'}];

const matcher = createPeopleMatcher(registry);

// The op-ed's paragraphs as published.
const paragraphs = OP_ED_SENTENCES.map((sentences) => sentences.join(' '));

type Expected = [text: string, person: string, occurrence?: number];

/** The mentions expected in `input`, with offsets found independently of the matcher (nth occurrence of the text). */
function expectedMentions(input: string, expected: Expected[]): {text: string; offset: number; person: string}[] {
  return expected.map(([text, person, occurrence = 0]) => {
    let offset = -1;
    for (let seen = 0; seen <= occurrence; seen += 1) offset = input.indexOf(text, offset + 1);
    if (offset === -1) throw new Error(`Fixture error: “${text}” #${occurrence} is not in “${input}”`);
    return {text, offset, person};
  });
}

function summary(mentions: PersonMention[]): {text: string; offset: number; person: string}[] {
  return mentions.map(({text, offset, person}) => ({text, offset, person}));
}

function texts(mentions: PersonMention[]): string[] {
  return mentions.map((mention) => mention.text);
}

function expectWellFormed(input: string, mentions: PersonMention[]): void {
  let end = 0;
  for (const mention of mentions) {
    expect(input.slice(mention.offset, mention.offset + mention.text.length)).toBe(mention.text);
    expect(mention.offset).toBeGreaterThanOrEqual(end);
    end = mention.offset + mention.text.length;
  }
}

const bush = 'george-w-bush';
const kim = 'kim-jong-il';

// Every paragraph of the op-ed, with the full list of people it mentions when "the president" means Bush.
const withCoreference: [number, Expected[]][] = [
  [
    1,
    [
      ['President Bush', bush, 0],
      ['Kim Jong Il', kim, 0],
      ['President Bush', bush, 1],
      ['Kim Jong Il', kim, 1],
    ],
  ],
  [2, [['President Bush', bush]]],
  [
    3,
    [
      ['the president', bush],
      ['Kim Jong Il', kim],
      ['Bush', bush],
      ['The president', bush],
    ],
  ],
  [4, []],
  [5, []],
  [6, [['President Bush', bush]]],
  [7, []],
  [8, [['The president', bush]]],
  [9, []],
];

describe('the op-ed', () => {
  it('has the nine paragraphs these tests describe', () => {
    expect(paragraphs).toHaveLength(9);
  });

  it.each(withCoreference)('paragraph %i tags exactly its people (“the president” = Bush)', (number, expected) => {
    const input = paragraphs[number - 1] ?? '';
    const mentions = matcher.find(input, thePresident);
    expect(summary(mentions)).toEqual(expectedMentions(input, expected));
    expectWellFormed(input, mentions);
  });

  it.each(withCoreference)('paragraph %i tags no “the president” without coreference', (number, expected) => {
    const input = paragraphs[number - 1] ?? '';
    const named = expected.filter(([text]) => text.toLowerCase() !== 'the president');
    expect(summary(matcher.find(input))).toEqual(expectedMentions(input, named));
  });

  it('tags only Kim Jong Il in “North Korea’s president Kim Jong Il”, even with coreference', () => {
    const input = 'President Bush and North Korea’s president Kim Jong Il would be pen pals';
    expect(summary(matcher.find(input, thePresident))).toEqual(
      expectedMentions(input, [
        ['President Bush', bush],
        ['Kim Jong Il', kim],
      ]),
    );
  });

  it('marks how each mention was found: the registry name, an alias, or coreference', () => {
    const input = 'George W. Bush, or Bush, or the president.';
    expect(matcher.find(input, thePresident).map(({via, registered}) => [via, registered])).toEqual([
      ['name', true],
      ['alias', true],
      ['coreference', true],
    ]);
  });
});

describe('registered names', () => {
  it('prefers the longest form: “President George W. Bush” is one mention, not three', () => {
    const input = 'President George W. Bush wrote; President Bush signed; Bush sent it.';
    expect(texts(matcher.find(input))).toEqual(['President George W. Bush', 'President Bush', 'Bush']);
  });

  it('tags a possessive with a straight apostrophe without the suffix', () => {
    const input = "Bush's letter";
    expect(summary(matcher.find(input))).toEqual([{text: 'Bush', offset: 0, person: bush}]);
  });

  it('tags a possessive with a curly apostrophe without the suffix', () => {
    const input = 'In Bush’s letter and Kim Jong Il’s reply';
    expect(summary(matcher.find(input))).toEqual(
      expectedMentions(input, [
        ['Bush', bush],
        ['Kim Jong Il', kim],
      ]),
    );
  });

  it('matches at word boundaries only: no “Bushes”, “Bushwhacked”, “Kimchi” or “Grottos”', () => {
    const namesOnly = createPeopleMatcher(registry, {detectUnregistered: false});
    expect(namesOnly.find('Bushes, Bushwhacked, Kim Jong Ilk, Kimchi and Grottos.')).toEqual([]);
  });

  it('is case-sensitive for names, so a common noun is not a person', () => {
    expect(matcher.find('A bush grew by the grotto; BUSH was shouted.')).toEqual([]);
  });

  it('tags names inside punctuation: parentheses, quotes, commas and semicolons', () => {
    const input = '(Bush) said “Grotto,” then Cirincione; Kim Jong Il.';
    expect(texts(matcher.find(input))).toEqual(['Bush', 'Grotto', 'Cirincione', 'Kim Jong Il']);
  });

  it('tags names at the start of a sentence', () => {
    const input = 'Bush wrote. Kim Jong Il replied. Andrew J. Grotto commented.';
    expect(summary(matcher.find(input))).toEqual(
      expectedMentions(input, [
        ['Bush', bush],
        ['Kim Jong Il', kim],
        ['Andrew J. Grotto', 'andrew-grotto'],
      ]),
    );
  });

  it('tags both names around a dash: “Kim Jong Il—Bush once”', () => {
    const input = 'his very public loathing of Kim Jong Il—Bush once called him a “pygmy”';
    expect(summary(matcher.find(input))).toEqual(
      expectedMentions(input, [
        ['Kim Jong Il', kim],
        ['Bush', bush],
      ]),
    );
  });

  it('tags a hyphenated alias as one mention', () => {
    expect(summary(matcher.find('Kim Jong-il agreed.'))).toEqual([{text: 'Kim Jong-il', offset: 0, person: kim}]);
  });

  it('tags a name broken across a soft line break, keeping the text as it stands', () => {
    const input = 'letter from President\nBush arrived';
    expect(summary(matcher.find(input))).toEqual([{text: 'President\nBush', offset: 12, person: bush}]);
  });

  it('matches a straight apostrophe in an alias against a curly one in the text', () => {
    const withApostrophe = createPeopleMatcher([{id: 'sean-obrien', name: "Sean O'Brien", aliases: ["O'Brien"]}]);
    const input = 'Sean O’Brien and O’Brien’s notes';
    expect(texts(withApostrophe.find(input))).toEqual(['Sean O’Brien', 'O’Brien']);
  });

  it('counts offsets in UTF-16 code units, like JavaScript strings', () => {
    const input = '𝔸 note 😀 on Bush and Angela Merkel';
    const [mention, detected] = matcher.find(input);
    expect(mention?.offset).toBe(input.indexOf('Bush'));
    expect(detected?.offset).toBe(input.indexOf('Angela Merkel'));
    // Two code units for each of 𝔸 and 😀.
    expect(mention?.offset).toBe(14);
  });
});

describe('a surname used as a modifier of an institution is not a person', () => {
  it.each([
    'The Bush administration has said time and time again.',
    'the Bush doctrine of preventive war',
    'a Bush-era policy',
    'the Bush White House',
    'under two Bush administrations',
    'the Bush Administration said',
    'the Bush years, the Bush presidency and the Bush policies',
    'inside the Bush camp and the Bush campaign and the Bush team',
  ])('nothing in “%s”', (input) => {
    expect(matcher.find(input)).toEqual([]);
  });

  it('covers the Kim regime and the Kim family when “Kim” is an alias', () => {
    const withKim = createPeopleMatcher([{id: kim, name: 'Kim Jong Il', aliases: ['Kim']}], {
      detectUnregistered: false,
    });
    expect(texts(withKim.find('the Kim regime, the Kim family, the Kim dynasty, and Kim himself'))).toEqual(['Kim']);
  });

  it('still tags a possessive: “Bush’s administration” names the person who owns it', () => {
    expect(texts(matcher.find('Bush’s administration'))).toEqual(['Bush']);
  });
});

describe('coreference', () => {
  it('matches case-insensitively: “The president is right.”', () => {
    expect(summary(matcher.find('The president is right.', thePresident))).toEqual([
      {text: 'The president', offset: 0, person: bush},
    ]);
  });

  it('applies only when the article passes its phrases', () => {
    expect(matcher.find('The president is right.')).toEqual([]);
    expect(matcher.find('The president is right.', [])).toEqual([]);
  });

  it('needs the whole phrase: “president” alone and “the presidential” are not it', () => {
    expect(matcher.find('North Korea’s president met the presidential envoy.', thePresident)).toEqual([]);
  });

  it('does not fire when the phrase is a title before a name or names another office', () => {
    const input = 'the president Kim Jong Il and the president of Iran, unlike the president';
    expect(summary(matcher.find(input, thePresident))).toEqual(
      expectedMentions(input, [
        ['Kim Jong Il', kim],
        ['the president', bush, 2],
      ]),
    );
  });

  it('yields to a registered name that overlaps it', () => {
    const input = 'the President Bush letter';
    const coreference: Coreference[] = [{phrase: 'the President', person: 'someone-else'}];
    expect(summary(matcher.find(input, coreference))).toEqual([{text: 'President Bush', offset: 4, person: bush}]);
  });
});

describe('unregistered people', () => {
  it('detects full names after a title and names compromise reads as places', () => {
    const input = 'Secretary of State Condoleezza Rice met Christopher Hill in Beijing.';
    const detected = {registered: false, via: 'detected'};
    expect(matcher.find(input)).toEqual([
      {text: 'Condoleezza Rice', offset: 19, person: 'unregistered-condoleezza-rice', ...detected},
      {text: 'Christopher Hill', offset: 40, person: 'unregistered-christopher-hill', ...detected},
    ]);
  });

  it('detects a name in apposition, leaving out the comma', () => {
    const input = 'Iran’s president, Mahmoud Ahmadinejad, spoke.';
    expect(summary(matcher.find(input, thePresident))).toEqual([
      {text: 'Mahmoud Ahmadinejad', offset: 18, person: 'unregistered-mahmoud-ahmadinejad'},
    ]);
  });

  it('maps a later bare surname to the full name detected before it', () => {
    const input =
      'Secretary of State Condoleezza Rice arrived. Rice said Christopher Hill would go; Hill’s plan held.';
    expect(summary(matcher.find(input))).toEqual(
      expectedMentions(input, [
        ['Condoleezza Rice', 'unregistered-condoleezza-rice'],
        ['Rice', 'unregistered-condoleezza-rice', 1],
        ['Christopher Hill', 'unregistered-christopher-hill'],
        ['Hill', 'unregistered-christopher-hill', 1],
      ]),
    );
  });

  it('does not map a surname that is part of a longer proper name', () => {
    const input = 'Christopher Hill flew to Capitol Hill.';
    expect(texts(matcher.find(input))).toEqual(['Christopher Hill']);
  });

  it('does not carry a surname from one call into the next', () => {
    matcher.find('Christopher Hill spoke.');
    expect(matcher.find('Hill said no.')).toEqual([]);
  });

  it('carries surnames from paragraph to paragraph through a memory, and only through it', () => {
    const memory = {surnames: new Map<string, string>()};
    matcher.find('Deputy National Security Adviser Steve Hadley accepted blame.', [], memory);
    expect(summary(matcher.find('Hadley held a briefing.', [], memory))).toEqual([
      {text: 'Hadley', offset: 0, person: 'unregistered-steve-hadley'},
    ]);
    expect(matcher.find('Hadley held a briefing.')).toEqual([]);
  });

  it.each([
    ['White House Communications Director Dan Bartlett spoke.', 'Dan Bartlett'],
    ['Deputy National Security Adviser Steve Hadley accepted blame.', 'Steve Hadley'],
    ['He spoke with Director of Central Intelligence George Tenet in October.', 'George Tenet'],
    ['Mohammed Ali fought.', 'Mohammed Ali'],
  ])('leaves a job before a name outside the mention: “%s”', (input, name) => {
    expect(texts(matcher.find(input))).toEqual([name]);
  });

  it('does not grow a name into the next one that starts on the next line', () => {
    const input = 'Press Briefing by National Security Advisor Stephen Hadley\nJames S. Brady Press Briefing Room';
    expect(texts(matcher.find(input))[0]).toBe('Stephen Hadley');
  });

  it('detects Angela Merkel next to registered people', () => {
    const input = 'Angela Merkel met Bush.';
    expect(summary(matcher.find(input))).toEqual([
      {text: 'Angela Merkel', offset: 0, person: 'unregistered-angela-merkel'},
      {text: 'Bush', offset: 18, person: bush},
    ]);
  });

  it.each([
    'Yet, earlier this month the talks resumed.',
    'The Bush administration has applied this formula with success to Libya.',
    'North Korea and Nazi Germany are not people.',
    'The National Intelligence Estimate, the White House, the United States and American Progress.',
    'Iran’s leaders, according to the NIE, are not war-mongers.',
    'He said that she would tell them.',
  ])('detects nobody in “%s”', (input) => {
    expect(matcher.find(input)).toEqual([]);
  });

  it('drops a lone given name that the registry lacks as an alias (“Kim’s letter”)', () => {
    expect(matcher.find('Later, Kim’s letter arrived.')).toEqual([]);
  });

  it('drops compromise’s fragments that overlap a registered name (“president Kim Jong”)', () => {
    const input = 'North Korea’s president Kim Jong Il wrote.';
    expect(matcher.find(input).map(({person, registered}) => [person, registered])).toEqual([[kim, true]]);
  });

  it('detects names whose first word the lexicon does not know, from the known name after it', () => {
    const input = 'The talks, led by Hu Jintao and Wu Dawei, ended when Saddam Hussein and Bill Clinton spoke.';
    expect(texts(matcher.find(input))).toEqual(['Hu Jintao', 'Wu Dawei', 'Saddam Hussein', 'Bill Clinton']);
  });

  it('starts a name at a word compromise reads as a name only in context (“Dick Cheney”)', () => {
    expect(texts(matcher.find('The speech that Dick Cheney gave was short.'))).toEqual(['Dick Cheney']);
  });

  it('knows names of several words and guesses family names it does not list', () => {
    const input = 'Paris Hilton visited Georgia O’Keeffe.';
    expect(texts(matcher.find(input))).toEqual(['Paris Hilton', 'Georgia O’Keeffe']);
  });

  it('leaves organisations and places named after people untagged', () => {
    for (const input of [
      'The Clinton Foundation, the Carter Center and Reagan National Airport are not people.',
      'Jackson Hole and Fort Jackson are not people, and Sierra Leone is a country.',
    ]) {
      expect(matcher.find(input)).toEqual([]);
    }
  });

  it('keeps a given name before an organisation or place word (“Samantha Power”, “Christopher Hill”)', () => {
    const input = 'Samantha Power and Christopher Hill spoke.';
    expect(texts(matcher.find(input))).toEqual(['Samantha Power', 'Christopher Hill']);
  });

  it('reads a capitalised verb after a given name as a surname in running text, not in a headline', () => {
    expect(texts(matcher.find('Columnist George Will wrote that Edward Said was right.'))).toEqual([
      'George Will',
      'Edward Said',
    ]);
    expect(texts(matcher.find('Angela Merkel Met Bush in Berlin'))).toEqual(['Angela Merkel', 'Bush']);
  });

  it('detects nobody when detection is off', () => {
    const namesOnly = createPeopleMatcher(registry, {detectUnregistered: false});
    expect(texts(namesOnly.find('Secretary of State Condoleezza Rice met Bush.'))).toEqual(['Bush']);
  });

  it('detects people with an empty registry', () => {
    expect(texts(createPeopleMatcher([]).find('Angela Merkel met Christopher Hill.'))).toEqual([
      'Angela Merkel',
      'Christopher Hill',
    ]);
  });
});

describe('unregisteredPersonId', () => {
  it('makes a kebab-case ASCII slug, dropping accents and apostrophes', () => {
    expect(unregisteredPersonId('Condoleezza Rice')).toBe('unregistered-condoleezza-rice');
    expect(unregisteredPersonId('José Ramos-Horta')).toBe('unregistered-jose-ramos-horta');
    expect(unregisteredPersonId('Sean O’Brien')).toBe('unregistered-sean-obrien');
  });
});

describe('the public API', () => {
  it('exports the matcher, the institution nouns and the id maker, and nothing else', () => {
    expect(Object.keys(people).sort()).toEqual(['createPeopleMatcher', 'institutionNouns', 'unregisteredPersonId']);
  });

  it('returns sorted, non-overlapping mentions whose text is the input’s text at their offset', () => {
    for (const input of [...paragraphs, 'Secretary of State Condoleezza Rice met Bush’s envoy Christopher Hill.']) {
      expectWellFormed(input, matcher.find(input, thePresident));
    }
  });
});

describe('speaker labels, roles and things named after people', () => {
  const find = (paragraphs: readonly string[], registry: readonly people.PersonEntry[] = []) => {
    const matcher = people.createPeopleMatcher(registry);
    const memory: people.PeopleMemory = {surnames: new Map()};
    return paragraphs.map((paragraph) => matcher.find(paragraph, [], memory));
  };
  const short = (mentions: readonly people.PersonMention[]) => mentions.map((m) => [m.text, m.person, m.via]);

  it('reads a speaker label in capitals as the person named in full before it', () => {
    const [, second] = find(['Jane Q. Public, Spokeswoman', 'MS. PUBLIC: Good afternoon, everybody.']);
    expect(short(second!)).toEqual([['MS. PUBLIC', 'unregistered-jane-q-public', 'detected']]);
  });

  it('reads a speaker label as a registered person by the surname of the registry name', () => {
    const [only] = find(['ASSISTANT SECRETARY HILL: Thank you.'], [{id: 'christopher-hill', name: 'Christopher Hill', aliases: []}]);
    expect(short(only!)).toEqual([['ASSISTANT SECRETARY HILL', 'christopher-hill', 'alias']]);
  });

  it('does not read “QUESTION:” or “THE PRESIDENT:” as a named speaker', () => {
    const [only] = find(['QUESTION: Is that right?\nTHE PRESIDENT: It is.']);
    expect(only).toEqual([]);
  });

  it('finds a name after a long title, with a middle initial', () => {
    const [only] = find(['House Majority Leader Jane Q. Public spoke first.']);
    expect(short(only!)).toEqual([['Jane Q. Public', 'unregistered-jane-q-public', 'detected']]);
  });

  it('reads a surname alone in a later paragraph as the person named in full before', () => {
    const [, second] = find(['Ambassador Alan Smithers arrived.', 'Later, Smithers declined to comment.']);
    expect(short(second!)).toEqual([['Smithers', 'unregistered-alan-smithers', 'detected']]);
  });

  it('keeps a family name first with a hyphenated given name, and a one-word alias from claiming it', () => {
    const [first, second] = find(
      ['Minister Lee Sang-hoon met Kim Dae-sung today.', 'LEE: We agreed.\nMINISTER LEE: We agreed.'],
      [{id: 'someone-kim', name: 'Someone Kim', aliases: ['Kim']}],
    );
    expect(short(first!)).toEqual([
      ['Lee Sang-hoon', 'unregistered-lee-sang-hoon', 'detected'],
      ['Kim Dae-sung', 'unregistered-kim-dae-sung', 'detected'],
    ]);
    expect(short(second!)).toEqual([['MINISTER LEE', 'unregistered-lee-sang-hoon', 'detected']]);
  });

  it('infers the bare role as the one person named with that title, and marks it inferred', () => {
    const [, second] = find(['Governor Ann Example signed it.', 'The Governor said the Governor’s aides agreed.']);
    expect(short(second!)).toEqual([
      ['The Governor', 'unregistered-ann-example', 'inferred'],
      ['the Governor', 'unregistered-ann-example', 'inferred'],
    ]);
  });

  it('infers nothing when two people hold the title, or for another office (“the President of Iran”)', () => {
    const [, second] = find(['President Alpha met President Beta.', 'The President spoke.']);
    expect(second).toEqual([]);
    const [, other] = find(['President Alpha Gamma spoke.', 'He met the President of Iran.']);
    expect(other).toEqual([]);
  });

  it('lets the annotation file’s coreference win over an inference', () => {
    const matcher = people.createPeopleMatcher([]);
    const memory: people.PeopleMemory = {surnames: new Map()};
    matcher.find('Secretary Ann Example arrived.', [], memory);
    const found = matcher.find('The Secretary spoke.', [{phrase: 'the Secretary', person: 'someone-else'}], memory);
    expect(short(found)).toEqual([['The Secretary', 'someone-else', 'coreference']]);
  });

  it('reads a form of address as the one holder of the role who is not speaking', () => {
    const [, , third] = find([
      'Ambassador Alan Smithers met Secretary Ann Example.',
      'SECRETARY EXAMPLE: Welcome.',
      'Thank you, Mr. Ambassador.',
    ]);
    expect(short(third!)).toEqual([['Mr. Ambassador', 'unregistered-alan-smithers', 'inferred']]);
  });

  it.each([
    'The John Example National Defense Authorization Act passed.',
    'She won the Alan Smithers Prize for poetry.',
    'He works in the Ann Example Federal Building.',
    'The USS Alan Smithers docked.',
  ])('does not tag a person inside a thing named after them: “%s”', (text) => {
    const [only] = find([text]);
    expect(only).toEqual([]);
  });

  it('still reads a later bare surname as the person a law is named after', () => {
    const [, second] = find(['The John Example Act passed.', 'Example is the senator from Virginia.']);
    expect(short(second!)).toEqual([['Example', 'unregistered-john-example', 'detected']]);
    expect(second![0]!.name).toBe('John Example');
  });

  it('skips a registered surname inside a thing named after the person', () => {
    const [only] = find(['The Bush Presidential Library opened.'], [{id: 'george-w-bush', name: 'George W. Bush', aliases: ['Bush']}]);
    expect(only).toEqual([]);
  });
});

describe('hyphenated given names and pronunciation guides', () => {
  const find = (text: string) => people.createPeopleMatcher([]).find(text, [], {surnames: new Map()}).map((m) => [m.text, m.person]);

  it('takes a family name the lexicon reads as a verb before a hyphenated given name', () => {
    expect(find('The talks with Ban Ki-moon ended.')).toEqual([['Ban Ki-moon', 'unregistered-ban-ki-moon']]);
  });

  it('leaves a pronunciation guide in parentheses outside the name and untagged', () => {
    expect(find('French President Nicolas Sarkozy (sar-KO-zee) spoke, and so did Ban Ki-moon (bahn gee-moon).')).toEqual([
      ['Nicolas Sarkozy', 'unregistered-nicolas-sarkozy'],
      ['Ban Ki-moon', 'unregistered-ban-ki-moon'],
    ]);
  });

  it('still reads the surname after a guide as the same person', () => {
    const matcher = people.createPeopleMatcher([]);
    const memory: people.PeopleMemory = {surnames: new Map()};
    matcher.find('Robert Mugabe (moo-GAH-bee) refused.', [], memory);
    expect(matcher.find('Mugabe left.', [], memory).map((m) => m.person)).toEqual(['unregistered-robert-mugabe']);
  });
});
