/**
 * Article and note HTML as plain text, for the content check, the exports and the search records.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';

// Elements whose text stands apart from its neighbours: note paragraphs are spans (they sit inside the
// article's paragraphs), so they are named here along with the usual blocks.
const BLOCK_TAGS = new Set(['p', 'div', 'li', 'br', 'blockquote']);

/**
 * The plain text of a rendered note (or any HTML fragment), paragraphs separated by a space.
 *
 * @param html Trusted HTML from the note renderer.
 * @returns Its text with whitespace collapsed.
 */
export function plainText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element') {
      const classes = node.properties.className;
      const block = BLOCK_TAGS.has(node.tagName) || (Array.isArray(classes) && classes.includes('note-p'));
      if (block) parts.push(' ');
      for (const child of node.children) walk(child);
      if (block) parts.push(' ');
    } else if (node.type === 'root') for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
