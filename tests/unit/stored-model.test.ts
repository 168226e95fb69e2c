/**
 * The model as the articles loader keeps it (in each article's rendering file): smaller, and exactly the
 * model once read back.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tagArticle } from '../support/pipeline.ts';
import { modelFromStore, storedModel } from '../../src/lib/model/stored.ts';

describe('the stored model', () => {
  it('reads back as a tagged article’s model, through JSON, and leaves out the words its offsets give', async () => {
    const { model } = await tagArticle(join(process.cwd(), 'tests/fixtures/sites/many'), 'report-1');
    expect(model.claims.length).toBeGreaterThan(3);
    expect(model.mentions.length).toBeGreaterThan(0);
    expect(model.dates.length).toBeGreaterThan(0);
    const stored = JSON.parse(JSON.stringify(storedModel(model)));
    expect(modelFromStore(stored)).toEqual(model);
    for (const kind of ['claims', 'mentions', 'dates'] as const) expect(stored[kind].every((record: { text?: string }) => record.text === undefined), kind).toBe(true);
    // Each record left out its words, and at least that many characters.
    const words = [...model.claims, ...model.mentions, ...model.dates].reduce((sum, record) => sum + record.text.length, 0);
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(JSON.stringify(model).length - words);
  });

  it('keeps the words of a record that are not the text between its offsets', () => {
    const text = 'Bush wrote to Kim.';
    const model = {
      slug: 'x',
      published: '2007-12-06',
      text,
      claims: [{ id: 's1', text: 'Bush wrote to Kim', type: 'fact', typeCurated: false, checkWorthiness: 'check-worthy', rules: [], notes: [], people: [], dates: [], block: 0, start: 0, end: 18 }],
      mentions: [{ id: 'm1', person: 'george-w-bush', text: 'Bush', registered: true, via: 'name', block: 0, start: 0, end: 4 }],
      people: [],
      dates: [],
      notes: [],
    } as const;
    const stored = storedModel(model as never);
    expect(stored.claims[0]!.text).toBe('Bush wrote to Kim');
    expect(stored.mentions[0]!.text).toBeUndefined();
    expect(modelFromStore(stored)).toEqual(model);
  });
});
