/**
 * The word list the search box offers spellings from (`search-words.txt`, one word a line, the most
 * frequent first). The search integration (search.ts) writes it once the pages are built and before the
 * offline integration lists its files, so the list is precached (it is part of the shell) and suggestions
 * work offline.
 *
 * The words are those of the text the index holds: every page the index crawls, without its site chrome
 * and `data-pagefind-ignore` parts, and the article records, built from the claims dataset as the index
 * builds them (so no id, address or enum value of the dataset is offered as a word).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSearchSite, type SearchSite } from './pagefind.ts';
import { indexedText } from '../lib/search/page-text.ts';
import { buildWordList } from '../lib/search/spelling.ts';

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
 * @param site What the index reads from the site, when already read.
 */
export function wordListTexts(
  folder: string,
  readPage: (html: string, route: string) => string[] = (html) => indexedText(html),
  site: SearchSite = readSearchSite(folder),
): string[] {
  return [...site.pages.flatMap(({ route, html }) => readPage(html, route)), ...site.records.map((record) => record.content)];
}

/**
 * Write the word list of a built site. It reads the pages one at a time and lets other work run between
 * them, so that the index's messages to Pagefind's process keep flowing while it works (search.ts).
 *
 * @param folder The built site (`dist/`).
 * @param site What the index reads from the site, when already read.
 */
export async function writeWordList(folder: string, site: SearchSite = readSearchSite(folder)): Promise<WordListReport> {
  const parsed: string[] = [];
  const texts: string[] = [];
  for (const { route, html } of site.pages) {
    texts.push(...indexedText(html, () => parsed.push(route)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  for (const record of site.records) texts.push(record.content);
  const words = buildWordList(texts);
  writeFileSync(join(folder, WORD_LIST_FILE), `${words.join('\n')}\n`);
  return { words: words.length, parsed };
}
