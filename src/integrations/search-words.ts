/**
 * The word list the search box offers spellings from (`search-words.txt`, most frequent first), of the
 * text the index holds: crawled pages without chrome or ignored parts, and the article records (so no id
 * or enum value is offered). Written before the offline integration lists files, so it works offline.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchSite } from './pagefind.ts';
import { pageText } from '../lib/search/page-text.ts';
import { buildWordList } from '../lib/search/spelling.ts';

export const WORD_LIST_FILE = 'search-words.txt';

/**
 * Every text the word list counts: each crawled page's, then each article record's. It yields between pages
 * so the index's messages to Pagefind's process keep flowing (search.ts).
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

/** Write the word list of a built site, from what the index read (`readSearchSite`); how many words it holds. */
export async function writeWordList(folder: string, site: SearchSite): Promise<number> {
  const words = buildWordList(await wordListTexts(site));
  writeFileSync(join(folder, WORD_LIST_FILE), `${words.join('\n')}\n`);
  return words.length;
}
