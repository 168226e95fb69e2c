import { describe, expect, it } from 'vitest';
import { claimNeighbours, filterOptions, filterVerdicts, groupLedger, hasClaimPage, ledgerClaims, ledgerIntro, ledgerListing, notesForClaim, uniqueSources, unlistedCount, verdictsOf, type LedgerArticle, type LedgerClaim } from '../../src/lib/views/ledger.ts';
import { classifierType, describeType, firedRules, mayNamePerson, mentionContext, namesPerson, wordSetOf } from '../../src/lib/views/claim-detail.ts';
import { groupPeople, peopleDirectory } from '../../src/lib/views/people.ts';
import { emptyModel, type ClaimRecord, type EditionModel, type NoteRecord, type PersonMentionRecord } from '../../src/lib/model/model.ts';
import type { Person, Source } from '../../src/lib/content/schema.ts';
import { CLAIM_TYPE_LABELS } from '../../src/lib/views/labels.ts';
import type { ClaimType } from '../../src/lib/tagging/claims.ts';

// A small article in the shape of the op-ed's first paragraphs: positions are offsets in `text`.
const text = 'Bush wrote to Kim Jong Il. The letter is a good sign. It should be followed by more. Talks will come.';

function claim(id: string, sentence: string, overrides: Partial<ClaimRecord> = {}): ClaimRecord {
  const start = text.indexOf(sentence);
  return {
    id,
    text: sentence,
    type: 'fact',
    typeCurated: false,
    checkWorthiness: 'check-worthy',
    rules: ['fact.statement'],
    notes: [],
    people: [],
    dates: [],
    block: 0,
    start,
    end: start + sentence.length,
    ...overrides,
  };
}

function note(id: string, number: number, exact: string, overrides: Partial<NoteRecord> = {}): NoteRecord {
  const start = text.indexOf(exact);
  return {
    id,
    layer: 'claim',
    number,
    quote: { exact },
    body: '…',
    events: [],
    sources: [],
    block: 0,
    start,
    end: start + exact.length,
    ...overrides,
  };
}

function source(title: string, primary = false): Source {
  return { title, publisher: 'Publisher', url: `https://example.org/${title}`, ...(primary ? { primary } : {}) };
}

function model(): EditionModel {
  const base = emptyModel('letter', '2007-12-06');
  const wrote = note('wrote', 1, 'Bush wrote', { claim: 's1', verdict: 'accurate', sources: [source('a'), source('b', true)] });
  const title = note('kim-title', 2, 'Kim Jong Il', { claim: 's1', verdict: 'inaccurate', sources: [source('a'), source('c')] });
  const person = note('person-kim', 3, 'Jong Il', { claim: 's1', layer: 'person', person: 'kim-jong-il' });
  // Spans two sentences, so the model gives it no sentence.
  const sign = note('good-sign', 4, 'good sign. It should', { verdict: 'not-checkable' });
  return {
    ...base,
    text,
    claims: [
      claim('s1', 'Bush wrote to Kim Jong Il.', { notes: ['wrote', 'kim-title', 'person-kim'], people: ['george-w-bush', 'kim-jong-il'], verdict: 'inaccurate' }),
      claim('s2', 'The letter is a good sign.', { type: 'opinion', typeCurated: true, rules: ['opinion.evaluative-adjective'], checkWorthiness: 'non-factual' }),
      claim('s3', 'It should be followed by more.', { type: 'recommendation', rules: ['recommendation.modal-should'], checkWorthiness: 'non-factual' }),
      claim('s4', 'Talks will come.', { type: 'prediction', rules: ['prediction.future-modal'], checkWorthiness: 'non-factual', block: 1 }),
    ],
    notes: [wrote, title, person, sign],
    mentions: [mention('s1--george-w-bush', 'george-w-bush', 'Bush', 's1'), mention('s1--kim-jong-il', 'kim-jong-il', 'Kim Jong Il', 's1')],
    people: [
      { id: 'george-w-bush', name: 'George W. Bush', registered: true, mentions: 1 },
      { id: 'kim-jong-il', name: 'Kim Jong Il', registered: true, mentions: 1 },
    ],
  };
}

function mention(id: string, person: string, words: string, claimId: string, registered = true): PersonMentionRecord {
  const start = text.indexOf(words);
  return { id, person, text: words, registered, via: 'name', claim: claimId, block: 0, start, end: start + words.length };
}

const article: LedgerArticle = { slug: 'letter', title: 'The Letter', model: model() };

