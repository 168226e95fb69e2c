/**
 * How many record files the result lists fetch: `Hits.atLeast` reads records until it has the results it
 * was asked for, and each file is a request a reader waits for and pays for.
 */
import { describe, expect, it } from 'vitest';
import { RankedHits, type Result, type ResultData } from '../../src/scripts/search.ts';
import { Hits } from '../../src/scripts/search-list.ts';
import { parseQuery } from '../../src/lib/search/query.ts';

/** A page record (one result each) or an article record with `sentences` matching sentences. */
function record(index: number, sentences: number): ResultData {
  if (sentences === 0) return { url: `/page-${index}/`, excerpt: 'a <mark>word</mark>', content: 'a word', locations: [1], meta: { title: `Page ${index}` } };
  const words = Array.from({ length: sentences }, (_, n) => `sentence ${n} word`);
  const content = words.join(' ');
  // Each sentence is three words; the third ("word") is the match.
  const entries = words.map((_, n) => JSON.stringify({ id: `s-${index}-${n}`, at: [n * 3, n * 3 + 3, n * 3 + 3], type: 'Fact' }));
  return {
    url: `/articles/a-${index}/`,
    excerpt: '',
    content,
    locations: words.map((_, n) => n * 3 + 2),
    meta: { title: `Article ${index}` },
    filters: { sentence: entries },
  };
}

/** Results whose records hold the given numbers of matching sentences, counting the files fetched. */
function results(sentencesPerRecord: number[]): { results: Result[]; fetched: number[]; rounds: number[][] } {
  const fetched: number[] = [];
  const rounds: number[][] = [];
  let round: number[] = [];
  const list = sentencesPerRecord.map((sentences, index) => ({
    id: String(index),
    data: async () => {
      fetched.push(index);
      round.push(index);
      // The files of one round are asked for together; the next round starts after they have come.
      queueMicrotask(() => {
        if (round.length > 0) rounds.push(round);
        round = [];
      });
      return record(index, sentences);
    },
  }));
  return { results: list, fetched, rounds };
}

describe('Hits.atLeast', () => {
  it('fetches half the wanted results in records first, and stops when they hold enough', async () => {
    const { results: list, fetched } = results([2, 2, 2, 2, 2, 2, 2, 2]);
    const hits = new Hits(list, {}, true);
    const found = await hits.atLeast(5);
    expect(found.length).toBe(6);
    expect(fetched).toEqual([0, 1, 2]);
    expect(hits.complete).toBe(false);
  });

  it('asks for what is missing over the results per record so far when a round falls short', async () => {
    const { results: list, rounds } = results([1, 1, 1, 1, 1, 1, 1, 1]);
    const found = await new Hits(list, {}, true).atLeast(5);
    expect(found.length).toBe(5);
    // Three records gave three results; two more are missing at one a record.
    expect(rounds).toEqual([[0, 1, 2], [3, 4]]);
  });

  it('goes on from the results per record so far when asked for more', async () => {
    const { results: list, rounds } = results([4, 4, 4, 4, 4, 4, 4, 4, 4]);
    const hits = new Hits(list, {}, true);
    expect((await hits.atLeast(5)).length).toBe(12);
    // 13 more wanted at four a record: four records.
    expect((await hits.atLeast(25)).length).toBe(28);
    expect(rounds).toEqual([[0, 1, 2], [3, 4, 5, 6]]);
  });

  it('never fetches more than `most` files in one round, and stops when no record is left', async () => {
    const { results: list, rounds } = results([0, 0, 0, 0, 0, 0, 0]);
    const hits = new Hits(list, {}, true);
    const found = await hits.atLeast(20, 4);
    expect(found.length).toBe(7);
    expect(hits.complete).toBe(true);
    expect(Math.max(...rounds.map((r) => r.length))).toBeLessThanOrEqual(4);
    expect(rounds.flat()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('ranked hits', () => {
  /** A Pagefind result for a record, found with a score. */
  const found = (id: string, score: number, data: ResultData): Result => ({ id, score, data: async () => data });
  const article = (url: string, sentences: string[]): ResultData => {
    const content: string[] = [];
    const entries = sentences.map((text, n) => {
      const start = content.length;
      content.push(...text.split(' '));
      return JSON.stringify({ id: `${url}-${n}`, at: [start, content.length, content.length], type: 'Fact' });
    });
    return { url, excerpt: '', content: content.join(' '), locations: [], meta: { title: url }, filters: { sentence: entries } };
  };
  const page = (url: string, content: string): ResultData => ({ url, excerpt: '', content, locations: [], meta: { title: url } });

  it('reads first the records that hold the rarest concepts, ranks their sentences, and keeps pages apart', async () => {
    const parsed = parseQuery('preconditions Iran');
    const op = article('op', ['Iran is dangerous.', 'Talk to Iran without preconditions.']);
    const other = article('other', ['Iran again and Iran.']);
    const people = page('people', 'Iran and its people');
    const hits = new RankedHits(
      parsed,
      [
        { word: 'preconditions', results: [found('op', 1, op)] },
        { word: 'iran', results: [found('other', 9, other), found('people', 5, people), found('op', 1, op)] },
      ],
      {},
    );
    const list = await hits.atLeast(3);
    // "op" holds both concepts, so it is read first although Pagefind scores "other" higher for "iran"; its
    // second sentence holds both. Of the two that hold only "Iran", the one that says it twice comes first.
    expect(list.map((hit) => (hit.kind === 'claim' ? hit.id : hit.url))).toEqual(['op-1', 'other-0', 'op-0']);
    expect(hits.pages.map((hit) => hit.url)).toEqual(['people']);
    expect(hits.unmatched).toEqual([]);
  });

  it('reads a record with sentences that have a verdict before one that holds the same concepts, whatever Pagefind scores', async () => {
    const parsed = parseQuery('pragmatism');
    const fetched: string[] = [];
    const counted = (id: string, score: number, data: ResultData): Result => ({ id, score, data: async () => (fetched.push(id), data) });
    const records = ['a', 'b', 'c', 'd'].map((id) => counted(id, id === 'd' ? 1 : 9, article(id, ['Pragmatism wins.', 'Or not.'])));
    const hits = new RankedHits(parsed, [{ word: 'pragmatism', results: records }], {}, new Set(['d']));
    await hits.atLeast(1);
    // The first round reads three records: "d", scored lowest, is one of them; without verdicts it would not be.
    expect(fetched).toContain('d');
    const plain = new RankedHits(parsed, [{ word: 'pragmatism', results: records }], {});
    fetched.length = 0;
    await plain.atLeast(1);
    expect(fetched).not.toContain('d');
  });

  it('drops a page Pagefind matched loosely, and says which concept nothing held', async () => {
    const parsed = parseQuery('Ahmadinijad');
    // Pagefind answers a word it does not know with words that share its first letters, such as "a".
    const hits = new RankedHits(parsed, [{ word: 'ahmadinijad', results: [found('p', 3, page('p', 'a page about a speech'))] }], {});
    expect(await hits.atLeast(5)).toEqual([]);
    expect(hits.pages).toEqual([]);
    expect(hits.unmatched.map((concept) => concept.typed)).toEqual(['ahmadinijad']);
  });
});
