/**
 * Astro integration: once the site is written (`astro:build:done`), build the Pagefind index (pagefind.ts)
 * and the spelling word list (search-words.ts) from one reading of the built site, side by side: Pagefind
 * indexes in a process of its own, and the word list is made on this thread while it does. List it before
 * the offline integration, which precaches both. It also gives the browser's search code the synonyms and
 * aliases it reads queries with (search-terms.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite, readSearchSite } from './pagefind.ts';
import { writeWordList } from './search-words.ts';
import { searchTermsPlugin } from './search-terms.ts';

/** The integration. */
export default function search(): AstroIntegration {
  return {
    name: 'edition:search',
    hooks: {
      // The browser's search code imports the synonyms and aliases (search-terms.ts).
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [searchTermsPlugin(fileURLToPath(config.root))] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const folder = fileURLToPath(dir);
        const site = readSearchSite(folder);
        const [index, words] = await Promise.all([indexSite(folder, site), writeWordList(folder, site)]);
        logger.info(
          `Indexed ${index.articles} articles (${index.claims} claims) and ${index.pages} pages in ${Math.round(performance.now() - started)} ms`,
        );
        logger.info(`Spelling word list: ${words} words`);
      },
    },
  };
}
