import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/tagging/sentences.ts';
import { OP_ED_SENTENCES } from '../support/op-ed.ts';

/** The op-ed's body paragraphs, read from the article as published (frontmatter dropped). */
function opEdParagraphs(): string[] {
  const source = readFileSync(new URL('../../content/articles/diplomatic-about-face.md', import.meta.url), 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
}

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences on the op-ed', () => {
  const paragraphs = opEdParagraphs();

  it('is the op-ed the unit tests read: each paragraph its sentences joined by a space', () => {
    expect(paragraphs).toEqual(OP_ED_SENTENCES.map((sentences) => sentences.join(' ')));
  });

  it('finds the 9 paragraphs and 24 sentences of the op-ed', () => {
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs.flatMap((paragraph) => splitSentences(paragraph))).toHaveLength(24);
  });

  OP_ED_SENTENCES.forEach((expected, index) => {
    it(`splits paragraph ${index + 1} into its ${expected.length} sentence(s)`, () => {
      expect(texts(paragraphs[index] ?? '')).toEqual(expected);
    });
  });
});
