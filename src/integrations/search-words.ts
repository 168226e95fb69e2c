/**
 * Astro integration: write the word list the search box offers spellings from (`search-words.txt`, one
 * word a line, the most frequent first), once the pages are built and before the offline integration
 * lists its files, so the list is precached (it is part of the shell) and suggestions work offline.
 *
 * The words are those of the text the index holds: every page the index crawls, without its site chrome
 * and `data-pagefind-ignore` parts, and the article records, built from the claims dataset as the index
 * builds them (so no id, address or enum value of the dataset is offered as a word).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crawledRoutes } from './pagefind.ts';
import { indexedText } from '../lib/search/page-text.ts';
import { buildWordList } from '../lib/search/spelling.ts';
import { articleRecords } from '../lib/exports/search-records.ts';
import type { ClaimsExport } from '../lib/exports/claims-json.ts';

/** The file, at the root of the built site. */
export const WORD_LIST_FILE = 'search-words.txt';

/** What writing the word list did. */
export interface WordListReport {
  /** How many words the list holds. */
  words: number;
  /** Pages whose markup the tokenizer could not follow, so they were parsed in full (site paths). */
  parsed: string[];
}

/**
 * Every text the word list counts: each crawled page's text, then each article record's.
 *
 * @param folder The built site.
 * @param readPage The text nodes of one page (by default the tokenizer's, or the parser's where needed).
 */
export function wordListTexts(folder: string, readPage: (html: string, route: string) => string[] = (html) => indexedText(html)): string[] {
  const texts: string[] = [];
  for (const route of crawledRoutes(folder)) {
    for (const text of readPage(readFileSync(join(folder, route, 'index.html'), 'utf8'), route)) texts.push(text);
  }
  const data = join(folder, 'claims.json');
  if (existsSync(data)) for (const record of articleRecords(JSON.parse(readFileSync(data, 'utf8')) as ClaimsExport)) texts.push(record.content);
  return texts;
}

/**
 * Write the word list of a built site.
 *
 * @param folder The built site (`dist/`).
 */
export function writeWordList(folder: string): WordListReport {
  const parsed: string[] = [];
  const words = buildWordList(wordListTexts(folder, (html, route) => indexedText(html, () => parsed.push(route))));
  writeFileSync(join(folder, WORD_LIST_FILE), `${words.join('\n')}\n`);
  return { words: words.length, parsed };
}

/** The integration; list it before the offline integration, which precaches the list. */
export default function searchWords(): AstroIntegration {
  return {
    name: 'edition:search-words',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const report = writeWordList(fileURLToPath(dir));
        logger.info(`Spelling word list: ${report.words} words`);
        // Each page listed took a full parse: its markup is malformed or uses what the parser repairs.
        if (report.parsed.length > 0) logger.warn(`Spelling word list: parsed in full (irregular markup): ${report.parsed.map((route) => `/${route}`).join(', ')}`);
      },
    },
  };
}
