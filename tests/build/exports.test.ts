/**
 * The machine-readable exports, the search index and the service worker of the built site, in the root
 * build (`dist/`) and the sub-path build (`dist-subpath/`, BASE_PATH=/edition/), both made by `npm test`.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { filesUnder } from '../../src/loader/files.ts';
import { join, relative } from 'node:path';
import { Script } from 'node:vm';
import type { Element, Root } from 'hast';
import { authorText, findAll, has, readPage } from '../support/html.ts';
import { htmlRoutes } from '../../src/integrations/pagefind.ts';
import { pagefindRecords } from '../support/pagefind.ts';
import { BUILD_MARK } from '../../src/integrations/stale-files.ts';
import type { ClaimsExport } from '../../src/lib/exports/claims-json.ts';
import { VERDICT_LABELS } from '../../src/lib/views/labels.ts';
import { routes } from '../../src/lib/views/routes.ts';

const ROOT = process.cwd();
const dist = join(ROOT, 'dist');
const subpath = join(ROOT, 'dist-subpath');
const articlePage = 'articles/diplomatic-about-face/index.html';

function json<T = Record<string, unknown>>(folder: string, file: string): T {
  return JSON.parse(readFileSync(join(folder, file), 'utf8')) as T;
}

/** The JSON-LD blocks of a page. */
function jsonLd(tree: Root): Array<Record<string, unknown>> {
  return findAll(tree, (element) => element.tagName === 'script' && element.properties.type === 'application/ld+json').map((element) =>
    JSON.parse(authorText(element)),
  );
}

/** The article's text as the model counts it: the body's blocks, notes and interface left out, joined by a blank line. */
function builtText(tree: Root): string {
  const body = findAll(tree, (element) => has(element, 'dataArticleBody'))[0]!;
  const blocks = body.children.filter((child): child is Element => child.type === 'element');
  return blocks.map((block) => authorText(block)).join('\n\n');
}

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

describe('annotations.jsonld', () => {
  it('every note in annotations.jsonld re-anchors in the built text, by its quote and by its position', () => {
    const collection = json<{ total: number; first: { items: Array<{ id: string; target: { source: string; selector: Selector[] } }> } }>(dist, 'annotations.jsonld');
    const text = builtText(readPage(join(dist, articlePage)));
    const notes = findAll(readPage(join(dist, articlePage)), (element) => has(element, 'dataNote'));
    expect(collection.total).toBe(notes.length);
    expect(collection.first.items).toHaveLength(notes.length);
    for (const item of collection.first.items) {
      const quote = item.target.selector.find((selector) => selector.type === 'TextQuoteSelector')!;
      const position = item.target.selector.find((selector) => selector.type === 'TextPositionSelector')!;
      expect(item.target.source, item.id).toBe('/articles/diplomatic-about-face/');
      expect(text.slice(position.start, position.end), item.id).toBe(quote.exact);
      const context = `${quote.prefix}${quote.exact}${quote.suffix}`;
      const at = text.indexOf(context);
      expect(at, `${item.id}: quote found`).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(context, at + 1), `${item.id}: quote found once`).toBe(-1);
      expect(at + quote.prefix!.length, `${item.id}: quote and position agree`).toBe(position.start);
    }
  });

  it('every annotation is addressed to its note in the reading page, which has that id', () => {
    const tree = readPage(join(dist, articlePage));
    const ids = new Set(findAll(tree, (element) => has(element, 'dataNote')).map((element) => String(element.properties.id)));
    const items = json<{ first: { items: Array<{ id: string }> } }>(dist, 'annotations.jsonld').first.items;
    expect(items.map((item) => item.id.replace('/articles/diplomatic-about-face/#', '')).sort()).toEqual([...ids].sort());
  });
});

describe('claims.json', () => {
  it('claims.json lists every sentence of the article, with the id, type and verdict its markup carries', () => {
    const data = json<ClaimsExport>(dist, 'claims.json');
    const spans = findAll(readPage(join(dist, articlePage)), (element) => element.properties.dataTag === 'claim');
    const claims = data.articles[0]!.claims;
    expect(claims.map((claim) => claim.id)).toEqual(spans.map((span) => span.properties.dataClaim));
    for (const [index, claim] of claims.entries()) {
      expect(claim.type).toBe(spans[index]!.properties.dataClaimType);
      expect(claim.verdict).toBe(spans[index]!.properties.dataVerdict);
      expect(claim.url).toBe(`/articles/diplomatic-about-face/#${claim.id}`);
    }
  });
});

