import { describe, expect, it } from 'vitest';
import { parseQuery, termGroups } from '../../src/lib/search/query.ts';
import { narrowMarks, pageMatches, rankSentences, type RankedRecord } from '../../src/lib/search/rank.ts';
import { words, type SentenceEntry } from '../../src/lib/views/search-hits.ts';

/** An article record from sentences, each with its note title and body. */
function record(url: string, sentences: Array<{ id: string; text: string; title?: string; body?: string; verdict?: string }>): RankedRecord {
  const content: string[] = words('Title of the article');
  const entries: SentenceEntry[] = [];
  for (const sentence of sentences) {
    const start = content.length;
    content.push(...words(sentence.text));
    const own = content.length;
    const titles: Array<[number, number]> = [];
    if (sentence.title) {
      titles.push([content.length, content.length + words(sentence.title).length]);
      content.push(...words(sentence.title));
    }
    if (sentence.body) content.push(...words(sentence.body));
    entries.push({ id: sentence.id, at: [start, own, content.length], titles, type: 'Fact', ...(sentence.verdict ? { verdict: sentence.verdict } : {}) });
  }
  return { url, content: content.join(' '), entries };
}

const op = record('/articles/op/', [
  { id: 'first', text: 'Bush wrote to the leader in December.', title: 'The letter', body: 'Iran was not mentioned; preconditions neither.' },
  { id: 'iran', text: 'Talks with Iran should come without preconditions.', title: 'Talks', body: 'Iran refused.' },
  { id: 'note-only', text: 'It should.', title: 'Preconditions for talks', body: 'Iran again.' },
  { id: 'body-only', text: 'The president is right.', title: 'Agreement', body: 'He spoke of preconditions and Iran.' },
  { id: 'pygmy', text: 'Bush once called Kim Jong Il a “pygmy”.', title: 'A private remark', body: 'Reported by Newsweek.', verdict: 'Needs context' },
]);

const ids = (query: string, records = [op]) => rankSentences(records, parseQuery(query, termGroups([['Iran', 'Tehran']], [{ name: 'Kim Jong Il', aliases: ['Kim Jong-il'] }])).concepts).hits.map((hit) => hit.id);

describe('ranking sentences', () => {
  it('ranks the op-ed’s own words above a note’s title, and a title above a note’s body, whatever the reading order', () => {
    expect(ids('preconditions')).toEqual(['iran', 'note-only', 'body-only', 'first']);
  });

  it('counts a rare word for more than one most sentences hold', () => {
    // "Iran" is in four sentences' parts, "pygmy" in one: a sentence with only "pygmy" beats one with only "Iran".
    expect(ids('Iran pygmy')[0]).toBe('pygmy');
    expect(ids('talks Tehran')[0]).toBe('iran');
  });

  it('finds a name by its other spelling, and matches phrases only in a row', () => {
    expect(ids('Kim Jong-il')).toEqual(['pygmy']);
    expect(ids('called Kim')[0]).toBe('pygmy');
  });

  it('matches a compound typed with hyphens only where its words stand in a row', () => {
    const talks = record('/articles/talks/', [
      { id: 'apart', text: 'Face the facts: talk to them.' },
      { id: 'together', text: 'A face-to-face meeting.' },
    ]);
    expect(ids('face-to-face', [talks])).toEqual(['together']);
  });

  it('puts the shorter of two sentences that match alike first, whatever the reading order', () => {
    const long = record('/articles/long/', [{ id: 'long', text: 'A dangerous adversary, said the minister, at some length and with much else.' }]);
    const short = record('/articles/short/', [{ id: 'short', text: 'A dangerous adversary.' }]);
    expect(ids('adversary', [long, short])).toEqual(['short', 'long']);
  });

  it('matches nothing for a word no sentence holds, even if short words share its first letter', () => {
    expect(ids('ahmadinijad')).toEqual([]);
    expect(ids('a')).toEqual(['pygmy']);
  });

  it('ranks across records: the best sentence of any article first', () => {
    const other = record('/articles/other/', [{ id: 'elsewhere', text: 'Preconditions, preconditions: Iran again.' }]);
    expect(ids('preconditions Iran', [op, other]).slice(0, 2).sort()).toEqual(['elsewhere', 'iran']);
  });

  it('puts a sentence with a verdict before one without that matches alike, but not before a better match', () => {
    const plain = record('/articles/plain/', [{ id: 'plain', text: 'The same pragmatism again.' }]);
    const checked = record('/articles/checked/', [{ id: 'checked', text: 'The same pragmatism here.', verdict: 'Accurate' }]);
    // Read first, the sentence without a verdict would win the tie.
    expect(ids('pragmatism', [plain, checked])).toEqual(['checked', 'plain']);
    const noted = record('/articles/noted/', [{ id: 'noted', text: 'It should.', title: 'A title', body: 'Pragmatism, said the note.', verdict: 'Accurate' }]);
    expect(ids('pragmatism', [noted, plain])).toEqual(['plain', 'noted']);
  });

  it('keeps only sentences that carry the filters chosen, and marks the matched words in a spaced excerpt', () => {
    const { hits } = rankSentences([op], parseQuery('Bush').concepts, { verdict: ['Needs context'] });
    expect(hits.map((hit) => hit.id)).toEqual(['pygmy']);
    expect(hits[0]!.verdict).toBe('Needs context');
    expect(hits[0]!.url).toBe('/articles/op/#pygmy');
    const text = hits[0]!.excerpt.map((part) => part.text).join('');
    expect(text).toContain('Bush once called Kim');
    expect(hits[0]!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['Bush']);
  });
});

describe('pages', () => {
  it('match only where their text holds a concept', () => {
    expect(pageMatches('A page about Ahmadinejad and a speech', parseQuery('Ahmadinejad').concepts).matched).toEqual([true]);
    expect(pageMatches('A page about a speech', parseQuery('Ahmadinijad').concepts).matched).toEqual([false]);
  });
});

describe('marks in excerpts', () => {
  it('mark the matched word alone inside a run of punctuation and joined words, and keep the spaces', () => {
    const parts = narrowMarks(
      [
        { text: 'called him a ', mark: false },
        { text: '“pygmy”—and', mark: true },
        { text: ' his distaste', mark: false },
      ],
      parseQuery('pygmy').concepts,
    );
    expect(parts).toEqual([
      { text: 'called him a “', mark: false },
      { text: 'pygmy', mark: true },
      { text: '”—and his distaste', mark: false },
    ]);
  });
});
