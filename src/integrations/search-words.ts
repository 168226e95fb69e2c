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
import type { SearchSite } from './pagefind.ts';
import { pageText } from '../lib/search/page-text.ts';
import { buildWordList } from '../lib/search/spelling.ts';

/** The file, at the root of the built site. */
export const WORD_LIST_FILE = 'search-words.txt';

/**
 * Every text the word list counts: each crawled page's text, then each article record's. The pages are read
 * one at a time, letting other work run between them, so that the index's messages to Pagefind's process
 * keep flowing meanwhile (search.ts).
 *
 * @param site What the index reads from the built site.
 * @param readPage The text nodes of one page.
 */
export async function wordListTexts(site: SearchSite, readPage: (html: string) => string[] = pageText): Promise<string[]> {
  const texts: string[] = [];
  for (const { html } of site.pages) {
    texts.push(...readPage(html));
    await new Promise((resolve) => setImmediate(resolve));
  }
  for (const record of site.records) texts.push(record.content);
  return texts;
}

/**
 * Write the word list of a built site.
 *
 * @param folder The built site (`dist/`).
 * @param site What the index reads from the site (`readSearchSite`), read once for both.
 * @returns How many words the list holds.
 */
export async function writeWordList(folder: string, site: SearchSite): Promise<number> {
  const words = buildWordList(await wordListTexts(site));
  writeFileSync(join(folder, WORD_LIST_FILE), `${words.join('\n')}\n`);
  return words.length;
}