describe('schema.org JSON-LD', () => {
  it('the article page describes the op-ed as a NewsArticle with headline, author, datePublished and publisher', () => {
    const blocks = jsonLd(readPage(join(dist, articlePage)));
    const article = blocks.find((block) => block['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'A Diplomatic About-Face: Bush Writes Kim. Should Iran Be Next?',
      author: [{ '@type': 'Person', name: 'Andrew Grotto' }, { '@type': 'Person', name: 'Joseph Cirincione' }],
      datePublished: '2007-12-06',
      publisher: { '@type': 'Organization', name: 'Center for American Progress' },
    });
  });

  const claimPages = existsSync(join(dist, 'claims')) ? htmlRoutes(join(dist, 'claims')).filter((route) => route !== '') : [];

  it('every claim page with a verdict carries one ClaimReview with the required fields', () => {
    expect(claimPages.length).toBeGreaterThan(0);
    const data = json<ClaimsExport>(dist, 'claims.json');
    const claims = new Map(data.articles.flatMap((article) => article.claims.map((claim) => [claim.id, claim])));
    const labels = Object.values(VERDICT_LABELS).map((verdict) => verdict.label);
    let reviewed = 0;
    for (const route of claimPages) {
      const claim = claims.get(route.replace(/\/$/, ''));
      if (!claim) continue;
      const reviews = jsonLd(readPage(join(dist, 'claims', route, 'index.html'))).filter((block) => block['@type'] === 'ClaimReview');
      // A sentence may also be reviewed through a note that spans it; one with its own verdict must be.
      expect(reviews.length, route).toBeLessThanOrEqual(1);
      if (claim.verdict) expect(reviews, route).toHaveLength(1);
      for (const review of reviews) {
        expect(review).toMatchObject({
          '@context': 'https://schema.org',
          url: `/claims/${claim.id}/`,
          claimReviewed: claim.text,
          author: { '@type': 'Organization', name: 'The Annotated Op-Ed' },
          reviewRating: { '@type': 'Rating' },
          itemReviewed: { '@type': 'Claim', author: [{ name: 'Andrew Grotto' }, { name: 'Joseph Cirincione' }], datePublished: '2007-12-06' },
        });
        expect(labels).toContain((review.reviewRating as { alternateName: string }).alternateName);
        reviewed++;
      }
    }
    expect(reviewed).toBeGreaterThan(0);
  });
});

describe('sitemap.xml', () => {
  for (const [folder, base] of [
    [dist, '/'],
    [subpath, '/edition/'],
  ] as const) {
    it(`the sitemap of ${relative(ROOT, folder)}/ lists every built page but 404 and search, each under ${base}`, () => {
      const xml = readFileSync(join(folder, 'sitemap.xml'), 'utf8');
      const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
      const built = htmlRoutes(folder).filter((route) => route !== 'search/');
      expect(listed.sort()).toEqual(built.map((route) => `${base}${route}`).sort());
    });
  }
});

