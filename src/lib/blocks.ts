/**
 * The blocks of an article that carry its words (paragraphs and headings), and their place in the
 * article's plain text. The text of block n starts at `offset`; blocks are joined by a blank line, the
 * same convention the W3C TextPositionSelectors in the exports use.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { textOf } from './mark.ts';

/** A paragraph or heading with its plain text and its offset in the article's text. */
export interface Block {
  node: Paragraph | Heading;
  text: string;
  offset: number;
}

/** The separator between blocks in the article's plain text. */
export const BLOCK_SEPARATOR = '\n\n';

/** Collect the paragraphs and headings of a tree, in reading order. */
export function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = textOf(node);
      blocks.push({ node, text, offset });
      offset += text.length + BLOCK_SEPARATOR.length;
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}

/** The article's plain text: every block's text, joined by a blank line. */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}
