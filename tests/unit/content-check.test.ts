import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/loader/check.ts';
import type { VFileMessage } from 'vfile-message';
import { formatMessages } from '../../src/lib/content/diagnostics.ts';
import { hashTree } from '../support/executable.ts';

// Each folder in tests/fixtures/content/ is a small content tree (`content/`), valid or hostile, and
// `messages.txt`, the problems the content check reports as vfile-reporter prints them: exactly what a
// build prints before it stops (tests/build/bad-input.test.ts proves that on real builds of a few cases).
// An empty `messages.txt` is a tree that builds. The files are Vitest file snapshots: `npm test -- -u`
// rewrites them, so a reviewer reads a change in the messages as a diff.
const fixtures = join(process.cwd(), 'tests/fixtures/content');

/** Where a message starts, 1:1 when it has no place. */
function startOf(message: VFileMessage): { line: number; column: number } {
  return { line: message.line ?? 1, column: message.column ?? 1 };
}

/** What a build prints: the errors, as the error that stops it; then the warnings, as the log gives them. */
function printed(problems: readonly VFileMessage[]): string {
  return [problems.filter((problem) => problem.fatal), problems.filter((problem) => !problem.fatal)]
    .filter((group) => group.length > 0)
    .map(formatMessages)
    .join('\n');
}

