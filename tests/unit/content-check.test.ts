import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/problems.ts';

// Each folder in tests/fixtures/content/ is a small content tree; `messages.txt` beside its `content/`
// holds the expected problems, one formatted message per line. `UPDATE=1 npx vitest run` rewrites them.
const fixtures = join(process.cwd(), 'tests/fixtures/content');

describe('content check fixtures', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`${name}: reports exactly the expected positioned problems`, () => {
      const report = checkContent(join(fixtures, name));
      const actual = report.problems.map(formatProblem).join('\n');
      const expectedPath = join(fixtures, name, 'messages.txt');
      if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual === '' ? '' : `${actual}\n`);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8').trimEnd());
    });
  }

  it('a valid tree has no problems and yields its article and registry', () => {
    const report = checkContent(join(fixtures, 'valid'));
    expect(report.problems).toEqual([]);
    expect(report.articles.map((article) => article.slug)).toEqual(['op-ed']);
    expect(report.registry.get('ada-example')?.name).toBe('Ada Example');
  });

  it('a missing title names the file, the field and what was expected', () => {
    const [problem] = checkContent(join(fixtures, 'missing-title')).problems;
    expect(formatProblem(problem!)).toMatch(/^content\/articles\/op-ed\.md:\d+:\d+.*Missing `title`, expected string/);
  });

  it('a malformed date names the field and the expected form', () => {
    const [problem] = checkContent(join(fixtures, 'malformed-date')).problems;
    expect(problem?.start.line).toBe(6);
    expect(problem?.reason).toContain('`published`');
    expect(problem?.reason).toContain('expected a real day as YYYY-MM-DD');
  });

  it('an impossible date (30 February) is refused, not rolled over to March', () => {
    const [problem] = checkContent(join(fixtures, 'impossible-date')).problems;
    expect(problem?.reason).toContain('2007-02-30');
  });

  it('an unknown author id names the id, the field and the file to add', () => {
    const [problem] = checkContent(join(fixtures, 'unknown-author')).problems;
    expect(problem?.ruleId).toBe('frontmatter/unknown-author');
    expect(problem?.reason).toContain('`bob-nobody`');
    expect(problem?.reason).toContain('`authors.1`');
    expect(problem?.start.line).toBe(5);
    expect(problem?.hint).toContain('content/people/bob-nobody.yaml');
  });

  it('invalid UTF-8 is refused rather than decoded into replacement characters', () => {
    const [problem] = checkContent(join(fixtures, 'invalid-utf8')).problems;
    expect(problem?.ruleId).toBe('content/invalid-utf8');
  });

  it('checking never writes to the content folder', () => {
    const file = join(fixtures, 'unknown-author/content/articles/op-ed.md');
    const before = readFileSync(file);
    checkContent(join(fixtures, 'unknown-author'));
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
