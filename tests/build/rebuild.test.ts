/**
 * An edit always reaches the output. The fixture site is built once, then each content file an article
 * depends on is edited and the site rebuilt with the same cache folder, as an editor works: the new words
 * must be in every output that shows them, and the old words in none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { stripVTControlCharacters } from 'node:util';
import { createFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { filesUnder } from '../../src/loader/files.ts';
import { findBrokenLinks } from '../support/links.ts';

const ARTICLE = 'articles/edit-me/index.html';
const LEDGER = 'claims/index.html';

/** Every text output of the build by path; the search index's fragments decompressed. */
function outputs(dist: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const path of filesUnder(dist)) {
    if (/\.(html|json|jsonld|xml)$/.test(path)) texts.set(path, readFileSync(join(dist, path), 'utf8'));
    // Pagefind stores each record gzipped, after a signature line.
    if (path.startsWith('pagefind/fragment/')) texts.set(path, gunzipSync(readFileSync(join(dist, path))).toString('utf8'));
  }
  return texts;
}

/** The search index as one text. */
function searchIndex(texts: Map<string, string>): string {
  return [...texts].filter(([path]) => path.startsWith('pagefind/fragment/')).map(([, text]) => text).join('\n');
}

/** The outputs that contain `words`. */
function containing(texts: Map<string, string>, words: string): string[] {
  return [...texts].filter(([, text]) => text.includes(words)).map(([path]) => path);
}

/** The claim of claims.json whose sentence contains `words`. */
function claimWith(texts: Map<string, string>, words: string): { id: string; people: string[]; text: string } | undefined {
  const data = JSON.parse(texts.get('claims.json')!) as { articles: Array<{ claims: Array<{ id: string; text: string; people: string[] }> }> };
  return data.articles.flatMap((article) => article.claims).find((claim) => claim.text.includes(words));
}

