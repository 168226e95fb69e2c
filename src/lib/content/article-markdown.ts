/**
 * The one home of the rules for the Markdown of an article: raw HTML is the author's text, and only
 * http(s) links stay. The content check refuses what breaks them; the pipeline makes a tree that reaches
 * it unchecked (the `tag` script, a test) safe by the same rules.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Definition, Nodes, Root } from 'mdast';
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
 * The mdast of an article body, parsed the way the site parses it: remark-parse without extensions, and
 * raw HTML turned into text (see {@link safeArticle}), so its blocks and their text are the ones the notes
 * anchor in while tagging.
 */
export function parseArticleBody(body: string): Root {
  return htmlAsText(fromMarkdown(body));
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
