/**
 * Many articles share one site. Four reports share a sentence ("(See related article.)" and more), a person
 * and dates; the site must build, give every sentence, mention and date an id of its own, and list every
 * article in the ledger, on the people page, on the timeline, in the search index and in the exports.
 */
import { pagefindRecords } from '../support/pagefind.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { SENTENCE_FILTER, type SentenceEntry } from '../../src/lib/views/search-hits.ts';

const SLUGS = ['report-1', 'report-2', 'report-3', 'report-4'];

interface ClaimsJson {
  articles: Array<{ slug: string; claims: Array<{ id: string; text: string; people: string[]; dates: string[]; page?: string }> }>;
}

describe('a site of four articles that share sentences, people and dates', () => {
  let site: FixtureSite;
  let claims: ClaimsJson;
  const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');

  beforeAll(async () => {
    site = createFixtureSite(join(process.cwd(), 'tests/fixtures/sites/many/content'));
    const { code, output } = await site.build();
    expect(code, output).toBe(0);
    claims = JSON.parse(read('claims.json')) as ClaimsJson;
  });
  afterAll(() => site?.remove());

  it('builds every article page, and claims.json holds every article', () => {
    for (const slug of SLUGS) expect(existsSync(join(site.dist, `articles/${slug}/index.html`)), slug).toBe(true);
    expect(claims.articles.map((article) => article.slug).sort()).toEqual(SLUGS);
  });

  it('gives the shared sentence a different id in each article, and each annotated sentence its own claim page', () => {
    const shared = claims.articles.map((article) => article.claims.find((claim) => claim.text === '(See related article.)')?.id);
    expect(shared.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(shared).size).toBe(SLUGS.length);
    const ids = claims.articles.flatMap((article) => article.claims.map((claim) => claim.id));
    expect(new Set(ids).size).toBe(ids.length);
    // A page for each sentence a note bears on, none for the rest: the archive's pages grow with its notes.
    const paged = claims.articles.flatMap((article) => article.claims.filter((claim) => claim.page).map((claim) => claim.id));
    expect(paged.length).toBeGreaterThan(0);
    expect(paged.length).toBeLessThan(ids.length);
    for (const id of ids) expect(existsSync(join(site.dist, `claims/${id}/index.html`)), id).toBe(paged.includes(id));
  });

  it('gives every element id on the site’s article pages once: sentences, mentions, dates and notes', () => {
    const all = SLUGS.flatMap((slug) => [...read(`articles/${slug}/index.html`).matchAll(/<(?:span|time)[^>]* id="([^"]+)"/g)].map((match) => match[1]!));
    expect(all.length).toBeGreaterThan(SLUGS.length * 6);
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
  });

  it('lists every article’s sentences in the ledger, and every article on the person’s page', () => {
    const ledger = read('claims/index.html');
    // Each entry links to the sentence's page when it has one, to its place in the text when not.
    for (const article of claims.articles) {
      for (const claim of article.claims) expect(ledger).toContain(claim.page ? `claims/${claim.id}/` : `articles/${article.slug}/#${claim.id}`);
    }
    const person = read('people/condoleezza-rice/index.html');
    for (const slug of SLUGS) expect(person, slug).toContain(`articles/${slug}/`);
  });

  it('puts every article’s dated claims on the timeline', () => {
    const timeline = read('timeline/index.html');
    for (const slug of SLUGS) expect(timeline, slug).toContain(`articles/${slug}/`);
  });

  it('indexes every sentence of every article for search, each at its own address', () => {
    const records = pagefindRecords(site.dist);
    for (const article of claims.articles) {
      // One record per article; each sentence is a `sentence` filter value naming its id (search-hits.ts).
      const record = records.find((item) => item.url === `/articles/${article.slug}/`);
      expect(record, article.slug).toBeDefined();
      const ids = (record!.filters[SENTENCE_FILTER] ?? []).map((value) => (JSON.parse(value) as SentenceEntry).id);
      expect(ids).toEqual(article.claims.map((claim) => claim.id));
    }
  });

  it('exports the notes of both annotation files as Web Annotations, each targeting its own article', () => {
    const collection = JSON.parse(read('annotations.jsonld')) as { first?: { items: Array<{ id: string; target: { source: string } }> }; items?: Array<{ id: string; target: { source: string } }> };
    const items = collection.first?.items ?? collection.items ?? [];
    const byNote = new Map(items.map((item) => [item.id.split('#').pop(), item.target.source]));
    expect(byNote.get('rice-arrives-1')).toContain('articles/report-1/');
    expect(byNote.get('rice-arrives-2')).toContain('articles/report-2/');
  });
});

describe('two sentences of two articles whose ids collide', () => {
  it('stop the build with both places and the way out, instead of sharing a claim page', async () => {
    // Found by search: these two sentences, each hashed with its article's scope, give the same id.
    const site = createFixtureSite(join(process.cwd(), 'tests/fixtures/sites/hash-collision/content'));
    try {
      const { code, output } = await site.build();
      // A content error, not a crash: status 1, the messages and a summary, no banner and no stack trace.
      expect(code).toBe(1);
      expect(output).not.toMatch(/unhandled error/i);
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output.trimEnd().split('\n').at(-1)).toBe('The content has 1 error in 1 file; nothing was built.');
      expect(output).toContain('content/articles/report-b.md\n9:1 error Unexpected sentence id `committee-reviewed-budget-again-on-item-zath` that content/articles/report-a.md gives a sentence too');
      expect(output).toContain('Set `idScope`');
      expect(existsSync(join(site.dist, 'index.html'))).toBe(false);
    } finally {
      site.remove();
    }
  });
});