describe('rebuilding with the cache kept after an edit', () => {
  let site: FixtureSite;
  const edit = (file: string, from: string, to: string) => {
    const path = join(site.root, 'content', file);
    const text = readFileSync(path, 'utf8');
    expect(text, `${file} holds “${from}”`).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  /** What the last build printed, colours removed. */
  let log = '';
  const rebuild = async (env?: Record<string, string>) => {
    const { code, output } = await site.build(env);
    expect(code, output).toBe(0);
    log = stripVTControlCharacters(output);
    return outputs(site.dist);
  };
  /** Whether the last build copied a page from the build before instead of rendering it (incremental builds). */
  const reused = (page: string) => new RegExp(`/${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((restored|cached)\\)`).test(log);

  beforeAll(async () => {
    site = createFixtureSite(join(process.cwd(), 'tests/fixtures/sites/edits/content'));
    const texts = await rebuild();
    // The starting point the edits below change.
    expect(containing(texts, 'Original note title')).toEqual(expect.arrayContaining([ARTICLE, LEDGER, 'claims.json', 'annotations.jsonld']));
    expect(texts.get(ARTICLE)).not.toMatch(/data-person="jane-roe"[^>]*>Janie</);
  });
  afterAll(() => site?.remove());

  it('(a) a note’s new title shows in the page, ledger, claim page, exports and search; the old one nowhere', async () => {
    edit('annotations/edit-me.yaml', 'title: "Original note title"', 'title: "Corrected note title"');
    const texts = await rebuild();
    const claim = claimWith(texts, 'proposed the measure')!;
    expect(containing(texts, 'Corrected note title')).toEqual(
      expect.arrayContaining([ARTICLE, LEDGER, `claims/${claim.id}/index.html`, 'claims.json', 'annotations.jsonld']),
    );
    expect(searchIndex(texts)).toContain('Corrected note title');
    expect(containing(texts, 'Original note title')).toEqual([]);
    // The person's page shows nothing of that note, so the build reused it; the pages that show it were rendered.
    expect(reused('people/jane-roe/index.html'), log).toBe(true);
    expect(reused(ARTICLE)).toBe(false);
    expect(reused(`claims/${claim.id}/index.html`)).toBe(false);
  });

  it('(b) a person’s new alias tags the text, and the new role replaces the old everywhere', async () => {
    edit('people/jane-roe.yaml', 'aliases: [Jane Roe]', 'aliases: [Jane Roe, Janie]');
    edit('people/jane-roe.yaml', 'roleThen: Senator from Ohio', 'roleThen: Governor of Ohio');
    const texts = await rebuild();
    expect(texts.get(ARTICLE)).toMatch(/data-person="jane-roe"[^>]*>Janie</);
    const claim = claimWith(texts, 'Janie said')!;
    expect(claim.people).toEqual(['jane-roe']);
    expect(texts.get(`claims/${claim.id}/index.html`)).toContain('Jane Roe');
    expect(containing(texts, 'Governor of Ohio')).toEqual(expect.arrayContaining([ARTICLE, 'people/jane-roe/index.html', 'claims.json']));
    expect(searchIndex(texts)).toContain('Governor of Ohio');
    expect(containing(texts, 'Senator from Ohio')).toEqual([]);
  });

  it('(c) a new coreference phrase tags the role as the person', async () => {
    edit('annotations/edit-me.yaml', 'coreference: []', 'coreference:\n  - phrase: "the chairwoman"\n    person: jane-roe');
    const texts = await rebuild();
    expect(texts.get(ARTICLE)).toMatch(/data-person="jane-roe"[^>]*>The chairwoman</);
    const claim = claimWith(texts, 'chairwoman expects')!;
    expect(claim.people).toEqual(['jane-roe']);
    expect(texts.get(`claims/${claim.id}/index.html`)).toContain('Jane Roe');
  });

  it('(d) edited article text replaces the old sentence in the page, ledger, claim pages, exports and search', async () => {
    edit('articles/edit-me.md', 'Critics call the plan reckless.', 'Critics call the plan timid.');
    const texts = await rebuild();
    const claim = claimWith(texts, 'the plan timid')!;
    expect(containing(texts, 'the plan timid')).toEqual(expect.arrayContaining([ARTICLE, LEDGER, `claims/${claim.id}/index.html`, 'claims.json']));
    expect(searchIndex(texts)).toContain('the plan timid');
    expect(containing(texts, 'the plan reckless')).toEqual([]);
  });

  it('(e) an article added shows everywhere, and once removed leaves no file behind', async () => {
    const added = join(site.root, 'content', 'articles', 'second-thoughts.md');
    writeFileSync(
      added,
      [
        '---',
        'title: "Second thoughts on the quokka treaty"',
        'authors: ["A. Columnist"]',
        'publisher: The Fixture Review',
        'published: 2007-12-07',
        'source: https://example.org/second-thoughts',
        '---',
        '',
        'The quokka treaty deserves a second reading. Its critics were early.',
        '',
      ].join('\n'),
    );
    let texts = await rebuild();
    const before = filesUnder(site.dist);
    expect(containing(texts, 'quokka treaty')).toEqual(expect.arrayContaining(['articles/second-thoughts/index.html', 'claims.json', LEDGER]));
    expect(searchIndex(texts)).toContain('quokka');
    rmSync(added);
    texts = await rebuild();
    expect(containing(texts, 'quokka')).toEqual([]);
    expect(existsSync(join(site.dist, 'articles', 'second-thoughts'))).toBe(false);
    // The other pages stayed where they were, and nothing but the article's own files is gone.
    expect(reused(ARTICLE)).toBe(true);
    const gone = before.filter((file) => !existsSync(join(site.dist, file)));
    expect(gone.filter((file) => !file.startsWith('pagefind/') && !file.startsWith('_astro/'))).toEqual(['articles/second-thoughts/index.html']);
  });

  it('(f) a file an earlier build left that this one does not make is removed; the build’s own are kept', async () => {
    const stale = join(site.dist, 'claims', 'a-sentence-that-lost-its-note', 'index.html');
    mkdirSync(join(stale, '..'), { recursive: true });
    writeFileSync(stale, '<p>old</p>');
    const old = new Date(Date.now() - 60_000);
    utimesSync(stale, old, old);
    // An unchanged page is kept as it is, its file time untouched.
    utimesSync(join(site.dist, ARTICLE), old, old);
    await rebuild();
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(join(site.dist, 'claims', 'a-sentence-that-lost-its-note'))).toBe(false);
    expect(reused(ARTICLE)).toBe(true);
    // Kept by the build's own list of its routes' files, not by a new file time.
    expect(statSync(join(site.dist, ARTICLE)).mtimeMs).toBe(old.getTime());
    expect(await findBrokenLinks(site.dist)).toEqual([]);
  });

  it('(g) a build with another cache in between never leaves its pages behind', async () => {
    edit('annotations/edit-me.yaml', 'title: "Corrected note title"', 'title: "Title of another cache"');
    let texts = await rebuild({ ASTRO_CACHE_DIR: join(site.root, '.other-cache') });
    expect(containing(texts, 'Title of another cache')).toEqual(expect.arrayContaining([ARTICLE, LEDGER]));
    edit('annotations/edit-me.yaml', 'title: "Title of another cache"', 'title: "Corrected note title"');
    // This cache last saw the corrected title: its incremental build would keep the other build's page.
    texts = await rebuild();
    expect(containing(texts, 'Title of another cache')).toEqual([]);
    expect(containing(texts, 'Corrected note title')).toEqual(expect.arrayContaining([ARTICLE, LEDGER]));
    expect(log).toContain('Emptied dist/');
  });
});
