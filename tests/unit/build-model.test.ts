/**
 * The model builder is a pure function of text blocks and inputs: no tree, no file. These tests call it on
 * text alone; the plugin fixtures cover it through remark.
 */
import { describe, expect, it } from 'vitest';
import { buildEditionModel, type TextBlock } from '../../src/lib/model/build.ts';
import { claimId } from '../../src/lib/tagging/ids.ts';
import { annotationsSchema, personSchema } from '../../src/lib/content/schema.ts';

const registry = new Map([['george-w-bush', personSchema.parse({ name: 'George W. Bush', aliases: ['President Bush', 'Bush'], roleThen: 'President' })]]);
const blocks: TextBlock[] = [
  { text: 'A Letter', kind: 'heading' },
  { text: 'President Bush wrote to Kim earlier this week. The reply came in October 2006.', kind: 'paragraph' },
];
const inputs = { slug: 'letter', published: '2007-12-06', registry };

describe('buildEditionModel', () => {
  it('gives every record offsets into the model’s own text', () => {
    const { model, problems } = buildEditionModel(blocks, inputs);
    expect(problems).toEqual([]);
    expect(model.text).toBe(`A Letter\n\n${blocks[1]!.text}`);
    expect(model.claims.map((claim) => model.text.slice(claim.start, claim.end))).toEqual([
      'President Bush wrote to Kim earlier this week.',
      'The reply came in October 2006.',
    ]);
    expect(model.mentions.map((mention) => [model.text.slice(mention.start, mention.end), mention.person])).toEqual([['President Bush', 'george-w-bush']]);
    expect(model.dates.map((date) => [model.text.slice(date.start, date.end), date.value])).toEqual([
      ['earlier this week', '2007-W49'],
      ['October 2006', '2006-10'],
    ]);
    // A heading is a label, not a claim.
    expect(model.claims.every((claim) => claim.block === 1)).toBe(true);
  });

  it('returns the spans to mark, sentences before the people and dates inside them', () => {
    const { spans } = buildEditionModel(blocks, inputs);
    expect(spans.map((span) => span.kind)).toEqual(['claim', 'claim', 'person', 'date', 'date']);
  });

  it('hashes sentence ids with the id scope, and without one as the first edition did', () => {
    const plain = buildEditionModel(blocks, inputs).model.claims[0]!.id;
    const scoped = buildEditionModel(blocks, { ...inputs, idScope: 'letter' }).model.claims[0]!.id;
    // The id the first edition gave this sentence (its claimId, before id scopes existed).
    expect(plain).toBe('president-bush-wrote-to-kim-earlier-eowu');
    expect(scoped).not.toBe(plain);
    expect(scoped).toBe(claimId('President Bush wrote to Kim earlier this week.', 'letter'));
  });

  it('stops at a note whose quote is not in the text, with the note’s field to point at', () => {
    const annotations = annotationsSchema.parse({
      byline: 'x',
      updated: '2007-12-07',
      notes: [{ id: 'reply', layer: 'context', quote: { exact: 'The answer came' }, body: 'A note.' }],
    });
    const { problems, model } = buildEditionModel(blocks, { ...inputs, annotations });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: 'annotate/quote-missing', fatal: true, field: { path: ['notes', 0, 'quote', 'exact'] } });
    expect(model.notes).toEqual([]);
  });

  it('leaves a name a quote cuts in two untagged, with a warning placed in the text', () => {
    const annotations = annotationsSchema.parse({
      byline: 'x',
      updated: '2007-12-07',
      notes: [{ id: 'wrote', layer: 'context', quote: { exact: 'Bush wrote' }, body: 'A note.' }],
    });
    const { problems, model } = buildEditionModel(blocks, { ...inputs, annotations });
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'people/cut-by-quote', fatal: false, text: { block: 1, offset: 0 } })]);
    expect(model.mentions).toEqual([]);
    expect(model.notes.map((note) => [note.id, note.claim])).toEqual([['wrote', model.claims[0]!.id]]);
  });
});

describe('the people of the model', () => {
  it('name a person the register lacks by the fullest name the text gives, wherever it comes', () => {
    const text = 'President Roh arrived on Monday. Later, Roh Moo-hyun spoke to reporters.';
    const { model } = buildEditionModel([{ text, kind: 'paragraph' }], { slug: 's', published: '2007-12-06', registry: new Map() });
    expect(model.people).toEqual([{ id: 'unregistered-roh', name: 'Roh Moo-hyun', registered: false, mentions: 2 }]);
  });
});
