import { describe, expect, it } from 'vitest';
import { schemaCorrections } from '../../src/lib/exports/corrections.ts';
import { claimReview, newsArticle } from '../../src/lib/exports/schema-org.ts';
import { type ExportArticle } from '../../src/lib/exports/exports.ts';
import type { ClaimRecord, EditionModel, NoteRecord } from '../../src/lib/model/model.ts';

const corrections = [
  { date: '2026-11-27', text: 'First published.', notes: [] },
  { date: '2026-11-29', text: 'The date of the shutdown was wrong.', notes: ['shutdown'] },
];

const text = 'Yongbyon shut in July.';
const claim: ClaimRecord = { id: 'c-1', text, type: 'fact', typeCurated: false, checkWorthiness: 'check-worthy', rules: [], notes: ['shutdown'], people: [], dates: [], block: 0, start: 0, end: text.length, verdict: 'accurate' };
const note = (id: string): NoteRecord => ({ id, layer: 'claim', number: 1, quote: { exact: text }, body: 'Yes.', events: [], sources: [], block: 0, start: 0, end: text.length, claim: 'c-1', verdict: 'accurate' });
const model: EditionModel = { slug: 'op-ed', published: '2007-12-06', text, claims: [claim], mentions: [], people: [], dates: [], notes: [note('shutdown')] };
const article: ExportArticle = {
  slug: 'op-ed',
  article: { title: 'An Op-Ed', publisher: 'The Publisher', published: '2007-12-06', source: 'https://example.org/op-ed', language: 'en' },
  authors: [{ name: 'Ada Example' }],
  model,
  review: { byline: 'The editors', updated: '2026-11-29', corrections },
};
const address = { base: '/' };

describe('the corrections log in the exports', () => {
  it('becomes schema.org CorrectionComments, oldest first, filtered by note when asked', () => {
    expect(schemaCorrections(corrections)).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2026-11-27', text: 'First published.' },
      { '@type': 'CorrectionComment', datePublished: '2026-11-29', text: 'The date of the shutdown was wrong.' },
    ]);
    expect(schemaCorrections(corrections, 'shutdown')).toHaveLength(1);
    expect(schemaCorrections(corrections, 'other')).toEqual([]);
  });

  it('the NewsArticle carries every entry as `correction`, dated, pointing at the page’s log', () => {
    expect(newsArticle(article, address).correction).toEqual([
      { '@type': 'CorrectionComment', datePublished: '2026-11-27', url: '/articles/op-ed/#corrections' },
      { '@type': 'CorrectionComment', datePublished: '2026-11-29', url: '/articles/op-ed/#corrections' },
    ]);
    expect(newsArticle(article, { base: '/', site: 'https://example.org' }).correction).toContainEqual({
      '@type': 'CorrectionComment',
      datePublished: '2026-11-29',
      url: 'https://example.org/articles/op-ed/#corrections',
    });
  });

  it('a ClaimReview carries the entries that changed its note, and none when nothing did', () => {
    expect(claimReview(claim, note('shutdown'), article, address)?.correction).toEqual(schemaCorrections(corrections, 'shutdown'));
    expect(claimReview(claim, note('other'), article, address)).not.toHaveProperty('correction');
  });
});
