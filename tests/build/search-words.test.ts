/**
 * The spelling word list of the built site (`search-words.txt`): the stream that reads the pages
 * (src/lib/search/page-text.ts) gives the same text as a full HTML parse on every built page, and the list
 * the build wrote is the one the parser's text gives. `dist/` is made by `npm test` (or `npm run build`);
 * `dist-subpath/` is checked when it is there.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crawledRoutes, htmlRoutes, readSearchSite } from '../../src/integrations/pagefind.ts';
import { WORD_LIST_FILE, wordListTexts } from '../../src/integrations/search-words.ts';
import { pageText } from '../../src/lib/search/page-text.ts';
import { parsedPageText } from '../support/html.ts';
import { buildWordList } from '../../src/lib/search/spelling.ts';

const ROOT = process.cwd();

/** Text nodes that hold more than whitespace (the parser drops some whitespace the stream keeps). */
const visible = (texts: string[] | undefined) => texts?.filter((text) => /[^\t\n\f\r ]/.test(text));

describe('the spelling word list of the built site', () => {
  for (const folder of ['dist', 'dist-subpath']) {
    const dist = join(ROOT, folder);
    const present = folder === 'dist' || existsSync(dist);

    it.skipIf(!present)(`${folder}/: the stream reads every built page as the parser does`, () => {
      const routes = htmlRoutes(dist).filter((route) => !route.startsWith('pagefind/'));
      expect(routes.length).toBeGreaterThan(10);
      for (const route of routes) {
        const html = readFileSync(join(dist, route, 'index.html'), 'utf8');
        expect(visible(pageText(html)), route).toEqual(visible(parsedPageText(html)));
      }
    });

    it.skipIf(!present)(`${folder}/: ${WORD_LIST_FILE} is the list the parsed pages and the article records give`, async () => {
      expect(crawledRoutes(dist)).toContain('about/');
      const expected = buildWordList(await wordListTexts(readSearchSite(dist), (html) => parsedPageText(html)));
      expect(expected.length).toBeGreaterThan(500);
      expect(readFileSync(join(dist, WORD_LIST_FILE), 'utf8')).toBe(`${expected.join('\n')}\n`);
    });
  }
});
