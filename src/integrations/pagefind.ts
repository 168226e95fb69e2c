/**
 * The Pagefind search index of a built site (the search integration, search.ts, builds it once the site is
 * written).
 *
 * The index holds one record per article (its title and byline, then its sentences, each with its notes,
 * findable one by one: see search-records.ts), built from `claims.json` — the claims dataset the build has
 * just written — and every other page with readable text, crawled from the built HTML (site chrome marked
 * `data-pagefind-ignore`): the home page, about, the timeline (or, when an archive's timeline is split into
 * periods, its index), the people directory and each person's page, and the claim ledger, less the sentences
 * the ledger and the person pages repeat (also marked `data-pagefind-ignore`, since the article records hold
 * them). The reading pages, the claim pages and the timeline's period pages are not crawled: the article
 * records hold what they say (see NOT_CRAWLED).
 * Record URLs are relative to the base; the browser passes the base to Pagefind as `baseUrl`, so result
 * links are right under any BASE_PATH.
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

// Pages that are not crawled: the reading pages (their article records hold them), the claim pages (each
// repeating its sentence's record), the timeline's period pages when an archive's timeline is split (each
// row a date the records hold or a note's event, whose label is in its note's record: at a thousand
// articles, 343 pages and a third of the indexing time), the search page (nothing to find) and the index's
// own folder. The 404 page is `404.html`, not an `index.html`, so it is never listed.
const NOT_CRAWLED = [
  new RegExp(`^${routes.article('[^/]+')}$`),
  new RegExp(`^${routes.claim('[^/]+')}$`),
  new RegExp(`^${routes.timelinePeriod('[^/]+')}$`),
  new RegExp(`^${routes.search()}`),
  /^pagefind\//,
];

/**
 * The pages the index crawls, as site paths (`about/`, `` for the home page).
 *
 * @param folder The built site.
 * @returns Every built page but those {@link NOT_CRAWLED}.
 */
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
 * The copy of a page the index reads: a space after each `</time>` and `</span>` that an element follows at
 * once. Pagefind joins the text of neighbouring inline elements as it finds it, so the timeline's
 * `<time>…1998</time><span>What happened</span><a>…` read as one word, "1998What", in results. The page
 * served is unchanged (its styles set those elements apart).
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

/**
 * Read what the search index holds from a built site.
 *
 * @param folder The built site (`dist/`), which must hold `claims.json`.
 */
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
 * Minify Pagefind's browser runtime in place. Pagefind 1.6 ships `pagefind.js` with its names and spaces kept
 * (47.2 KB); every reader's first search fetches it, and minified it is 32.3 KB. Only whitespace, names and
 * syntax change: the module's exports and what it does stay the same.
 *
 * @param file The runtime, `<site>/pagefind/pagefind.js`.
 * @returns Its size before and after, in bytes.
 */
export async function minifyRuntime(file: string): Promise<{ before: number; after: number }> {
  const source = readFileSync(file, 'utf8');
  const { code } = await transform(source, { minify: true, format: 'esm', legalComments: 'inline' });
  writeFileSync(file, code);
  return { before: Buffer.byteLength(source), after: Buffer.byteLength(code) };
}

/**
 * Index a built site folder and write the bundle to `<folder>/pagefind/`; the Pagefind service is always closed.
 *
 * Every page and record is handed to Pagefind at once, without waiting for each answer: Pagefind indexes in
 * its own process, so the messages queue there, and this thread is free meanwhile (the build makes the
 * spelling list then: see search.ts).
 *
 * @param folder The built site.
 * @param site What it holds for the index, when already read.
 * @returns How many records went in.
 */
export async function indexSite(folder: string, site: SearchSite = readSearchSite(folder)): Promise<IndexReport> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const problems: string[] = [...errors];
    const added = await Promise.all([
      ...site.pages.map(async ({ route, html }) => (await index.addHTMLFile({ url: `/${route}`, content: spaced(html) })).errors.map((error) => `${route}: ${error}`)),
      ...site.records.map(async (record) => (await index.addCustomRecord(record)).errors.map((error) => `${record.url}: ${error}`)),
    ]);
    problems.push(...added.flat());
    const written = await index.writeFiles({ outputPath: join(folder, 'pagefind') });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(`Pagefind reported problems:\n${problems.join('\n')}`);
    await minifyRuntime(join(folder, 'pagefind', 'pagefind.js'));
    const claims = site.data.articles.reduce((total, article) => total + article.claims.length, 0);
    return { articles: site.records.length, claims, pages: site.pages.length };
  } finally {
    await pagefind.close();
  }
}
