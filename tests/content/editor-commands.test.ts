/**
 * The commands an editor runs while adding an article — `npm run check:content`, `npm run tag`
 * (with `--add-people`) and `npm run new` — run as an editor runs them, on copies of fixture content: one
 * content check with one report everywhere, register ids rather than the tagger's internal ones, stub
 * cards the check refuses until filled, and an annotation skeleton that never replaces a file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { VFileMessage } from 'vfile-message';
import { checkContent } from '../../src/loader/check.ts';
import { contentErrorReport, contentMessage, contentSummary, formatMessages } from '../../src/lib/content/diagnostics.ts';
import { personStub, registerId, unfilledFields } from '../../src/lib/content/people-stub.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures');
const WALKTHROUGH = join(FIXTURES, 'walkthrough');
/** A line of a stack trace, as Node prints one. */
const STACK_LINE = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

/** `npm run check:content -- --root <folder>`, from this checkout. */
function checkCommand(root: string) {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--root', root], { encoding: 'utf8' });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

// Each command is a Node process of its own: seconds, not milliseconds, on a loaded machine (the
// describe blocks allow a minute a test).
let project: ProjectCopy | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** The walk-through's starting content with the new editorial saved as `content/articles/harbor-bridge.md`. */
function walkthroughProject(): ProjectCopy {
  const copy = copyProject(join(WALKTHROUGH, 'content'));
  cpSync(join(WALKTHROUGH, 'editorial.md'), join(copy.root, 'content/articles/harbor-bridge.md'));
  return copy;
}

describe('one content check, one report', { timeout: 60_000 }, () => {
  it('check:content exits 1 on an error, printing the check’s messages and a one-line summary, and no stack trace', () => {
    const root = join(FIXTURES, 'content/quote-missing');
    const { status, stdout, stderr } = checkCommand(root);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${contentErrorReport(checkContent(root).problems, 'the build would stop here')}\n`);
    expect(stderr).toContain('7:14-7:34 error Unexpected quote “the plan will work”');
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('The content has 1 error in 1 file; the build would stop here.');
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('check:content exits 0 on valid content and says so', () => {
    const { status, stdout } = checkCommand(join(FIXTURES, 'content/valid'));
    expect(status).toBe(0);
    expect(stdout).toBe('The content has no problems.\n');
  });

  it('tag exits 1 on content with two errors, printing both exactly as check:content does, and no JSON', () => {
    project = copyProject(join(FIXTURES, 'content/quote-missing/content'));
    // A second error, in another file.
    writeFileSync(join(project.root, 'content/people/bad-card.yaml'), 'name: Bad Card\n');
    const check = project.run('check-content.ts');
    const tag = project.run('tag.ts', ['content/articles/op-ed.md']);
    expect(check.status).toBe(1);
    expect(tag.status).toBe(1);
    expect(tag.stdout).toBe('');
    const messages = (text: string) => text.trimEnd().split('\n').slice(0, -1).join('\n');
    expect(messages(tag.stderr)).toBe(messages(check.stderr));
    expect(tag.stderr).toContain('✖ 2 errors');
    expect(tag.stderr.trimEnd().split('\n').at(-1)).toBe('The content has 2 errors in 2 files; nothing was tagged.');
    expect(tag.stderr).not.toMatch(STACK_LINE);
  });

  it('npm test stops before building on a content error, with the check’s messages and status 1', () => {
    project = copyProject(join(FIXTURES, 'content/quote-missing/content'));
    const check = project.run('check-content.ts');
    const test = project.run('test.mjs', ['--project', 'build']);
    expect(test.status).toBe(1);
    expect(test.stderr).toContain(check.stderr.trimEnd());
    expect(test.stderr).toContain('npm test stopped: the content has errors');
  });

  it('tag reports a text too deeply nested to read against the file, at the line, with no stack trace', () => {
    const result = spawnSync(process.execPath, ['scripts/tag.ts', 'tests/fixtures/hostile/article-nested-deep/content/articles/op-ed.md'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^tests\/fixtures\/hostile\/article-nested-deep\/content\/articles\/op-ed\.md\n10:\d+ error Unexpected nesting /);
    expect(result.stderr).toContain('content/too-deep');
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('prints each message on one line with single spaces, however long the others are', () => {
    const short = contentMessage({ file: 'a.md', start: { line: 1, column: 1 }, reason: 'Unexpected x, expected y', ruleId: 'a/b', fatal: true });
    const long = contentMessage({ file: 'a.md', start: { line: 2, column: 1 }, reason: `Unexpected ${'long '.repeat(40)}text, expected less`, ruleId: 'a/c', fatal: true });
    const lines = formatMessages([short, long]).split('\n');
    expect(lines).toContain('1:1 error Unexpected x, expected y a/b content-check');
    for (const line of lines.filter((text) => /^\d+:\d+/.test(text))) expect(line).not.toMatch(/ {2}/);
  });

  it('sums the errors up in one line, with how many files they are in', () => {
    const at = (file: string, fatal: boolean) => contentMessage({ file, start: { line: 1, column: 1 }, reason: 'Unexpected x, expected y', ruleId: 'a/b', fatal });
    expect(contentSummary([at('a.md', true), at('a.md', true), at('b.md', true), at('c.md', false)])).toBe('The content has 3 errors in 2 files; nothing was built.');
    expect(contentSummary([at('c.md', false)])).toBe('The content has 1 warning and no errors.');
    expect(contentSummary([])).toBe('The content has no problems.');
    expect(contentErrorReport([at('a.md', true)], 'nothing was tagged')).toMatch(/✖ 1 error\nThe content has 1 error in 1 file; nothing was tagged\.$/);
    expect(new VFileMessage('x').fatal).toBeUndefined();
  });
});

describe('people the register lacks', { timeout: 60_000 }, () => {
  it('tag shows the register id and the card’s file, never the tagger’s `unregistered-` id', () => {
    project = walkthroughProject();
    const { status, stdout, stderr } = project.run('tag.ts', ['content/articles/harbor-bridge.md']);
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout) as { people: Array<{ text: string; person: string; card: string; registered: boolean }> };
    expect(report.people.filter((mention) => !mention.registered).map(({ text, person, card }) => ({ text, person, card }))).toEqual([
      { text: 'Helen Marsh', person: 'helen-marsh', card: 'content/people/helen-marsh.yaml' },
      { text: 'Marsh', person: 'helen-marsh', card: 'content/people/helen-marsh.yaml' },
      { text: 'the governor', person: 'helen-marsh', card: 'content/people/helen-marsh.yaml' },
    ]);
    expect(stdout + stderr).not.toContain('unregistered-');
    expect(stderr).toContain('Unexpected unregistered person “Helen Marsh”, expected a card content/people/helen-marsh.yaml');
  });

  it('--add-people writes a stub card with the name, the forms found and the fields to fill marked, and keeps an existing card', () => {
    project = walkthroughProject();
    const first = project.run('tag.ts', ['content/articles/harbor-bridge.md', '--add-people']);
    expect(first.stdout).toContain('Wrote content/people/helen-marsh.yaml: fill the fields marked TO FILL.');
    // The card is there, and the check now asks for its fields: the run fails until they are filled.
    expect(first.status).toBe(1);
    const card = readFileSync(join(project.root, 'content/people/helen-marsh.yaml'), 'utf8');
    expect(card).toBe(personStub({ name: 'Helen Marsh', aliases: ['Helen Marsh', 'Marsh'], article: 'content/articles/harbor-bridge.md' }));
    expect(card).toMatch(/^name: Helen Marsh$/m);
    expect(card).toMatch(/^aliases: \[Helen Marsh, Marsh\]$/m);
    expect(card).toMatch(/^roleThen: TO FILL$/m);
    expect(first.stderr).toContain('8:11-8:18 error Unexpected `TO FILL` in `roleThen` of the stub card for Helen Marsh, expected the card filled in people/unfilled-stub');

    // A card the check cannot read yet is still the editor's: it is kept as it is.
    const broken = card.replace('roleThen: TO FILL', 'roleThen: [Governor');
    writeFileSync(join(project.root, 'content/people/helen-marsh.yaml'), broken);
    const second = project.run('tag.ts', ['content/articles/harbor-bridge.md', '--add-people']);
    expect(second.stdout).toContain('Kept content/people/helen-marsh.yaml: it exists already.');
    expect(readFileSync(join(project.root, 'content/people/helen-marsh.yaml'), 'utf8')).toBe(broken);
    // Filled in, the person is in the register and nothing is written.
    writeFileSync(join(project.root, 'content/people/helen-marsh.yaml'), card.replace('roleThen: TO FILL', 'roleThen: Governor').replace('summary: TO FILL', 'summary: She promised the repairs.'));
    const third = project.run('tag.ts', ['content/articles/harbor-bridge.md', '--add-people']);
    expect(third.stdout).toBe('Every person named is in the register; no card written.\nThe content has no problems.\n');
    expect(third.status).toBe(0);
  });

  it('the check refuses a stub card until every marked field is filled, then registers the person', () => {
    project = walkthroughProject();
    const path = join(project.root, 'content/people/helen-marsh.yaml');
    const stub = personStub({ name: 'Helen Marsh', aliases: ['Marsh'], article: 'content/articles/harbor-bridge.md' });
    writeFileSync(path, stub);
    const refused = checkContent(project.root).problems.filter((problem) => problem.fatal);
    expect(refused.map((problem) => [problem.ruleId, problem.line, problem.reason])).toEqual([
      ['people/unfilled-stub', 8, 'Unexpected `TO FILL` in `roleThen` of the stub card for Helen Marsh, expected the card filled in'],
      ['people/unfilled-stub', 10, 'Unexpected `TO FILL` in `summary` of the stub card for Helen Marsh, expected the card filled in'],
    ]);
    expect(refused[0]!.note).toContain('delete content/people/helen-marsh.yaml');
    writeFileSync(path, stub.replace('roleThen: TO FILL', 'roleThen: Governor').replace('summary: TO FILL', 'summary: She promised the repairs.'));
    const accepted = checkContent(project.root);
    expect(accepted.problems.filter((problem) => problem.fatal)).toEqual([]);
    expect(accepted.registry.get('helen-marsh')?.aliases).toEqual(['Helen Marsh', 'Marsh']);
  });

  it('a note that names the tagger’s id is told the register id and the card’s file', () => {
    project = walkthroughProject();
    const notes = readFileSync(join(WALKTHROUGH, 'notes.yaml'), 'utf8')
      .replace('person: helen-marsh', 'person: unregistered-helen-marsh')
      .replace('exact: "put the cost at $40 million"', 'exact: "put the cost at $41 million"');
    writeFileSync(join(project.root, 'content/annotations/harbor-bridge.yaml'), notes);
    const [problem, ...rest] = checkContent(project.root).problems.filter((item) => item.fatal);
    expect(rest).toEqual([]);
    expect(problem?.ruleId).toBe('annotate/unknown-person');
    expect(problem?.note).toMatch(/^Write `person: helen-marsh`: `unregistered-` is only what the tagger calls a name the register lacks\. Add content\/people\/helen-marsh\.yaml /);
  });

  it('a card named with the tagger’s id is refused, with the file name to use', () => {
    project = walkthroughProject();
    writeFileSync(join(project.root, 'content/people/unregistered-helen-marsh.yaml'), 'name: Helen Marsh\nroleThen: Governor\n');
    const [problem] = checkContent(project.root).problems.filter((item) => item.fatal);
    expect(problem?.file).toBe('content/people/unregistered-helen-marsh.yaml');
    expect(problem?.reason).toBe('Unexpected file name `unregistered-helen-marsh.yaml`, expected the register id `helen-marsh.yaml`');
    expect(problem?.note).toContain('Rename the file to content/people/helen-marsh.yaml');
  });

  it('finds the fields left to fill anywhere in a card, and maps ids', () => {
    expect(unfilledFields({ name: 'A', aliases: ['B', 'TO FILL'], sources: [{ title: 'TO FILL' }] })).toEqual([['aliases', 1], ['sources', 0, 'title']]);
    expect(registerId('unregistered-condoleezza-rice')).toBe('condoleezza-rice');
    expect(registerId('george-w-bush')).toBe('george-w-bush');
  });
});

describe('npm run new', { timeout: 60_000 }, () => {
  it('writes one commented entry per check-worthy sentence, with its exact quote, kind and check-worthiness, in a file the check accepts', () => {
    project = walkthroughProject();
    const { status, stdout, stderr } = project.run('new-annotations.ts', ['content/articles/harbor-bridge.md']);
    expect(status, stderr).toBe(0);
    expect(stdout).toBe('Wrote content/annotations/harbor-bridge.yaml: 4 check-worthy sentences, each a commented entry to fill.\n');
    const skeleton = readFileSync(join(project.root, 'content/annotations/harbor-bridge.yaml'), 'utf8');
    const quotes = [...skeleton.matchAll(/^ {2}# {5}exact: (".*")$/gm)].map((match) => JSON.parse(match[1]!) as string);
    expect(quotes).toEqual([
      'The harbor bridge has been closed to trucks since March 2005, when inspectors found cracks in two of its steel beams.',
      'Governor Helen Marsh promised last week that repairs would begin before the end of the year.',
      'The state\'s own engineers put the cost at $41 million.',
      'Jane Roe, who chairs the transportation committee, says the money is already in the budget.',
    ]);
    expect(skeleton).toContain('  # Paragraph 3: fact, check-worthy (');
    expect(skeleton.match(/^ {2}# {3}claimType: fact$/gm)).toHaveLength(4);
    expect(checkContent(project.root).problems.filter((problem) => problem.fatal)).toEqual([]);
  });

  it('never replaces an annotation file that exists', () => {
    project = walkthroughProject();
    const path = join(project.root, 'content/annotations/harbor-bridge.yaml');
    writeFileSync(path, 'byline: Mine\nupdated: "2006-10-20"\n');
    const { status, stdout, stderr } = project.run('new-annotations.ts', ['content/articles/harbor-bridge.md']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Unexpected existing content/annotations/harbor-bridge.yaml, expected a new file: nothing was written.');
    expect(readFileSync(path, 'utf8')).toBe('byline: Mine\nupdated: "2006-10-20"\n');
  });

  it('an entry uncommented with its fields still marked is refused at those fields', () => {
    project = walkthroughProject();
    project.run('new-annotations.ts', ['content/articles/harbor-bridge.md']);
    const path = join(project.root, 'content/annotations/harbor-bridge.yaml');
    // Uncomment the first entry only: its lines run from `- id:` to the next blank line.
    const lines = readFileSync(path, 'utf8').split('\n');
    const start = lines.findIndex((line) => line.startsWith('  # - id:'));
    for (let index = start; lines[index] !== ''; index++) lines[index] = lines[index]!.replace(/^ {2}# /, '  ');
    writeFileSync(path, lines.join('\n'));
    const errors = checkContent(project.root).problems.filter((problem) => problem.fatal);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((problem) => problem.file === 'content/annotations/harbor-bridge.yaml')).toBe(true);
    expect(errors.map((problem) => problem.reason).join('\n')).toContain('TO FILL');
  });

  it('refuses a file outside content/articles/', () => {
    project = walkthroughProject();
    const { status, stderr } = project.run('new-annotations.ts', ['content/people/jane-roe.yaml']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Unexpected `content\/people\/jane-roe\.yaml`, expected an article in content\/articles\//);
  });
});
