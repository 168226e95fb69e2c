/**
 * Hostile input through a real site build. Each folder in tests/fixtures/bad-input/ is a small content tree
 * (`content/`) and the messages the build must print (`messages.txt`, as vfile-reporter prints them,
 * kept in step by tests/unit/content-check.test.ts and `UPDATE=1`). A case with errors must stop the build
 * with those messages and write no site; a case without (HTML in an article, a 50,000-word paragraph) must
 * build, and what it builds must be inert; its `shown-as-text.txt`, when present, lists what the article
 * page must show as text. No case may change a content file.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { filesUnder } from '../../src/lib/content/files.ts';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { createFixtureSite } from '../support/fixture-site.ts';
import { authorText, findAll } from '../support/html.ts';

const CASES = join(process.cwd(), 'tests/fixtures/bad-input');
// Builds are CPU-bound and the test machine has two cores: two at a time keeps each one's timing sane.
const BUILDS_AT_ONCE = 2;
// Cases that build thousands of pages run alone, after the others, so they do not starve the rest.
// (The 50,000-word case builds in one to two minutes on a busy two-core machine: 4,099 claim pages,
// search index, precache list. Its time is a benchmark figure, not an assertion.)
const ALONE = new Set(['article-50000-words']);
// Each test waits for a build slot, so its time includes the queue.
const TEST_TIMEOUT_MS = 900_000;

/** Run at most `limit` of the given tasks at once. */
function limiter(limit: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
const schedule = limiter(BUILDS_AT_ONCE);

/** SHA-256 of every file in a folder, so a test can tell whether a build touched any byte of it. */
function hashTree(folder: string): Record<string, string> {
  return Object.fromEntries(filesUnder(folder).map((file) => [file, createHash('sha256').update(readFileSync(join(folder, file))).digest('hex')]));
}

// Attributes whose value the browser loads or navigates to.
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'poster', 'srcSet', 'cite', 'data', 'background', 'ping', 'xLinkHref'];
const ACTIVE_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet']);
// Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`), so this does too.
const DANGEROUS_URL = /^(?:javascript|data|vbscript):/i;

/**
 * What in a built page could run: inline or foreign scripts, event-handler attributes, `javascript:` or
 * `data:` URLs, frames and plugins. The site's own external module scripts and JSON-LD data blocks are fine.
 */
function executableMarkup(html: string, page: string): string[] {
  const found: string[] = [];
  for (const element of findAll(fromHtml(html), () => true)) {
    const where = `${page}: <${element.tagName}>`;
    if (element.tagName === 'script') {
      const type = String(element.properties.type ?? '');
      const src = element.properties.src;
      if (type === 'application/ld+json' && src === undefined) {
        const data = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        try {
          JSON.parse(data);
        } catch {
          found.push(`${where} JSON-LD block that is not JSON`);
        }
      } else if (!(type === 'module' && typeof src === 'string' && src.startsWith('/') && !src.startsWith('//'))) {
        found.push(`${where} script that is not the site's own module (type=${type || 'classic'}, src=${String(src)})`);
      }
    }
    if (ACTIVE_ELEMENTS.has(element.tagName)) found.push(`${where} element that loads active content`);
    if (element.tagName === 'meta' && String(element.properties.httpEquiv ?? '').toLowerCase() === 'refresh') found.push(`${where} refresh`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${where} event handler ${name}`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      for (const url of Array.isArray(value) ? value : [value]) {
        // eslint-disable-next-line no-control-regex
        if (typeof url === 'string' && DANGEROUS_URL.test(url.replace(/[\u0000-\u0020]/g, ''))) found.push(`${where} ${name}="${url}"`);
      }
    }
  }
  return found;
}

/** The built HTML pages of a site folder. */
function builtPages(dist: string): string[] {
  return filesUnder(dist).filter((file) => file.endsWith('.html'));
}

/** Declare the test of one case. */
function testCase(name: string): void {
  const folder = join(CASES, name);
  const expected = readFileSync(join(folder, 'messages.txt'), 'utf8').trimEnd();
  const fails = /^\s*\d+:\d+(?:-\d+:\d+)?\s+error\s/m.test(expected);
  const title = fails
    ? `${name}: the build stops, printing the file, the position, the rule and the fix`
    : `${name}: the build succeeds and writes nothing executable`;

  it(title, async () => {
    const source = join(folder, 'content');
    const sourceHashes = hashTree(source);
    const { site, code, output } = await schedule(async () => {
      const site = createFixtureSite(source);
      const { code, output } = await site.build();
      return { site, code, output };
    });
    try {
      // The build read its copy of the content; neither the copy nor the fixture changed.
      expect(hashTree(join(site.root, 'content'))).toEqual(sourceHashes);
      expect(hashTree(source)).toEqual(sourceHashes);

      if (fails) {
        expect(code, output).not.toBe(0);
        expect(output).toContain('nothing was built');
        for (const line of expected.split('\n')) expect(output).toContain(line);
        expect(existsSync(join(site.dist, 'index.html'))).toBe(false);
        // Nothing half-built may carry executable markup either.
        const leftovers = existsSync(site.dist) ? builtPages(site.dist) : [];
        expect(leftovers.flatMap((page) => executableMarkup(readFileSync(join(site.dist, page), 'utf8'), page))).toEqual([]);
        return;
      }

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
      const shownPath = join(folder, 'shown-as-text.txt');
      const shown = existsSync(shownPath) ? readFileSync(shownPath, 'utf8').split('\n').filter(Boolean) : [];
      for (const line of shown) expect(text).toContain(line);
      const markdown = readFileSync(join(source, 'articles/op-ed.md'), 'utf8').split(/\n---\n/)[1]!;
      if (name === 'article-50000-words') expect(text.replace(/\s+/g, ' ').trim()).toBe(markdown.replace(/\s+/g, ' ').trim());
    } finally {
      site.remove();
    }
  }, TEST_TIMEOUT_MS);
}

const names = readdirSync(CASES).sort();

describe('the scan for executable markup', () => {
  it('finds inline and foreign scripts, handlers, script URLs and frames, and passes the site’s own scripts and JSON-LD', () => {
    const html = `<!DOCTYPE html><html><head><script type="module" src="/_astro/a.js"></script>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>
      <script>alert(1)</script><script src="https://evil.example/x.js"></script>
      <img src="x" onerror="alert(1)"><a href=" java\tscript:alert(1)">x</a><a href="DATA:text/html,x">y</a>
      <iframe src="/x/"></iframe><a href="/articles/x/">ok</a></body></html>`;
    expect(executableMarkup(html, 'page.html')).toEqual([
      "page.html: <script> script that is not the site's own module (type=classic, src=undefined)",
      "page.html: <script> script that is not the site's own module (type=classic, src=https://evil.example/x.js)",
      'page.html: <img> event handler onError',
      'page.html: <a> href=" java\tscript:alert(1)"',
      'page.html: <a> href="DATA:text/html,x"',
      'page.html: <iframe> element that loads active content',
    ]);
  });
});

describe.concurrent('hostile input through a real build', () => {
  for (const name of names.filter((candidate) => !ALONE.has(candidate))) testCase(name);
});

describe('hostile input through a real build, one build at a time', () => {
  for (const name of names.filter((candidate) => ALONE.has(candidate))) testCase(name);
});