describe('the notes that bear on a sentence', () => {
  it('are the notes anchored in it plus a note whose quote spans it and the next sentence', () => {
    const m = model();
    expect(notesForClaim(m.claims[0]!, m.notes).map((n) => n.id)).toEqual(['wrote', 'kim-title', 'person-kim']);
    expect(notesForClaim(m.claims[1]!, m.notes).map((n) => n.id)).toEqual(['good-sign']);
    expect(notesForClaim(m.claims[2]!, m.notes).map((n) => n.id)).toEqual(['good-sign']);
    expect(notesForClaim(m.claims[3]!, m.notes)).toEqual([]);
  });

  it('give a sentence a page of its own, a sentence no note touches none', () => {
    const m = model();
    expect(m.claims.map((c) => hasClaimPage(c, m.notes))).toEqual([true, true, true, false]);
    expect(ledgerClaims([article]).map((entry) => entry.page)).toEqual([true, true, true, false]);
    // Without its notes, the first sentence has nothing to show on a page.
    expect(hasClaimPage(m.claims[0]!, m.notes.filter((n) => n.claim !== 's1'))).toBe(false);
  });

  it('yield their verdicts most serious first, each once', () => {
    const m = model();
    expect(verdictsOf(m.notes)).toEqual(['inaccurate', 'accurate', 'not-checkable']);
  });
});

describe('the ledger', () => {
  const claims = ledgerClaims([article]);

  it('lists every sentence in reading order with its number, paragraph and checks', () => {
    expect(claims.map((entry) => [entry.claim.id, entry.number, entry.of, entry.paragraph])).toEqual([
      ['s1', 1, 4, 1],
      ['s2', 2, 4, 1],
      ['s3', 3, 4, 1],
      ['s4', 4, 4, 2],
    ]);
    // The person note bears on the sentence but is not a check.
    expect(claims[0]!.notes).toHaveLength(3);
    expect(claims[0]!.checks.map((n) => n.id)).toEqual(['wrote', 'kim-title']);
  });

  it('lists every sentence up to the page limit, and above it those notes bear on, counting the others by type', () => {
    expect(ledgerListing(claims, 4)).toEqual({ listed: claims, counted: [] });
    // Sentences of every type, with and without a page, out of the method page's order.
    const sentence = (id: string, type: ClaimType, page: boolean): LedgerClaim => ({ ...claims[0]!, claim: { ...claims[0]!.claim, id, type }, page });
    const mixed = [
      sentence('a', 'prediction', false),
      sentence('b', 'fact', true),
      sentence('c', 'opinion', false),
      sentence('d', 'prediction', false),
      sentence('e', 'fact', false),
      sentence('f', 'opinion', true),
    ];
    const listing = ledgerListing(mixed, 5);
    expect(listing.listed.map((entry) => entry.claim.id)).toEqual(['b', 'f']);
    expect(listing.counted).toEqual([
      { value: 'fact', label: CLAIM_TYPE_LABELS.fact, count: 1 },
      { value: 'opinion', label: CLAIM_TYPE_LABELS.opinion, count: 1 },
      { value: 'prediction', label: CLAIM_TYPE_LABELS.prediction, count: 2 },
    ]);
    expect(unlistedCount(listing.counted)).toBe(4);
  });

  it('says what the page lists: every sentence, or those notes bear on and how many others are counted', () => {
    const totals = { sentences: 6, withVerdict: 2, checks: 3 };
    const all = ledgerIntro({ listed: claims, counted: [] }, totals);
    expect(all.description).toMatch(/^Every sentence of the text, classified/);
    expect(all.lede).toBe('Every sentence of the text, with its type, whether it is worth checking, what was known then and what happened next. 2 of the 6 sentences have a verdict, from 3 checks.');
    const some = ledgerIntro({ listed: claims.slice(0, 2), counted: [{ value: 'fact', label: 'Fact', count: 4 }] }, { ...totals, withVerdict: 6 });
    expect(some.description).toMatch(/^The sentences the edition’s notes bear on/);
    expect(some.lede).toBe('The 2 sentences that notes bear on, with their type, whether they are worth checking, what was known then and what happened next; the other 4 sentences are counted at the end. All 6 sentences have a verdict, from 3 checks.');
  });

  it('files a sentence under its most serious verdict, whatever the last note said', () => {
    const m = model();
    m.claims[0]!.verdict = 'accurate';
    const [first] = ledgerClaims([{ ...article, model: m }]);
    expect(first!.verdict).toBe('inaccurate');
    expect(first!.verdicts).toEqual(['inaccurate', 'accurate']);
  });

  it('lists the checks’ sources once each, primary first', () => {
    expect(claims[0]!.sources.map((s) => s.title)).toEqual(['b', 'a', 'c']);
    expect(uniqueSources([source('x'), source('y', true), source('x')]).map((s) => s.title)).toEqual(['y', 'x']);
  });

  it('groups by verdict in the method page’s order, then sentences without a verdict by type, leaving out empty groups', () => {
    const groups = groupLedger(claims);
    expect(groups.map((group) => [group.id, group.claims.map((entry) => entry.claim.id)])).toEqual([
      ['verdict-inaccurate', ['s1']],
      ['verdict-not-checkable', ['s2', 's3']],
      ['type-prediction', ['s4']],
    ]);
    expect(groups[2]!.label).toBe('No verdict: prediction');
    // Every sentence is in exactly one group.
    expect(groups.flatMap((group) => group.claims).length).toBe(claims.length);
  });

  it('offers filters for the verdicts and types that occur, counting a sentence under its gravest verdict, as its section does', () => {
    const { verdicts, types } = filterOptions(claims);
    expect(verdicts).toEqual([
      { value: 'inaccurate', label: 'Inaccurate', count: 1 },
      { value: 'not-checkable', label: 'Not checkable', count: 2 },
      { value: 'none', label: 'No verdict', count: 1 },
    ]);
    expect(types.map((option) => [option.value, option.count])).toEqual([
      ['fact', 1],
      ['opinion', 1],
      ['recommendation', 1],
      ['prediction', 1],
    ]);
    expect(filterVerdicts(claims[0]!)).toBe('inaccurate');
    expect(filterVerdicts(claims[3]!)).toBe('none');
  });

  it('links each sentence to its neighbours within the same article only', () => {
    const other: LedgerArticle = {
      slug: 'other',
      title: 'Other',
      model: { ...emptyModel('other', '2008-01-01'), claims: [claim('t1', 'Bush wrote to Kim Jong Il.')] },
    };
    const both = ledgerClaims([article, other]);
    expect(claimNeighbours(both, 's1').previous).toBeUndefined();
    expect(claimNeighbours(both, 's2').previous?.claim.id).toBe('s1');
    expect(claimNeighbours(both, 's2').next?.claim.id).toBe('s3');
    expect(claimNeighbours(both, 's4').next).toBeUndefined();
    expect(claimNeighbours(both, 't1')).toEqual({ previous: undefined, next: undefined });
  });

  it('finds the same neighbours by a sentence’s index in the ledger as by its id', () => {
    const other: LedgerArticle = {
      slug: 'other',
      title: 'Other',
      model: { ...emptyModel('other', '2008-01-01'), claims: [claim('t1', 'Bush wrote to Kim Jong Il.')] },
    };
    const both = ledgerClaims([article, other]);
    for (const [index, entry] of both.entries()) expect(claimNeighbours(both, index)).toEqual(claimNeighbours(both, entry.claim.id));
    expect(claimNeighbours(both, both.length)).toEqual({});
  });

  it('refuses two articles whose sentences share an id, naming both', () => {
    expect(() => ledgerClaims([article, { ...article, slug: 'copy' }])).toThrow(/`s1` in both `letter` and `copy`/);
  });
});

