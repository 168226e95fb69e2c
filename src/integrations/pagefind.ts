/**
 * Astro integration: build the Pagefind search index once the site is written (`astro:build:done`).
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
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/content/files.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { ClaimsExport } from '../lib/exports/claims-json.ts';
import { articleRecords } from '../lib/exports/search-records.ts';
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
 * Index a built site folder and write the bundle to `<folder>/pagefind/`; the Pagefind service is always closed.
 *
 * @param folder The built site (`dist/`), which must hold `claims.json`.
 * @returns How many records went in.
 */
export async function indexSite(folder: string): Promise<IndexReport> {
  const dataFile = join(folder, 'claims.json');
  if (!existsSync(dataFile)) {
    throw new Error(`Unexpected missing \`${dataFile}\`, expected the claims dataset the build writes (src/pages/claims.json.ts)`);
  }
  const data = JSON.parse(readFileSync(dataFile, 'utf8')) as ClaimsExport;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const problems: string[] = [...errors];

    const pages = crawledRoutes(folder);
    for (const route of pages) {
      const response = await index.addHTMLFile({ url: `/${route}`, content: readFileSync(join(folder, route, 'index.html'), 'utf8') });
      problems.push(...response.errors.map((error) => `${route}: ${error}`));
    }
    const articles = articleRecords(data);
    for (const record of articles) {
      const response = await index.addCustomRecord(record);
      problems.push(...response.errors.map((error) => `${record.url}: ${error}`));
    }
    const written = await index.writeFiles({ outputPath: join(folder, 'pagefind') });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(`Pagefind reported problems:\n${problems.join('\n')}`);
    const claims = data.articles.reduce((total, article) => total + article.claims.length, 0);
    return { articles: articles.length, claims, pages: pages.length };
  } finally {
    await pagefind.close();
  }
}

/** The integration; it runs after the pages are written and before the offline integration lists them. */
export default function pagefindSearch(): AstroIntegration {
  return {
    name: 'edition:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await indexSite(fileURLToPath(dir));
        logger.info(
          `Indexed ${report.articles} articles (${report.claims} claims) and ${report.pages} pages in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
