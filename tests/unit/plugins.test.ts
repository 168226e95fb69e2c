import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { z } from 'zod';
import rehypeSanitize from 'rehype-sanitize';
import { editionProcessor, rehypePlugins, renderEdition } from '../../src/plugins/index.ts';
import { editionSchema } from '../../src/lib/render/sanitize.ts';
import { sanitizeHtml } from '../support/html.ts';
import { annotationsSchema, personSchema } from '../../src/lib/content/schema.ts';
import { parseYaml } from '../../src/loader/read.ts';
import { formatMessages } from '../../src/lib/content/diagnostics.ts';

// Each folder in tests/fixtures/plugins/ is one case: `input.md` (the article body), optionally
// `registry.yaml` (person id → person) and `annotations.yaml` (as in content/annotations/), and the
// expected `output.html` (absent when the pipeline must stop) and `messages.txt`, both Vitest file snapshots. Every case is published
// on Thursday 2007-12-06, the op-ed's day, so relative dates resolve the same way in all of them.
// `npm test -- --project unit -u` rewrites the expected files for review as a diff.
const fixtures = join(process.cwd(), 'tests/fixtures/plugins');
const PUBLISHED = '2007-12-06';

/** A fixture's YAML file, read by the content check's own parser; a problem in it fails the test. */
function readYaml<Schema extends z.ZodType>(folder: string, name: string, schema: Schema): z.output<Schema> | undefined {
  const path = join(folder, name);
  if (!existsSync(path)) return undefined;
  const problems: VFileMessage[] = [];
  const data = parseYaml(readFileSync(path, 'utf8'), schema, name, problems, { rulePrefix: 'fixture', hint: '' });
  if (data === undefined) throw new Error(formatMessages(problems));
  return data;
}

/** Run the edition's pipeline the way Astro does, without Astro. */
function run(name: string): { html?: string; messages: string } {
  const folder = join(fixtures, name);
  const file = new VFile({ path: 'input.md', value: readFileSync(join(folder, 'input.md'), 'utf8') });
  const annotationsPath = join(folder, 'annotations.yaml');
  const annotationsFile = existsSync(annotationsPath) ? { path: 'annotations.yaml', text: readFileSync(annotationsPath, 'utf8') } : undefined;
  const registry = new Map(Object.entries(readYaml(folder, 'registry.yaml', z.record(z.string(), personSchema)) ?? {}));
  const annotations = readYaml(folder, 'annotations.yaml', annotationsSchema);
  const processor = editionProcessor({ slug: name, published: PUBLISHED, registry, annotations, annotationsFile });
  let html: string | undefined;
  try {
    html = `${String(processor.processSync(file))}\n`;
  } catch (error) {
    // A failing pipeline has already recorded its fatal message on the file.
    if (!file.messages.some((message) => message.fatal)) throw error;
  }
  return { html, messages: file.messages.length > 0 ? formatMessages(file.messages) : '' };
}

const cases = existsSync(fixtures) ? readdirSync(fixtures).filter((name) => statSync(join(fixtures, name)).isDirectory()).sort() : [];

describe('plugin fixtures', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  for (const name of cases) {
    it(`${name}: renders the expected HTML and messages`, async () => {
      const { html, messages } = run(name);
      const htmlPath = join(fixtures, name, 'output.html');
      if (html === undefined) expect(existsSync(htmlPath), `${name} stops the pipeline, so it has no output.html`).toBe(false);
      else await expect(html).toMatchFileSnapshot(htmlPath);
      await expect(messages === '' ? '' : `${messages}\n`).toMatchFileSnapshot(join(fixtures, name, 'messages.txt'));
    });
  }
});

describe('the plugins’ public API', () => {
  it('is one pipeline that takes the article’s inputs as options: the register tags the names', async () => {
    const registry = new Map([['george-w-bush', personSchema.parse({ name: 'George W. Bush', aliases: ['President Bush'], roleThen: 'President' })]]);
    const { html } = await renderEdition('President Bush wrote to him.\n', { slug: 'x', published: PUBLISHED, registry });
    expect(html).toMatch(/data-person="george-w-bush"[^>]*>President Bush</);
    const { html: bare } = await renderEdition('President Bush wrote to him.\n', { slug: 'x', published: PUBLISHED, registry: new Map() });
    expect(bare).not.toContain('george-w-bush');
  });

  it('shows the author’s markup as text, and ends with the sanitiser: nothing outside the schema reaches the page', async () => {
    const body = 'A <script>alert(1)</script> and <span onclick="steal()" style="color:red">a span</span> and <iframe src="https://example.org"></iframe>.\n';
    const { html } = await renderEdition(body, { slug: 'x', published: PUBLISHED, registry: new Map() });
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).not.toMatch(/<(script|iframe)\b|<[^>]*\s(onclick|style)=/);
    // Nothing left for the schema to remove: the page holds only what the edition allows.
    expect(sanitizeHtml(html)).toBe(html);
    // remark-edition already shows raw HTML as text, so the output alone cannot show the sanitiser ran:
    // it is the last rehype plugin, with the edition's schema.
    expect(rehypePlugins({ slug: 'x', published: PUBLISHED, registry: new Map() }).at(-1)).toEqual([rehypeSanitize, editionSchema]);
  });

  it('stops at an impossible publication day, placed at the top of the article', async () => {
    const failure = await renderEdition('Text.\n', { slug: 'x', published: '2007-02-30', registry: new Map() }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ ruleId: 'frontmatter/invalid-field', fatal: true, line: 1, column: 1 });
  });

  it('keeps the people of the model in step with the mentions the page could mark', async () => {
    const registry = new Map([['condoleezza-rice', personSchema.parse({ name: 'Condoleezza Rice', aliases: ['Rice'], roleThen: 'Secretary of State' })]]);
    // The link cuts the second name, so the page cannot mark it: the model must not count it either.
    const body = 'Rice said so. [Yesterday Condoleezza][r] Rice spoke again.\n\n[r]: https://example.org/r\n';
    const { model, file } = await renderEdition(body, { slug: 'x', published: PUBLISHED, registry });
    expect(file.messages.map((message) => message.ruleId)).toContain('people/unmarkable');
    expect(model.mentions.map((mention) => mention.text)).toEqual(['Rice']);
    expect(model.people).toEqual([{ id: 'condoleezza-rice', name: 'Condoleezza Rice', registered: true, mentions: 1 }]);
    expect(model.claims.map((claim) => claim.people)).toEqual([['condoleezza-rice'], []]);
  });
});
