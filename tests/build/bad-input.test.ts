/**
 * Hostile input through a real site build. The content check's messages for every hostile tree in
 * tests/fixtures/content/ are proved in the unit tier (tests/unit/content-check.test.ts), which is what the
 * build runs first; here, real builds prove the rest: that the integration stops the build with exactly
 * those messages (as vfile-reporter prints them) and writes no site, and that the trees that do build (HTML in an article, a 50,000-word
 * paragraph) build pages that are inert and show the author's markup as text. No build may change a
 * content file.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { filesUnder } from '../../src/loader/files.ts';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { createFixtureSite } from '../support/fixture-site.ts';
import { authorText, findAll } from '../support/html.ts';
import { executableMarkup, hashTree } from '../support/executable.ts';

const CASES = join(process.cwd(), 'tests/fixtures/content');
/** Trees with no error: each must build, inert. */
const BUILDS = ['article-raw-html', 'article-script'];
/** The same, but 4,099 sentences to tag and index: built alone, after the others, so it does not starve them. */
const BUILDS_ALONE = ['article-50000-words'];
/**
 * Trees with an error, to prove the integration stops the build with the check's messages: an unknown author,
 * and the archive rule's two cases (a made-up timestamp, a capture earlier than its source).
 */
const STOPS = ['frontmatter-unknown-author', 'source-archived-made-up', 'source-archived-early'];
// The 50,000-word case takes 20 to 30 s on a busy two-core machine (it had a page per sentence until claim
// pages were kept for annotated sentences, and took minutes).
const TEST_TIMEOUT_MS = 600_000;
/** An error line as vfile-reporter prints it: `line:column[-line:column] error reason rule source`. */
const ERROR_LINE = /^\s*\d+:\d+(?:-\d+:\d+)?\s+error\s/m;

/** The built HTML pages of a site folder. */
function builtPages(dist: string): string[] {
  return filesUnder(dist).filter((file) => file.endsWith('.html'));
}

/** Build a copy of one case; the fixture and the copy must come out unchanged. */
async function buildCase(name: string) {
  const source = join(CASES, name, 'content');
  const expected = readFileSync(join(CASES, name, 'messages.txt'), 'utf8').trimEnd();
  const sourceHashes = hashTree(source);
  const site = createFixtureSite(source);
  try {
    const { code, output } = await site.build();
    expect(hashTree(join(site.root, 'content'))).toEqual(sourceHashes);
    expect(hashTree(source)).toEqual(sourceHashes);
    return { site, code, output, expected };
  } catch (error) {
    // The caller removes the copy once its checks are done; a failure here leaves it no copy to remove.
    site.remove();
    throw error;
  }
}

/** Declare the test of one tree that must build. */
function buildsInert(name: string): void {
  it(`${name}: the build succeeds and writes nothing executable`, async () => {
    const { site, code, output, expected } = await buildCase(name);
    try {
      expect(expected).not.toMatch(ERROR_LINE);
      expect(code, output).toBe(0);
      // A case that builds prints exactly the warnings its messages.txt lists, and no error.
      // vfile-reporter's lines: `line:column[-line:column]  warning|error  reason  rule  source`.
      const printed = output.split('\n').filter((line) => /^\s*\d+:\d+(?:-\d+:\d+)?\s+(?:warning|error)\s/.test(line));
      expect(printed.filter((line) => !expected.split('\n').includes(line))).toEqual([]);
      const pages = builtPages(site.dist);
      expect(pages).toContain('articles/op-ed/index.html');
      const executable = pages.flatMap((page) => executableMarkup(readFileSync(join(site.dist, page), 'utf8'), page));
      expect(executable).toEqual([]);

      // HTML in an article is the author's text: shown as written, never as markup.
      const article = fromHtml(readFileSync(join(site.dist, 'articles/op-ed/index.html'), 'utf8'));
      const [body] = findAll(article, (element: Element) => element.properties.dataArticleBody !== undefined);
      expect(body).toBeDefined();
      const text = authorText(body as Nodes);
      const shownPath = join(CASES, name, 'shown-as-text.txt');
      const shown = existsSync(shownPath) ? readFileSync(shownPath, 'utf8').split('\n').filter(Boolean) : [];
      for (const line of shown) expect(text).toContain(line);
      const markdown = readFileSync(join(CASES, name, 'content/articles/op-ed.md'), 'utf8').split(/\n---\n/)[1]!;
      expect(text.replace(/\s+/g, ' ').trim()).toBe(markdown.replace(/\s+/g, ' ').trim());
    } finally {
      site.remove();
    }
  }, TEST_TIMEOUT_MS);
}

// The small builds run side by side (a build waits on its disk as much as on its core).
describe.concurrent('hostile input through a real build', () => {
  for (const name of STOPS) it(`${name}: the build stops, printing the file, the position, the rule and the fix, and writes no page`, async () => {
    const { site, code, output, expected } = await buildCase(name);
    try {
      expect(expected).toMatch(ERROR_LINE);
      // A content error, not a crash: status 1, the messages and a summary, no banner and no stack trace.
      expect(code, output).toBe(1);
      expect(output.trimEnd().split('\n').at(-1)).toMatch(/^The content has \d+ errors? in \d+ files?; nothing was built\.$/);
      expect(output).not.toMatch(/unhandled error/i);
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output).not.toMatch(/ {20}/);
      for (const line of expected.split('\n')) expect(output).toContain(line);
      expect(existsSync(join(site.dist, 'index.html'))).toBe(false);
      // Nothing half-built may carry executable markup either.
      const leftovers = existsSync(site.dist) ? builtPages(site.dist) : [];
      expect(leftovers.flatMap((page) => executableMarkup(readFileSync(join(site.dist, page), 'utf8'), page))).toEqual([]);
    } finally {
      site.remove();
    }
  }, TEST_TIMEOUT_MS);

  for (const name of BUILDS) buildsInert(name);
});

describe('hostile input through a real build, one build at a time', () => {
  for (const name of BUILDS_ALONE) buildsInert(name);
});