describe('classification on the claim page', () => {
  it('names each rule that fired with its description, in order', () => {
    const rules = firedRules(['fact.reported-speech', 'fact.named-actor', 'no.such-rule']);
    expect(rules.map((rule) => rule.id)).toEqual(['fact.reported-speech', 'fact.named-actor', 'no.such-rule']);
    expect(rules[0]!.description).toMatch(/Reports what someone said/);
    expect(rules[0]!.typeLabel).toBe('Fact');
    expect(rules[2]!.description).toMatch(/no longer has/);
  });

  it('says when the editors overruled the classifier, and what the classifier said', () => {
    expect(classifierType(['prediction.hypothetical'])).toBe('prediction');
    expect(describeType({ type: 'opinion', typeCurated: true, rules: ['prediction.hypothetical'] })).toBe(
      'Opinion, set by the editors (the classifier said prediction)',
    );
    expect(describeType({ type: 'fact', typeCurated: true, rules: ['fact.statement'] })).toBe('Fact, confirmed by the editors');
    expect(describeType({ type: 'fact', typeCurated: false, rules: ['fact.statement'] })).toBe('Fact, by the classifier');
  });
});

describe('people', () => {
  const register: Array<{ id: string; data: Person }> = [
    { id: 'george-w-bush', data: { name: 'George W. Bush', aliases: ['Bush', 'President Bush'], roleThen: 'President', rolesLater: [], sources: [] } },
    { id: 'kim-jong-il', data: { name: 'Kim Jong Il', aliases: ['Kim'], roleThen: 'Chairman', rolesLater: [], sources: [] } },
    { id: 'christopher-hill', data: { name: 'Christopher Hill', aliases: ['Chris Hill'], roleThen: 'Envoy', rolesLater: [], sources: [] } },
    { id: 'jane-doe', data: { name: 'Jane Doe', aliases: [], roleThen: 'Author', rolesLater: [], sources: [] } },
    { id: 'nobody-else', data: { name: 'Nobody Else', aliases: [], roleThen: 'None', rolesLater: [], sources: [] } },
  ];

  it('splits a sentence around a mention by offsets', () => {
    const m = model();
    expect(mentionContext(m.mentions[1]!, m.claims[0]!)).toEqual({ before: 'Bush wrote to ', text: 'Kim Jong Il', after: '.' });
  });

  it('finds a name across a line break, and a one-word alias unless it starts someone else’s name', () => {
    const hill = { name: 'Christopher Hill', aliases: ['Hill'] };
    expect(namesPerson('carried by Christopher\nHill to Pyongyang', hill)).toBe(true);
    expect(namesPerson('Hill said no reply had come', hill)).toBe(true);
    expect(namesPerson('Christopher Hillman and a hill', hill)).toBe(false);
    const kim = register[1]!.data;
    expect(namesPerson('the son of Kim Il Sung', kim)).toBe(false);
    expect(namesPerson('Kim’s title', kim)).toBe(true);
  });

  it('rules a person out from a text’s words only when the text cannot name them', () => {
    const people = [
      { name: 'Christopher Hill', aliases: ['Hill'] },
      register[1]!.data,
      { name: 'Pak Ui Chun', aliases: ['Pak'] },
      { name: 'O’Brien', aliases: [] },
      { name: 'José Ramos-Horta', aliases: ['Ramos-Horta'] },
      { name: '…', aliases: [] },
    ];
    const texts = [
      'carried by Christopher\nHill to Pyongyang',
      'Christopher Hillman and a hill',
      'the son of Kim Il Sung',
      'Kim’s title; Pak met O’Brien',
      '(Ramos-Horta) and José',
      'no one at all …',
      'Pakistan, Hills, Kimono, OBrien',
    ];
    let ruledOut = 0;
    for (const text of texts) {
      const words = wordSetOf(text);
      for (const person of people) {
        const may = mayNamePerson(words, person);
        if (namesPerson(text, person)) expect(may, `${person.name} in “${text}”`).toBe(true);
        if (!may) ruledOut += 1;
      }
    }
    expect(ruledOut).toBeGreaterThan(20);
    expect(mayNamePerson(wordSetOf('Pakistan'), { name: 'Pak Ui Chun', aliases: ['Pak'] })).toBe(false);
  });

  it('lists people named in the text, authors, people only in notes, unregistered names and the rest, each with their traces', () => {
    const m = model();
    m.mentions.push(mention('s1--wrote', 'john-smith', 'wrote', 's1', false));
    m.people.push({ id: 'john-smith', name: 'John Smith', registered: false, mentions: 1 });
    const people = peopleDirectory(register, [
      {
        slug: 'letter',
        title: 'The Letter',
        model: m,
        authors: ['jane-doe'],
        noteTexts: [{ id: 'wrote', body: 'Carried by Christopher\nHill.' }],
      },
    ]);
    expect(people.map((person) => [person.id, person.group])).toEqual([
      ['george-w-bush', 'text'],
      ['kim-jong-il', 'text'],
      ['jane-doe', 'author'],
      ['christopher-hill', 'notes'],
      ['john-smith', 'unregistered'],
      ['nobody-else', 'register'],
    ]);
    const kim = people.find((person) => person.id === 'kim-jong-il')!;
    expect(kim.mentions.map((entry) => entry.mention.id)).toEqual(['s1--kim-jong-il']);
    expect(kim.notes).toEqual([expect.objectContaining({ about: true, note: expect.objectContaining({ id: 'person-kim' }) })]);
    const hill = people.find((person) => person.id === 'christopher-hill')!;
    expect(hill.notes.map((entry) => [entry.note.id, entry.about])).toEqual([['wrote', false]]);
    expect(people.find((person) => person.id === 'john-smith')).toMatchObject({ registered: false, name: 'John Smith' });
    expect(people.find((person) => person.id === 'jane-doe')!.authored).toEqual([{ slug: 'letter', title: 'The Letter' }]);
    expect(groupPeople(people).map((group) => [group.label, group.people.length])).toEqual([
      ['Named in the op-ed', 2],
      ['Authors', 1],
      ['In the notes only', 1],
      ['Not in the register', 1],
      ['Also in the register', 1],
    ]);
  });
});
