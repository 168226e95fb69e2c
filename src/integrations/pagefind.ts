/**
 * Astro integration: build the Pagefind search index once the site is written (`astro:build:done`).
 *
 * The index holds one record per article (its title and byline, then its sentences, each with its notes,
 * findable one by one: see search-records.ts) and one per person page, built from `claims.json` — the
 * claims dataset the build has just written. No page is crawled: what the reading pages hold beyond the
 * claims (title, dek, byline) is in the article's record, and the other pages repeat what the records hold. Record URLs are relative to the base; the browser passes the
 * base to Pagefind as `baseUrl`, so result links are right under any BASE_PATH.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { filesUnder } from '../lib/content/files.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { ClaimsExport } from '../lib/exports/exports.ts';
import { articleRecords, personRecords } from '../lib/exports/search-records.ts';

/** The global the browser code reads the meta cache tag from (replaced at build time by Vite). */
export const META_CACHE_TAG_GLOBAL = '__EDITION_SEARCH_TAG__';

/** What indexing did: records added. */
export interface IndexReport {
  /** Article records. */
  articles: number;
  /** Sentences inside them, each a result of its own. */
  claims: number;
  people: number;
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
  const exists = (path: string) => existsSync(join(folder, path, 'index.html'));
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const problems: string[] = [...errors];

    const articles = articleRecords(data);
    const people = personRecords(data, exists);
    for (const record of [...articles, ...people]) {
      const response = await index.addCustomRecord(record);
      problems.push(...response.errors.map((error) => `${record.url}: ${error}`));
    }
    const written = await index.writeFiles({ outputPath: join(folder, 'pagefind') });
    problems.push(...written.errors);
    if (problems.length > 0) throw new Error(`Pagefind reported problems:\n${problems.join('\n')}`);
    const claims = data.articles.reduce((total, article) => total + article.claims.length, 0);
    return { articles: articles.length, claims, people: people.length };
  } finally {
    await pagefind.close();
  }
}

/**
 * A tag for Pagefind's `metaCacheTag`: a hash of everything the index is built from (content, source,
 * base, origin, versions), so it changes exactly when a rebuild can change the index.
 *
 * @param root The project folder.
 * @param parts Further values that shape the build (base, site, tool versions).
 * @returns Twelve hex digits.
 */
export function sourceTag(root: string, parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part}\0`);
  for (const folder of ['content', 'src']) {
    for (const file of filesUnder(join(root, folder))) {
      hash.update(`${folder}/${file}\0`).update(readFileSync(join(root, folder, file)));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The integration; it runs after the pages are written and before the offline integration lists them. */
export default function pagefindSearch(): AstroIntegration {
  return {
    name: 'edition:pagefind',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const tag = sourceTag(root, [config.base, config.site ?? '', packageVersion(root, 'pagefind'), packageVersion(root, 'astro')]);
        // The search code reads the tag as a constant, so the page needs no extra request to learn it.
        updateConfig({ vite: { define: { [META_CACHE_TAG_GLOBAL]: JSON.stringify(tag) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await indexSite(fileURLToPath(dir));
        logger.info(
          `Indexed ${report.articles} articles (${report.claims} claims) and ${report.people} people in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