describe('content check fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`${name}: reports exactly the expected positioned problems, each with a rule and a hint, and changes no file`, async () => {
      const content = join(fixtures, name, 'content');
      const before = hashTree(content);
      const report = checkContent(join(fixtures, name));
      const actual = printed(report.problems);
      await expect(actual === '' ? '' : `${actual}\n`).toMatchFileSnapshot(join(fixtures, name, 'messages.txt'));
      for (const problem of report.problems.filter((item) => item.fatal)) {
        expect(problem.file).toMatch(/^content\/(articles|annotations|people)\/[\w.-]+$/);
        expect(problem.line).toBeGreaterThan(0);
        expect(problem.column).toBeGreaterThan(0);
        expect(problem.reason).toMatch(/^(Unexpected|Unknown|Missing) /);
        expect(problem.ruleId).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
        expect(problem.note).toMatch(/\S/);
      }
      expect(hashTree(content)).toEqual(before);
    });
  }

  it('an article nested thousands of levels deep is one content error at its line, however deep the parser gets', () => {
    // Outside the fixture loop: depending on the stack Node is given, the parser either runs out of it (and
    // the check reports the failure) or finishes (and the nesting limit reports it); both read the same.
    const problems = checkContent(join(process.cwd(), 'tests/fixtures/hostile/article-nested-deep')).problems;
    expect(problems.map((problem) => [problem.file, problem.line, problem.ruleId, problem.fatal])).toEqual([['content/articles/op-ed.md', 10, 'content/too-deep', true]]);
    expect(problems[0]!.reason).toMatch(/^Unexpected nesting /);
  }, 60_000);

  it('a valid tree has no problems and yields its article and registry', () => {
    const report = checkContent(join(fixtures, 'valid'));
    expect(report.problems).toEqual([]);
    expect(report.articles.map((article) => article.slug)).toEqual(['op-ed']);
    expect(report.registry.get('ada-example')?.name).toBe('Ada Example');
  });

  it('a missing title names the file, the field and what was expected', () => {
    const [problem] = checkContent(join(fixtures, 'frontmatter-missing-title')).problems;
    expect(problem?.file).toBe('content/articles/op-ed.md');
    expect(problem?.line).toBeGreaterThan(0);
    expect(problem?.reason).toMatch(/^Missing `title`, expected string/);
  });

  it('a malformed date names the field and the expected form', () => {
    const [problem] = checkContent(join(fixtures, 'malformed-date')).problems;
    expect(problem?.line).toBe(6);
    expect(problem?.reason).toContain('`published`');
    expect(problem?.reason).toContain('expected a real day as YYYY-MM-DD');
  });

  it('an impossible date (30 February) is refused, not rolled over to March', () => {
    const [problem] = checkContent(join(fixtures, 'frontmatter-impossible-date')).problems;
    expect(problem?.reason).toContain('2007-02-30');
  });

  it('an unknown author id names the id, the field and the file to add', () => {
    const [problem] = checkContent(join(fixtures, 'frontmatter-unknown-author')).problems;
    expect(problem?.ruleId).toBe('frontmatter/unknown-author');
    expect(problem?.reason).toContain('`bob-nobody`');
    expect(problem?.reason).toContain('`authors.1`');
    expect(problem?.line).toBe(5);
    expect(problem?.note).toContain('content/people/bob-nobody.yaml');
  });

  it('invalid UTF-8 is refused rather than decoded into replacement characters', () => {
    const [problem] = checkContent(join(fixtures, 'article-invalid-utf8')).problems;
    expect(problem?.ruleId).toBe('content/invalid-utf8');
  });

  it('a note quote that is missing is reported at the quote in the YAML, with the closest words in the article', () => {
    const [problem] = checkContent(join(fixtures, 'quote-missing')).problems;
    expect(problem?.file).toBe('content/annotations/op-ed.yaml');
    expect(startOf(problem!)).toEqual({ line: 7, column: 14 });
    expect(problem?.ruleId).toBe('annotate/quote-missing');
    expect(problem?.reason).toContain('the closest text is “the plan would work” in paragraph 1');
    expect(problem?.note).toContain('content/articles/op-ed.md:10:45');
  });

  it('an unsafe note body is reported on the line of the YAML file that holds the HTML', () => {
    const [problem] = checkContent(join(fixtures, 'note-raw-html')).problems;
    expect(problem?.ruleId).toBe('annotate/unsafe-markdown');
    // Line 2 of the literal block `body: |` (line 8) is line 10 of the file; the tag starts after 13 characters.
    expect(startOf(problem!)).toEqual({ line: 10, column: 20 });
    expect(problem?.reason).toContain('`notes.0.body` of note `plan-would-work`, line 2, column 14 of the text');
  });

  it('a 100 KB note is refused with its length and the limit', () => {
    const [problem] = checkContent(join(fixtures, 'note-100kb')).problems;
    expect(problem?.reason).toBe('Unexpected text of 102,400 characters in `notes.0.body`, expected at most 20,000 characters');
    expect(problem?.note).toContain('shorten it');
  });

  it('overlapping quotes name the other note', () => {
    const [problem] = checkContent(join(fixtures, 'quote-overlap')).problems;
    expect(problem?.ruleId).toBe('annotate/quote-overlap');
    expect(problem?.reason).toContain('note `plan-would-work`');
  });

  it('a javascript: link in an article body is refused at the link', () => {
    const problems = checkContent(join(fixtures, 'article-markdown-links')).problems;
    expect(problems.map((problem) => problem.ruleId)).toEqual(['article/unsafe-url', 'article/unsafe-url', 'article/image', 'article/unsafe-url']);
    expect(startOf(problems[0]!)).toEqual({ line: 10, column: 45 });
  });

  it('an impossible date in the text stops the build, unless a note quotes it to explain it', () => {
    const [problem] = checkContent(join(fixtures, 'article-impossible-date')).problems;
    expect(problem?.ruleId).toBe('article/impossible-date');
    expect(startOf(problem!)).toEqual({ line: 10, column: 25 });
    expect(checkContent(join(fixtures, 'impossible-date-explained')).problems).toEqual([]);
  });

  it('a made-up archived address stops the build: a day-only timestamp, an impossible one, another host', () => {
    const problems = checkContent(join(fixtures, 'source-archived-made-up')).problems;
    // People are read before the notes.
    expect(problems.map((problem) => [problem.file, problem.ruleId, startOf(problem).line])).toEqual([
      ['content/people/jane-doe.yaml', 'source/archived-not-a-capture', 8],
      ['content/annotations/op-ed.yaml', 'source/archived-not-a-capture', 14],
      ['content/annotations/op-ed.yaml', 'source/archived-not-a-capture', 19],
    ]);
    expect(problems.every((problem) => problem.fatal)).toBe(true);
    expect(problems[1]?.reason).toContain('`https://web.archive.org/web/20071206/https://example.org/letter`');
    expect(problems[1]?.note).toContain('remove `archived`');
  });

  it('a capture earlier than its source, or of another address than urlThen, stops the build; a right one passes', () => {
    const problems = checkContent(join(fixtures, 'source-archived-early')).problems;
    expect(problems.map((problem) => [problem.ruleId, String(startOf(problem).line)])).toEqual([
      ['source/archived-before-source', '14'],
      ['source/archived-before-source', '19'],
      ['source/archived-other-page', '25'],
    ]);
    expect(problems[1]?.reason).toBe('Unexpected capture of 2007-11-30 for a source dated 2007-12, expected a capture taken on or after the source’s date');
  });

  it('a verdict kept for forecasts on a statement of fact stops the build, at the verdict; on a prediction it passes', () => {
    const problems = checkContent(join(fixtures, 'verdict-forecast-on-fact')).problems;
    expect(problems.map((problem) => problem.ruleId)).toEqual(['annotate/forecast-verdict-not-prediction']);
    expect(startOf(problems[0]!)).toEqual({ line: 10, column: 14 });
    expect(problems[0]?.reason).toContain('`did-not-hold-up` for note `letter` of type `fact`');
  });

  it('with a publication window, known then ends on its earliest day: a day inside the window is refused', () => {
    const problems = checkContent(join(fixtures, 'known-then-in-window')).problems;
    expect(problems.map((problem) => [problem.ruleId, startOf(problem).line])).toEqual([
      ['annotate/known-then-after-publication', 11],
      ['annotate/phase-then-after-publication', 20],
    ]);
    expect(problems[0]?.reason).toContain('“December 7, 2007”');
    expect(problems[0]?.reason).toContain('2007-12-06, the earliest possible publication day');
  });
});
