import { describe, expect, it } from 'vitest';
import { citedSources, notesPerLayer, summariseEdition } from '../../src/lib/views/summary.ts';
import { emptyModel, type ClaimRecord } from '../../src/lib/model/model.ts';

const claim = (id: string, type: ClaimRecord['type'], verdict?: ClaimRecord['verdict']): ClaimRecord => ({
  id,
  text: id,
  type,
  typeCurated: false,
  checkWorthiness: 'check-worthy',
  rules: [],
  verdict,
  notes: [],
  people: [],
  dates: [],
  block: 0,
  start: 0,
  end: 1,
});

describe('summariseEdition', () => {
  it('counts sentences by type and by their gravest verdict (as the ledger files them), in the documented order, leaving out zeros', () => {
    const model = emptyModel('x', '2007-12-06');
    // Sentence b holds an inaccurate and an accurate claim: the model files it under the gravest, inaccurate.
    model.claims = [claim('a', 'opinion', 'not-checkable'), claim('b', 'fact', 'inaccurate'), claim('c', 'fact', 'accurate'), claim('d', 'fact')];
    const note = (id: string, layer: 'claim' | 'date', verdict?: ClaimRecord['verdict']) => ({
      id, layer, number: 1, quote: { exact: id }, body: '', verdict, events: [], sources: [], block: 0, start: 0, end: 1,
    });
    // Four checks, one more than the sentences with a verdict: the count is of sentences, not of checks.
    model.notes = [note('n1', 'claim', 'not-checkable'), note('n2', 'claim', 'inaccurate'), note('n3', 'claim', 'accurate'), note('n4', 'claim', 'accurate'), note('n5', 'date')];
    const summary = summariseEdition(model);
    expect(summary.sentences).toBe(4);
    expect(summary.types).toEqual([
      { type: 'fact', count: 3 },
      { type: 'opinion', count: 1 },
    ]);
    expect(summary.verdicts).toEqual([
      { verdict: 'accurate', count: 1 },
      { verdict: 'inaccurate', count: 1 },
      { verdict: 'not-checkable', count: 1 },
    ]);
  });

  it('summarises an article with no claims as zeros and empty lists', () => {
    expect(summariseEdition(emptyModel('x', '2007-12-06'))).toEqual({ sentences: 0, notes: 0, people: 0, dates: 0, types: [], verdicts: [] });
  });
});

describe('citedSources', () => {
  it('lists each URL once with every note citing it, primary sources first, then oldest first', () => {
    const model = emptyModel('x', '2007-12-06');
    const source = (url: string, date?: string, primary?: boolean) => ({ title: url, publisher: 'P', url, date, primary });
    const note = (id: string, sources: ReturnType<typeof source>[]) => ({
      id, layer: 'claim' as const, number: 1, quote: { exact: id }, body: '', events: [], sources, block: 0, start: 0, end: 1,
    });
    model.notes = [
      note('n1', [source('https://b.example/', '2008-01-01'), source('https://a.example/', '2007-12-07')]),
      note('n2', [source('https://a.example/', '2007-12-07'), source('https://gov.example/', '2009-01-01', true)]),
    ];
    expect(citedSources(model).map((cited) => [cited.url, cited.notes])).toEqual([
      ['https://gov.example/', ['n2']],
      ['https://a.example/', ['n1', 'n2']],
      ['https://b.example/', ['n1']],
    ]);
  });
});

describe('notesPerLayer', () => {
  it('counts the notes of each layer and leaves out layers with none', () => {
    const model = emptyModel('x', '2007-12-06');
    const note = (id: string, layer: 'claim' | 'date' | 'person' | 'context') => ({
      id, layer, number: 1, quote: { exact: id }, body: '', events: [], sources: [], block: 0, start: 0, end: 1,
    });
    model.notes = [note('a', 'claim'), note('b', 'claim'), note('c', 'date')];
    expect(notesPerLayer(model)).toEqual({ claim: 2, date: 1 });
  });
});
