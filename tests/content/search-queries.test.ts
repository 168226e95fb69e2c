/**
 * The labelled search queries (tests/fixtures/search/queries.yaml, read by `npm run eval:search`) against
 * the real op-ed: every sentence a query wants exists, each kind of query is there, and the test split is
 * about 40% of each kind. The synonyms file the editors keep reads without error.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KINDS, readQueries } from '../../scripts/eval-search.ts';
import { tagArticle } from '../support/pipeline.ts';
import { readTermGroups } from '../../src/integrations/search-terms.ts';
import { parseSynonyms } from '../../src/lib/search/synonyms.ts';

const queries = readQueries();

describe('the labelled search queries', () => {
  it('want only sentences the op-ed has', async () => {
    const { model } = await tagArticle(process.cwd(), 'diplomatic-about-face');
    const ids = new Set(model.claims.map((claim) => claim.id));
    const unknown = queries.flatMap((query) => query.want.filter((id) => !ids.has(id)).map((id) => `${query.q}: ${id}`));
    expect(unknown).toEqual([]);
    // Tagging the op-ed takes a second alone, far more on a loaded machine.
  }, 60_000);

  it('hold at least 60 queries, each once, of every kind, with about 40% of each kind in the test split', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((query) => query.q.toLowerCase())).size).toBe(queries.length);
    for (const kind of KINDS) {
      const ofKind = queries.filter((query) => query.kind === kind);
      const test = ofKind.filter((query) => query.split === 'test').length;
      expect(ofKind.length, kind).toBeGreaterThanOrEqual(10);
      expect(test / ofKind.length, kind).toBeGreaterThan(0.3);
      expect(test / ofKind.length, kind).toBeLessThan(0.5);
    }
  });
});

describe('the synonyms file', () => {
  it('reads without error, and the register adds its aliases', () => {
    expect(parseSynonyms(readFileSync('content/synonyms.yaml', 'utf8')).length).toBeGreaterThan(5);
    const { groups } = readTermGroups(process.cwd());
    const kim = groups.find((group) => group.some((phrase) => phrase.join(' ') === 'kim jong il'));
    expect(kim?.map((phrase) => phrase.join(' '))).toContain('kim');
    expect(groups.some((group) => group.some((phrase) => phrase.join(' ') === 'chris hill'))).toBe(true);
  });
});
