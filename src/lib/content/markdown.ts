/**
 * The one home of the rules for Markdown in content. In an article, raw HTML is the author's text and only
 * http(s) links stay: the content check refuses what breaks that, and the pipeline makes a tree that
 * reaches it unchecked (the `tag` script, a test) safe by the same rules. Notes allow paragraphs, emphasis,
 * strong, inline code, line breaks and http(s) links, nothing else: the rest is refused with a reason,
 * never passed through and never silently dropped.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Definition, Nodes, PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { htmlAsText } from '../tagging/blocks.ts';
import { isWebUrl } from '../urls.ts';

/**
 * What an mdast node would load or link to that content may not: an image (it loads from another site
 * and is not the author's words), or a link or definition to anything but an absolute http(s) address.
 */
export function unsafeLink(node: Nodes): 'image' | 'link' | undefined {
  if (node.type === 'image' || node.type === 'imageReference') return 'image';
  if ((node.type === 'link' || node.type === 'definition') && !isWebUrl(node.url)) return 'link';
  return undefined;
}

/**
 * Make an article's tree safe, in place: raw HTML becomes text; an unsafe link, or a reference to an unsafe
 * definition, becomes its words; an image becomes its alt text.
 */
export function safeArticle(tree: Root): void {
  htmlAsText(tree);
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node);
  });
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const definition = node.type === 'linkReference' ? definitions.get(node.identifier) : undefined;
    const unsafe = node.type === 'linkReference' ? !definition || unsafeLink(definition) !== undefined : unsafeLink(node);
    if (unsafe === 'image') {
      parent.children[index] = { type: 'text', value: 'alt' in node ? (node.alt ?? '') : '', position: node.position } as never;
      return SKIP;
    }
    if (unsafe) {
      parent.children.splice(index, 1, ...('children' in node ? (node.children as never[]) : []));
      return index;
    }
    return undefined;
  });
}

/** Why a note body was refused, with the 1-based line and column inside the Markdown. */
export interface MarkdownProblem {
  reason: string;
  line: number;
  column: number;
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

/** A note's paragraphs as phrasing content, or the problems that break the rules for notes (then none). */
export function parseNoteMarkdown(markdown: string): { paragraphs: PhrasingContent[][]; problems: MarkdownProblem[] } {
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
  return { paragraphs: problems.length > 0 ? [] : paragraphs, problems };
}
