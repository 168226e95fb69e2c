/**
 * The Pagefind index of a built site: one record per article from `claims.json` (search-records.ts), and
 * every other page with readable text crawled from the built HTML, less what the records already hold.
 * Record URLs are relative to the base; the browser gives Pagefind the base as `baseUrl`.
 */
import { filesUnder } from '../loader/files.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import type { ClaimsExport } from '../lib/exports/claims-json.ts';
import { articleRecords, type SearchRecord } from '../lib/exports/search-records.ts';
import { routes } from '../lib/views/routes.ts';

/** What indexing did: records added and pages crawled. */
export interface IndexReport {
  /** Article records. */
  articles: number;
  /** Sentences inside them, each a result of its own. */
  claims: number;
  /** Pages crawled. */
  pages: number;
}

// Not crawled, as the article records hold what they say: the reading, claim and timeline period pages;
// nor the search page and the index's own folder. The 404 page is no `index.html`, so it is never listed.
const NOT_CRAWLED = [
  new RegExp(`^${routes.article('[^/]+')}$`),
  new RegExp(`^${routes.claim('[^/]+')}$`),
  new RegExp(`^${routes.timelinePeriod('[^/]+')}$`),
  new RegExp(`^${routes.search()}`),
  /^pagefind\//,
];

/** The site paths of every built page but those {@link NOT_CRAWLED}. */
export function crawledRoutes(folder: string): string[] {
  return htmlRoutes(folder).filter((route) => !NOT_CRAWLED.some((pattern) => pattern.test(route)));
}

/** Site paths (`about/`, `` for the home page) of every `index.html` in a built folder, sorted. */
export function htmlRoutes(folder: string): string[] {
  return filesUnder(folder)
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
}

/**
 * The copy of a page the index reads, with a space after each `</time>` and `</span>` an element follows at
 * once: Pagefind joins neighbouring inline text, so `<time>1998</time><span>What` would read "1998What".
 */
export function spaced(html: string): string {
  return html.replace(/<\/(time|span)>(?=<[a-z])/g, '</$1> ');
}

/** What the index and the spelling list read from a built site, read once for both. */
export interface SearchSite {
  /** The claims dataset (`claims.json`). */
  data: ClaimsExport;
  /** One record per article, built from it. */
  records: SearchRecord[];
  /** The crawled pages: site path and HTML. */
  pages: Array<{ route: string; html: string }>;
}

/** Read what the search index holds from a built site, which must hold `claims.json`. */
export function readSearchSite(folder: string): SearchSite {
  const dataFile = join(folder, 'claims.json');
  if (!existsSync(dataFile)) {
    throw new Error(`Unexpected missing \`${dataFile}\`, expected the claims dataset the build writes (src/pages/claims.json.ts)`);
  }
  const data = JSON.parse(readFileSync(dataFile, 'utf8')) as ClaimsExport;
  const pages = crawledRoutes(folder).map((route) => ({ route, html: readFileSync(join(folder, route, 'index.html'), 'utf8') }));
  return { data, records: articleRecords(data), pages };
}

/**
 * Minify Pagefind's browser runtime in place, since it ships unminified and every first search fetches it;
 * its exports and behaviour stay the same. Returns its size before and after, in bytes.
 */
export async function minifyRuntime(file: string): Promise<{ before: number; after: number }> {
  const source = readFileSync(file, 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm', legalComments: 'inline' });
  writeFileSync(file, code);
  return { before: Buffer.byteLength(source), after: Buffer.byteLength(code) };
}

/**
 * Index a built site into `<folder>/pagefind/`, always closing the Pagefind service. Everything is handed
 * over at once: Pagefind indexes in its own process, leaving this thread free for the spelling list.
 */
export async function indexSite(folder: string, site: SearchSite = readSearchSite(folder)): Promise<IndexReport> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await Promise.all([
      ...site.pages.map(async ({ route, html }) => (await index.addHTMLFile({ url: `/${route}`, content: spaced(html) })).errors.map((error) => `${route}: ${error}`)),
      ...site.records.map(async (record) => (await index.addCustomRecord(record)).errors.map((error) => `${record.url}: ${error}`)),
    ]);
    const written = await index.writeFiles({ outputPath: join(folder, 'pagefind') });
    const problems = [...errors, ...added.flat(), ...written.errors];
    if (problems.length > 0) throw new Error(`Pagefind reported problems:\n${problems.join('\n')}`);
    await minifyRuntime(join(folder, 'pagefind', 'pagefind.js'));
    const claims = site.data.articles.reduce((total, article) => total + article.claims.length, 0);
    return { articles: site.records.length, claims, pages: site.pages.length };
  } finally {
    await pagefind.close();
  }
}
