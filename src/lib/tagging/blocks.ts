/**
 * The blocks that carry an article's words (paragraphs and headings). Its plain text is theirs joined by a
 * blank line, as the TextPositionSelectors in the exports count.
 */
import type { Heading, Html, Paragraph, Root } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import { textOf } from './mark.ts';

/** A paragraph or heading with its plain text. */
export interface Block {
  node: Paragraph | Heading;
  text: string;
}

export const BLOCK_SEPARATOR = '\n\n';

/** Collect the paragraphs and headings of a tree, in reading order. */
export function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      blocks.push({ node, text: textOf(node) });
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}

/**
 * Turn raw HTML in an article into plain text, in place: HTML in an article is the author's text, shown
 * as written, never markup. Block-level HTML becomes a paragraph of its own.
 */
export function htmlAsText(tree: Root): Root {
  visit(tree, 'html', (node: Html, index, parent) => {
    if (!parent || index === undefined) return;
    const text = { type: 'text' as const, value: node.value, position: node.position };
    if (parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem') {
      const paragraph: Paragraph = { type: 'paragraph', children: [text], position: node.position };
      parent.children[index] = paragraph as never;
    } else {
      parent.children[index] = text as never;
    }
    return SKIP;
  });
  return tree;
}
