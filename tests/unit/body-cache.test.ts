/**
 * The content check's cache of article bodies: a second check reads unchanged bodies from the file and
 * reports exactly what a fresh check does; an edited body, another publication day or other engine code is
 * read afresh; a body with a problem is never kept.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/loader/check.ts';
import type { ContentReport } from '../../src/lib/content/report.ts';

const fixtures = join(process.cwd(), 'tests/fixtures/content');

let root: string;
let cacheFile: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'edition-body-cache-'));
  cacheFile = join(root, 'cache', 'content-check.json');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A content folder from a fixture, in the temporary root. */
function useFixture(name: string): void {
  cpSync(join(fixtures, name, 'content'), join(root, 'content'), { recursive: true });
}

/** What a report says, without the counter of reused bodies. */
function outcome(report: ContentReport) {
  return {
    problems: report.problems.map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.ruleId} ${problem.reason}`),
    articles: report.articles,
  };
}

/** The cache file, parsed. */
function cached(): { engine: string; bodies: Record<string, { impossible: Array<{ reason: string }> }> } {
  return JSON.parse(readFileSync(cacheFile, 'utf8'));
}

describe('the content check’s body cache', () => {
  it('reads unchanged bodies from the file, with the same report as a fresh check', () => {
    useFixture('impossible-date-explained');
    const fresh = checkContent(root);
    const first = checkContent(root, { cacheFile });
    expect(first.bodiesReused).toBe(0);
    const second = checkContent(root, { cacheFile });
    expect(second.bodiesReused).toBe(second.articles.length);
    expect(second.articles.length).toBeGreaterThan(0);
    expect(outcome(second)).toEqual(outcome(fresh));
    expect(outcome(first)).toEqual(outcome(fresh));
  });

  it('uses what the file says (so a reused body is really not read again)', () => {
    useFixture('impossible-date-explained');
    checkContent(root, { cacheFile });
    const file = cached();
    const [body] = Object.values(file.bodies);
    expect(body!.impossible.length).toBeGreaterThan(0);
    body!.impossible[0]!.reason = 'a reason only the cache file holds';
    writeFileSync(cacheFile, JSON.stringify(file));
    // The note explains the date, so no problem is reported; drop the note to see the reason.
    rmSync(join(root, 'content', 'annotations'), { recursive: true, force: true });
    const report = checkContent(root, { cacheFile });
    expect(report.bodiesReused).toBe(1);
    expect(report.problems.map((problem) => problem.reason).join('\n')).toContain('a reason only the cache file holds');
  });

  it('reads an edited body afresh, and keeps only the bodies still in the content', () => {
    useFixture('valid');
    checkContent(root, { cacheFile });
    const before = Object.keys(cached().bodies);
    const article = firstArticle();
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nOne more paragraph, added by an editor.\n`);
    const report = checkContent(root, { cacheFile });
    expect(report.bodiesReused).toBe(report.articles.length - 1);
    const after = Object.keys(cached().bodies);
    expect(after).toHaveLength(before.length);
    expect(after.filter((key) => !before.includes(key))).toHaveLength(1);
  });

  it('reads a body afresh when the article’s publication day changes (its dates are read against it)', () => {
    useFixture('valid');
    checkContent(root, { cacheFile });
    const article = firstArticle();
    const text = readFileSync(article, 'utf8');
    const published = /^published: *(\S+)$/m.exec(text)![1]!;
    writeFileSync(article, text.replace(`published: ${published}`, 'published: 2001-01-01'));
    const report = checkContent(root, { cacheFile });
    expect(report.bodiesReused).toBe(report.articles.length - 1);
  });

  it('drops the whole file when the engine’s code is different', () => {
    useFixture('valid');
    checkContent(root, { cacheFile });
    writeFileSync(cacheFile, JSON.stringify({ ...cached(), engine: 'other code' }));
    expect(checkContent(root, { cacheFile }).bodiesReused).toBe(0);
  });

  it('ignores a file it cannot read, and writes it anew', () => {
    useFixture('valid');
    checkContent(root, { cacheFile });
    writeFileSync(cacheFile, '{ not json');
    expect(checkContent(root, { cacheFile }).bodiesReused).toBe(0);
    expect(checkContent(root, { cacheFile }).bodiesReused).toBeGreaterThan(0);
  });

  it('never keeps a body with a refused link or image, so its message is placed by a fresh reading every time', () => {
    useFixture('article-markdown-links');
    const first = checkContent(root, { cacheFile });
    expect(first.problems.some((problem) => problem.ruleId === 'article/unsafe-url')).toBe(true);
    expect(Object.keys(cached().bodies)).toHaveLength(0);
    const second = checkContent(root, { cacheFile });
    expect(second.bodiesReused).toBe(0);
    expect(outcome(second)).toEqual(outcome(first));
  });
});

/** The path of the first article of the content folder. */
function firstArticle(): string {
  const folder = join(root, 'content', 'articles');
  return join(folder, readdirSync(folder).filter((name) => name.endsWith('.md')).sort()[0]!);
}

describe('a cache file that cannot be written', () => {
  it('leaves the check’s report as it is, and the build goes on', () => {
    const root = mkdtempSync(join(tmpdir(), 'edition-body-cache-'));
    try {
      cpSync(join(fixtures, 'valid', 'content'), join(root, 'content'), { recursive: true });
      // A file where the cache folder should be: nothing can be written under it.
      writeFileSync(join(root, 'not-a-folder'), '');
      const report = checkContent(root, { cacheFile: join(root, 'not-a-folder', 'content-check.json') });
      expect(outcome(report)).toEqual(outcome(checkContent(root)));
      expect(readdirSync(root).sort()).toEqual(['content', 'not-a-folder']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
