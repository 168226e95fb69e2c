import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readPage, findAll, has, authorText } from '../support/html.ts';
import { sourceDek, sourceDisclaimer, sourceParagraphs } from '../support/source.ts';
import { splitFrontmatter } from '../../src/loader/read.ts';

const page = join(process.cwd(), 'dist/articles/diplomatic-about-face/index.html');

describe('text fidelity', () => {
  it('the captured source has the nine paragraphs of the op-ed', () => {
    expect(sourceParagraphs).toHaveLength(9);
    expect(sourceParagraphs[0]).toMatch(/^If you informed most experts/);
    expect(sourceParagraphs[8]).toMatch(/nuclear plans\.$/);
  });

  it('the content file holds the source paragraphs word for word, and nothing else', () => {
    const file = readFileSync(join(process.cwd(), 'content/articles/diplomatic-about-face.md'), 'utf8');
    const parts = splitFrontmatter(file);
    expect(parts).toBeDefined();
    expect(parts!.body.trim().split(/\n\n/)).toEqual(sourceParagraphs);
    expect(parts!.frontmatter).toContain(sourceDisclaimer);
    expect(parts!.frontmatter).toContain(sourceDek);
  });

  it('the text of [data-article-body] without notes and interface equals the source, paragraph by paragraph', () => {
    const tree = readPage(page);
    const bodies = findAll(tree, (element) => has(element, 'dataArticleBody'));
    expect(bodies).toHaveLength(1);
    const paragraphs = findAll(bodies[0]!, (element) => element.tagName === 'p').map(authorText);
    expect(paragraphs).toEqual(sourceParagraphs);
    expect(authorText(bodies[0]!).replace(/\s+/g, ' ').trim()).toBe(sourceParagraphs.join(' '));
  });

  it('the page really adds notes and markers inside the body (so the check above strips something)', () => {
    const tree = readPage(page);
    const body = findAll(tree, (element) => has(element, 'dataArticleBody'))[0]!;
    expect(findAll(body, (element) => has(element, 'dataNote')).length).toBeGreaterThan(10);
    expect(findAll(body, (element) => has(element, 'dataUi')).length).toBeGreaterThan(10);
  });

  it('the disclaimer is shown as the publisher’s note, outside the article body', () => {
    const tree = readPage(page);
    const body = findAll(tree, (element) => has(element, 'dataArticleBody'))[0]!;
    expect(authorText(body)).not.toContain('The positions of American Progress');
    expect(authorText(tree as never)).toContain(sourceDisclaimer);
  });
});
