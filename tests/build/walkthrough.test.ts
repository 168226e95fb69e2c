/**
 * The README's "Add an op-ed", followed to the letter on a copy of the project: the commands are read from
 * the section's `sh` blocks and run with npm in that order, the outputs its `text` blocks show are
 * checked against what the commands print, and the person card it shows filled in is the one written.
 * The editor's own work between the commands (the article, the notes with one wrong quote) comes from
 * tests/fixtures/walkthrough/. Each step's seconds are printed.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createFixtureSite } from '../support/fixture-site.ts';
import { filesUnder } from '../../src/loader/files.ts';

const ROOT = process.cwd();
const FIXTURE = join(ROOT, 'tests/fixtures/walkthrough');
const SLUG = 'harbor-bridge';

/** The README's section, and its fenced blocks of one language, in order. */
function readmeBlocks(language: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Add an op-ed\n'), readme.indexOf('## Annotation format\n'));
  const fence = new RegExp(`^( *)\`\`\`${language}\\n([\\s\\S]*?)^\\1\`\`\`$`, 'gm');
  return [...section.matchAll(fence)].map((match) => match[2]!.split('\n').map((line) => line.slice(match[1]!.length)).join('\n').trim());
}

/** Run an npm command line as an editor types it; what it printed (stdout and stderr) and its status. */
function npm(commandLine: string, cwd: string): Promise<{ status: number; output: string; seconds: number }> {
  const args = commandLine.split(' ');
  expect(args[0]).toBe('npm');
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', args.slice(1), { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: join(cwd, '.cache') } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status: status ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

describe('the README walk-through', () => {
  it('adds an editorial with a new person and a wrong quote, each step as the README says', async () => {
    const commands = readmeBlocks('sh');
    const outputs = readmeBlocks('text');
    const [card] = readmeBlocks('yaml').filter((block) => block.startsWith('# content/people/'));
    // The steps this test knows how to do between the commands, in the README's order.
    expect(commands).toEqual([
      'npm run check:content',
      `npm run tag -- content/articles/${SLUG}.md`,
      `npm run tag -- content/articles/${SLUG}.md --add-people`,
      `npm run new -- content/articles/${SLUG}.md`,
      'npm run check:content',
      'npm run build',
    ]);
    expect(outputs).toHaveLength(2);
    expect(card).toBeDefined();

    const site = createFixtureSite(join(FIXTURE, 'content'));
    cpSync(join(ROOT, 'scripts'), join(site.root, 'scripts'), { recursive: true });
    const times: string[] = [];
    const step = async (index: number) => {
      const result = await npm(commands[index]!, site.root);
      times.push(`${commands[index]}: ${result.seconds.toFixed(1)} s`);
      return result;
    };
    try {
      // 1. The article, saved by the editor (the README's frontmatter is its frontmatter).
      const article = readFileSync(join(FIXTURE, 'editorial.md'), 'utf8');
      const frontmatter = readmeBlocks('yaml')[0]!;
      for (const line of frontmatter.split('\n').filter((text) => text !== '---')) expect(article).toContain(line.replace(/ +#.*$/, ''));
      writeFileSync(join(site.root, `content/articles/${SLUG}.md`), article);

      // 2. The check passes.
      const checked = await step(0);
      expect(checked.status, checked.output).toBe(0);
      expect(checked.output).toContain('The content has no problems.');

      // 3. The tags, with the warning the README shows, and the register id the card will have.
      const tagged = await step(1);
      expect(tagged.status, tagged.output).toBe(0);
      for (const line of outputs[0]!.split('\n')) expect(tagged.output).toContain(line);
      expect(tagged.output).toContain('"person": "helen-marsh"');
      expect(tagged.output).not.toContain('unregistered-');

      // 4. The stub card; refused until filled; then filled as the README shows.
      const added = await step(2);
      expect(added.output).toContain('Wrote content/people/helen-marsh.yaml: fill the fields marked TO FILL.');
      expect(added.output).toContain('people/unfilled-stub');
      expect(added.status).toBe(1);
      const cardPath = join(site.root, 'content/people/helen-marsh.yaml');
      expect(readFileSync(cardPath, 'utf8')).toMatch(/^aliases: \[Helen Marsh, Marsh\]$/m);
      writeFileSync(cardPath, `${card}\n`);

      // 5. The skeleton of the notes; the editor fills it (one claim note from it, three more, one quote wrong).
      const started = await step(3);
      expect(started.status, started.output).toBe(0);
      const skeleton = readFileSync(join(site.root, `content/annotations/${SLUG}.yaml`), 'utf8');
      const notes = readFileSync(join(FIXTURE, 'notes.yaml'), 'utf8');
      const claimQuote = /exact: (".*")/.exec(notes)![1]!;
      expect(skeleton).toContain(`  #     exact: ${claimQuote}`);
      writeFileSync(join(site.root, `content/annotations/${SLUG}.yaml`), notes);

      // 6. The wrong quote, placed, with the closest text, exactly as the README shows it; then fixed.
      const wrong = await step(4);
      expect(wrong.status).toBe(1);
      for (const line of outputs[1]!.split('\n')) expect(wrong.output).toContain(line);
      writeFileSync(join(site.root, `content/annotations/${SLUG}.yaml`), notes.replace('exact: "put the cost at $40 million"', 'exact: "put the cost at $41 million"'));

      // 7. The build, and the page: an editorial in an archive of two, its new person on a page of their own.
      const built = await step(5);
      expect(built.status, built.output).toBe(0);
      const page = readFileSync(join(site.dist, `articles/${SLUG}/index.html`), 'utf8');
      expect(page).toContain('<p class="article-kicker">The Example Gazette · Editorial</p>');
      expect(page).toContain('id="marsh-card"');
      expect(existsSync(join(site.dist, 'people/helen-marsh/index.html'))).toBe(true);
      expect(readFileSync(join(site.dist, 'index.html'), 'utf8')).toMatch(/This archive prints 2 articles\s+exactly/);
      const pages = filesUnder(site.dist).filter((file) => file.endsWith('.html'));
      expect(pages.filter((file) => readFileSync(join(site.dist, file), 'utf8').includes('unregistered-helen-marsh'))).toEqual([]);
    } finally {
      console.log(`walk-through steps:\n  ${times.join('\n  ')}`);
      site.remove();
    }
  });
});