describe('search index and service worker', () => {
  it('the Pagefind bundle holds one record per article and every other page with text, but no claim page, reading page or search page', () => {
    const entry = json<{ languages: Record<string, { page_count: number }> }>(dist, 'pagefind/pagefind-entry.json');
    const data = json<ClaimsExport>(dist, 'claims.json');
    const records = pagefindRecords(dist);
    const urls = records.map((record) => record.url).sort();
    const personPages = htmlRoutes(join(dist, 'people')).filter((route) => route !== '');
    expect(personPages.length).toBeGreaterThan(0);
    const expected = [
      ...data.articles.map((article) => `/${routes.article(article.slug)}`),
      `/${routes.home()}`,
      `/${routes.about()}`,
      `/${routes.timeline()}`,
      `/${routes.people()}`,
      `/${routes.claims()}`,
      ...personPages.map((route) => `/${routes.people()}${route}`),
    ].sort();
    expect(urls).toEqual(expected);
    expect(entry.languages.en!.page_count).toBe(expected.length);
    // A person's page is found as a person: the role as meta, the name as a filter value.
    const bush = records.find((record) => record.url === `/${routes.person('george-w-bush')}`);
    expect(bush?.meta.role).toBe(data.people.find((person) => person.id === 'george-w-bush')?.roleThen);
    expect(bush?.filters.person).toEqual(['George W. Bush']);
    // The ledger and the person pages leave out the sentences the article records hold.
    const pygmy = data.articles.flatMap((article) => article.claims).find((claim) => claim.text.includes('pygmy'))!;
    for (const url of [`/${routes.claims()}`, `/${routes.person('bob-woodward')}`]) {
      const page = records.find((record) => record.url === url);
      expect(page?.content, url).toBeTruthy();
      expect(page!.content, url).not.toContain(pygmy.text);
      expect(page!.content.toLowerCase(), url).not.toContain('pygmy');
    }
  });

  for (const [folder, base] of [
    [dist, '/'],
    [subpath, '/edition/'],
  ] as const) {
    it(`sw.js in ${relative(ROOT, folder)}/ is valid JavaScript that precaches every page, stylesheet, script and Pagefind file under ${base}`, () => {
      const source = readFileSync(join(folder, 'sw.js'), 'utf8');
      expect(() => new Script(source)).not.toThrow();
      const config = JSON.parse(source.slice(source.indexOf('})({') + 3, source.lastIndexOf(');'))) as { urls: string[]; cache: string; base: string };
      expect(config.base).toBe(base);
      expect(config.cache).toMatch(/^edition-[0-9a-f]{16}$/);
      const expected = filesUnder(folder)
        // Not the worker itself, source maps or the build's mark (src/integrations/stale-files.ts).
        .filter((file) => file !== 'sw.js' && file !== BUILD_MARK && !file.endsWith('.map'))
        .map((file) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`);
      expect(config.urls.sort()).toEqual(expected.sort());
      expect(config.urls.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(10);
      expect(config.urls).toContain(`${base}articles/diplomatic-about-face/`);
      expect(existsSync(join(folder, BUILD_MARK))).toBe(true);
    });
  }

  it('the cache name changes when any precached file changes, so a new deploy replaces the old cache', async () => {
    const { serviceWorkerSource } = await import('../../src/integrations/offline.ts');
    const entries = [
      { url: '/a/', revision: '1' },
      { url: '/b.css', revision: '2' },
    ];
    const before = serviceWorkerSource(entries, '/').cache;
    expect(serviceWorkerSource(entries, '/').cache).toBe(before);
    expect(serviceWorkerSource([entries[0]!, { url: '/b.css', revision: '3' }], '/').cache).not.toBe(before);
  });

  it('pages carry no inline script or style: scripts are files, and JSON-LD is data', () => {
    for (const route of ['search/', 'articles/diplomatic-about-face/', '']) {
      const tree = readPage(join(dist, route, 'index.html'));
      for (const script of findAll(tree, (element) => element.tagName === 'script')) {
        const external = typeof script.properties.src === 'string';
        expect(external || script.properties.type === 'application/ld+json', `${route}: ${JSON.stringify(script.properties)}`).toBe(true);
      }
      expect(findAll(tree, (element) => element.tagName === 'style' || has(element, 'style')), route).toEqual([]);
    }
  });

  it('the header search box is a plain form that opens the search page with the words, under the base', () => {
    for (const [folder, base] of [
      [dist, '/'],
      [subpath, '/edition/'],
    ] as const) {
      const tree = readPage(join(folder, 'about/index.html'));
      const form = findAll(tree, (element) => element.tagName === 'form' && has(element, 'dataSearchBox'))[0]!;
      expect(form.properties.action).toBe(`${base}search/`);
      expect(form.properties.method).toBe('get');
      const input = findAll(form, (element) => element.tagName === 'input')[0]!;
      expect(input.properties.name).toBe('q');
      const label = findAll(form, (element) => element.tagName === 'label')[0]!;
      expect(label.properties.htmlFor).toEqual([input.properties.id]);
    }
  });
});
