import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/loader/check.ts';
import { tagArticle } from '../support/pipeline.ts';

const root = process.cwd();
const report = checkContent(root);

describe('the curated annotations', () => {
  it('the content folder has no problems at all', () => {
    expect(report.problems).toEqual([]);
  });

  for (const [slug, annotations] of report.annotations) {
    describe(slug, () => {
      const claimNotes = annotations.notes.filter((note) => note.layer === 'claim');

      it('has at least 12 claim notes', () => {
        expect(claimNotes.length).toBeGreaterThanOrEqual(12);
      });

      it('gives every claim note a verdict, an http(s) source, a “known then” and a “known later”', () => {
        const incomplete = claimNotes
          .filter(
            (note) =>
              !note.verdict ||
              !note.knownThen?.trim() ||
              !note.knownLater?.trim() ||
              !note.sources.some((source) => /^https?:\/\//.test(source.url)),
          )
          .map((note) => note.id);
        expect(incomplete).toEqual([]);
      });

      it('gives every claim note at least one source with title, publisher, date and URL', () => {
        const undated = claimNotes
          .filter((note) => !note.sources.some((source) => source.title && source.publisher && source.date && source.url))
          .map((note) => note.id);
        expect(undated).toEqual([]);
      });

      it('has a byline, an introduction and a dated corrections log', () => {
        expect(annotations.byline.length).toBeGreaterThan(5);
        expect(annotations.introduction?.length ?? 0).toBeGreaterThan(100);
        expect(annotations.corrections.length).toBeGreaterThanOrEqual(1);
      });

      it('anchors every note exactly once in the tagged text', async () => {
        const { model } = await tagArticle(root, slug);
        expect(model.notes.map((note) => note.id).sort()).toEqual(annotations.notes.map((note) => note.id).sort());
        for (const note of model.notes) expect(model.text.slice(note.start, note.end), note.id).toBe(note.quote.exact);
      });

      it('notes every check-worthy statement of fact, every registered person and every date', async () => {
        const { model } = await tagArticle(root, slug);
        const claimNoted = new Set(model.notes.filter((note) => note.layer === 'claim').map((note) => note.claim));
        const unnotedFacts = model.claims
          .filter((claim) => claim.type === 'fact' && claim.checkWorthiness === 'check-worthy' && !claimNoted.has(claim.id))
          .map((claim) => claim.text);
        expect(unnotedFacts).toEqual([]);

        const carded = new Set(model.notes.filter((note) => note.layer === 'person').map((note) => note.person));
        const uncarded = [...new Set(model.mentions.filter((mention) => mention.registered).map((mention) => mention.person))].filter(
          (person) => !carded.has(person),
        );
        expect(uncarded).toEqual([]);

        const dateNotes = model.notes.filter((note) => note.layer === 'date');
        const unchipped = model.dates
          .filter((date) => !dateNotes.some((note) => note.start <= date.start && date.end <= note.end))
          .map((date) => date.text);
        expect(unchipped).toEqual([]);
      });
    });
  }

  it('reads the real annotation file (not an empty set)', () => {
    expect(report.annotations.has('diplomatic-about-face')).toBe(true);
  });
});
