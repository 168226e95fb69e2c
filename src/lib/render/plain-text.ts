/**
 * Note Markdown as plain text, for the exports.
 */
import type { Nodes } from 'hast';
import { renderNoteMarkdown } from './note-markdown.ts';

// Elements whose text stands apart from its neighbours: note paragraphs are spans (they sit inside the
// article's paragraphs), so they are named here along with the usual blocks.
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'br', 'blockquote']);

/**
 * The plain text of a note field, paragraphs separated by a space.
 *
 * @param markdown A note field, as checked by the content check.
 * @returns Its text with whitespace collapsed.
 */
export function noteText(markdown: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element') {
      const classes = node.properties.className;
      const block = BLOCK_TAGS.has(node.tagName) || (Array.isArray(classes) && classes.includes('note-p'));
      if (block) parts.push(' ');
      for (const child of node.children) walk(child);
      if (block) parts.push(' ');
    }
  };
  for (const node of renderNoteMarkdown(markdown).nodes) walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
