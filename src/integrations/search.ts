/**
 * Once the site is written, build the Pagefind index and the spelling list side by side from one reading of
 * it, and give the browser's search code its synonyms and aliases. List it before the offline integration,
 * which precaches both.
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
