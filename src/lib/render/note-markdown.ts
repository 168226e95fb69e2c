/**
 * The Markdown of notes, rendered safely whoever wrote it.
 *
 * Notes allow paragraphs, emphasis, strong, inline code, line breaks and http(s) links — nothing else.
 * Raw HTML, images, headings, lists and links to other schemes are refused with a reason, never passed
 * through and never silently dropped. The output is phrasing hast (a note sits inside a paragraph of the
 * article, so its paragraphs become `<span class="note-p">`): the reading page takes it into its tree,
 * where the pipeline's sanitiser cleans it; other pages take it as HTML cleaned by the same schema.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { sanitize } from 'hast-util-sanitize';
import type { ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { createMark } from '../tagging/mark.ts';
import { unsafeLink } from '../content/article-markdown.ts';
import { editionSchema } from './sanitize.ts';

/** Why a note body was refused, with the 1-based line and column inside the Markdown. */
export interface MarkdownProblem {
  reason: string;
  line: number;
  column: number;
}

/** A rendered note body: phrasing hast, or the problems that make it unsafe. */
export interface RenderedMarkdown {
  nodes: ElementContent[];
  problems: MarkdownProblem[];
}

const ALLOWED_PHRASING = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'break', 'link']);

function describe(node: Nodes): string {
  switch (node.type) {
    case 'html':
      return 'raw HTML';
    case 'image':
    case 'imageReference':
      return 'an image';
    case 'linkReference':
    case 'definition':
      return 'a reference-style link';
    default:
      return `a ${node.type}`;
  }
}

/**
 * Render a note's Markdown.
 *
 * @param markdown the note text.
 * @returns phrasing hast, not yet sanitised, or the problems that make it unsafe (then no nodes).
 */
export function renderNoteMarkdown(markdown: string): RenderedMarkdown {
  const tree: Root = fromMarkdown(markdown);
  const problems: MarkdownProblem[] = [];
  const refuse = (node: Nodes, reason: string) =>
    problems.push({ reason, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

  const checkPhrasing = (nodes: PhrasingContent[]): void => {
    for (const node of nodes) {
      if (!ALLOWED_PHRASING.has(node.type)) {
        refuse(node, `Unexpected ${describe(node)} in a note, expected text, emphasis, strong, code or http(s) links`);
        continue;
      }
      if (node.type === 'link' && unsafeLink(node)) {
        refuse(node, `Unexpected link to \`${node.url}\`, expected an absolute http(s) URL`);
      }
      if ('children' in node) checkPhrasing(node.children as PhrasingContent[]);
    }
  };

  const paragraphs: PhrasingContent[][] = [];
  for (const block of tree.children) {
    if (block.type !== 'paragraph') {
      refuse(block, `Unexpected ${describe(block)} in a note, expected paragraphs of text`);
      continue;
    }
    checkPhrasing(block.children);
    paragraphs.push(block.children);
  }
  if (problems.length > 0) return { nodes: [], problems };

  const nodes: PhrasingContent[] = paragraphs.map((children) => {
    const paragraph = createMark('span', { className: 'note-p' });
    paragraph.children = children;
    return paragraph;
  });
  for (const node of nodes) markExternalLinks(node);
  return { nodes: (toHast({ type: 'root', children: nodes } as unknown as Root) as HastRoot).children as ElementContent[], problems };
}

/** A note field as sanitised HTML, for pages outside the Markdown pipeline and for the exports. */
export function noteHtml(markdown: string): string {
  return toHtml(sanitize({ type: 'root', children: renderNoteMarkdown(markdown).nodes }, editionSchema));
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
      const block = node.tagName === 'br' || (Array.isArray(node.properties.className) && node.properties.className.includes('note-p'));
      if (block) parts.push(' ');
      for (const child of node.children) walk(child);
      if (block) parts.push(' ');
    }
  };
  for (const node of renderNoteMarkdown(markdown).nodes) walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
