/**
 * Note Markdown rendered, once its rules are met (`content/markdown.ts`): phrasing hast (a note sits inside
 * a paragraph of the article, so its paragraphs become `<span class="note-p">`). The reading page takes it
 * into its tree, where the pipeline's sanitiser cleans it; other pages take it as HTML cleaned by the same
 * schema, and the exports as plain text.
 */
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { sanitize } from 'hast-util-sanitize';
import type { ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root } from 'mdast';
import { createMark } from '../tagging/mark.ts';
import { parseNoteMarkdown } from '../content/markdown.ts';
import { editionSchema } from './sanitize.ts';

/** A note's Markdown as phrasing hast, not yet sanitised; none when the text breaks the rules for notes. */
export function renderNoteMarkdown(markdown: string): ElementContent[] {
  const nodes: PhrasingContent[] = parseNoteMarkdown(markdown).paragraphs.map((children) => {
    const paragraph = createMark('span', { className: 'note-p' });
    paragraph.children = children;
    return paragraph;
  });
  for (const node of nodes) markExternalLinks(node);
  return (toHast({ type: 'root', children: nodes } as unknown as Root) as HastRoot).children as ElementContent[];
}

/** A note field as sanitised HTML, for pages outside the Markdown pipeline and for the exports. */
export function noteHtml(markdown: string): string {
  return toHtml(sanitize({ type: 'root', children: renderNoteMarkdown(markdown) }, editionSchema));
}

/** Links in notes lead to sources on other sites: say so to assistive technology and keep no referrer. */
function markExternalLinks(node: PhrasingContent): void {
  if (node.type === 'link') {
    node.data = { ...node.data, hProperties: { rel: ['noopener', 'noreferrer', 'external'] } };
  }
  if ('children' in node) for (const child of node.children as PhrasingContent[]) markExternalLinks(child);
}

/**
 * A note field as plain text, for the exports: its words, paragraphs separated by a space, whitespace
 * collapsed.
 */
export function noteText(markdown: string): string {
  const parts: string[] = [];
  const walk = (node: HastNodes) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element') {
      // Note paragraphs and breaks stand apart from their neighbours.
      const block = node.tagName === 'br' || String(node.properties.className ?? '').split(/[\s,]+/).includes('note-p');
      if (block) parts.push(' ');
      for (const child of node.children) walk(child);
      if (block) parts.push(' ');
    }
  };
  for (const node of renderNoteMarkdown(markdown)) walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
