/**
 * Astro integration: write the word list the search box offers spellings from (`search-words.txt`, one
 * word a line, the most frequent first), once the pages and the search index are built and before the
 * offline integration lists every file, so the list is precached and suggestions work offline.
 *
 * The words are those of the text the index holds: every page the index crawls, without its site chrome
 * and `data-pagefind-ignore` parts, and the claims dataset the article records are built from.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { crawledRoutes } from './pagefind.ts';
import { buildWordList } from '../lib/search/spelling.ts';

/** The file, at the root of the built site. */
export const WORD_LIST_FILE = 'search-words.txt';

const UNREAD = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** The readable text of an HTML page, without scripts and without what the index ignores. */
export function indexedText(html: string): string[] {
  const texts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') texts.push(node.value);
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && (UNREAD.has(node.tagName) || ignored(node))) return;
    for (const child of node.children) walk(child as Nodes);
  };
  walk(fromHtml(html));
  return texts;
}

function ignored(element: Element): boolean {
  return element.properties.dataPagefindIgnore !== undefined;
}

/** Every string of a JSON value that reads as words (addresses and ids left out). */
function jsonText(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') {
    if (!/^(https?:|\/|#)/.test(value)) into.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) jsonText(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) jsonText(item, into);
  }
  return into;
}

/**
 * Write the word list of a built site.
 *
 * @param folder The built site (`dist/`).
 * @returns How many words the list holds.
 */
export function writeWordList(folder: string): number {
  const texts: string[] = [];
  for (const route of crawledRoutes(folder)) {
    texts.push(...indexedText(readFileSync(join(folder, route, 'index.html'), 'utf8')));
  }
  const data = join(folder, 'claims.json');
  if (existsSync(data)) jsonText(JSON.parse(readFileSync(data, 'utf8')), texts);
  const words = buildWordList(texts);
  writeFileSync(join(folder, WORD_LIST_FILE), `${words.join('\n')}\n`);
  return words.length;
}

/** The integration; list it after the search index and before the offline integration. */
export default function searchWords(): AstroIntegration {
  return {
    name: 'edition:search-words',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`Spelling word list: ${writeWordList(fileURLToPath(dir))} words`);
      },
    },
  };
}
