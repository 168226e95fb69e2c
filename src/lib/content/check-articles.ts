/** Checks of an article's text: only http(s) links, no images, no nesting past the renderers' reach. */
import { LineCounter, parseDocument } from 'yaml';
import { yamlRange } from './yaml.ts';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFileMessage } from 'vfile-message';
import { contentMessage, excerpt, type Point } from './diagnostics.ts';
import { htmlAsText } from '../tagging/blocks.ts';
import { unsafeLink } from './markdown.ts';
import type { ArticleFile } from './report.ts';

export function frontmatterFieldRange(frontmatter: string, path: (string | number)[]): { start: Point; end?: Point } {
  const lines = new LineCounter();
  const document = parseDocument(frontmatter, { lineCounter: lines });
  return yamlRange(document, lines, path, 1);
}

/**
 * An article body's mdast as the site parses it (remark-parse, raw HTML as text like `remark-edition`), so its
 * blocks are the ones the notes anchor in.
 */
export function parseArticleBody(body: string): Root {
  return htmlAsText(fromMarkdown(body));
}

/** No image (it would load from another site) and only absolute http(s) links in pasted article text. */
export function checkArticleLinks(tree: Root, file: string, bodyLine: number, problems: VFileMessage[]): void {
  const place = (node: Nodes) => {
    const position = node.position;
    if (!position) return { start: { line: bodyLine, column: 1 } };
    return {
      start: { line: position.start.line + bodyLine - 1, column: position.start.column },
      end: { line: position.end.line + bodyLine - 1, column: position.end.column },
    };
  };
  visit(tree, (node) => {
    const unsafe = unsafeLink(node);
    if (unsafe === 'image') {
      problems.push(contentMessage({
        file,
        ...place(node),
        reason: 'Unexpected image in the article, expected the text of the op-ed only',
        ruleId: 'article/image',
        hint: 'Remove the image; describe it in a note if it matters. The site loads nothing from other origins.',
      }));
    } else if (unsafe === 'link' && 'url' in node) {
      problems.push(contentMessage({
        file,
        ...place(node),
        reason: `Unexpected link to \`${excerpt(node.url)}\` in the article, expected an absolute http(s) URL`,
        ruleId: 'article/unsafe-url',
        hint: 'Link to the http(s) address the publisher’s page links to, or remove the link and keep its words.',
      }));
    }
  });
}

/** Prose nests two or three levels; far deeper, renderers overflow the stack at a depth machines differ on. */
export const MAX_NESTING = 64;

/** Report the first node deeper than {@link MAX_NESTING} before any renderer meets it. */
export function checkNesting(tree: Root, file: string, bodyLine: number, problems: VFileMessage[]): void {
  // Iterative, since recursion is what fails on such a tree.
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_NESTING) {
      const start = node.position?.start;
      problems.push(contentMessage({
        file,
        start: start ? { line: start.line + bodyLine - 1, column: start.column } : { line: bodyLine, column: 1 },
        reason: `Unexpected nesting ${MAX_NESTING} levels deep and more (quotes, lists or emphasis inside one another), expected an article’s paragraphs`,
        ruleId: 'content/too-deep',
        hint: 'Paste the text as plain paragraphs: an op-ed nests a quotation or a list a few levels at most.',
      }));
      return;
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child as Nodes, depth: depth + 1 });
  }
}

/** Each article's id scope (default: its slug) is its own, or shared sentences would share ids. */
export function checkIdScopes(articles: readonly ArticleFile[], problems: VFileMessage[]): void {
  const owners = new Map<string, ArticleFile>();
  for (const article of articles) {
    const scope = article.data.idScope ?? article.slug;
    const owner = owners.get(scope);
    if (owner) {
      problems.push(contentMessage({
        file: article.file,
        ...frontmatterFieldRange(article.frontmatter, article.data.idScope === undefined ? [] : ['idScope']),
        reason: `Unexpected id scope \`${scope}\` that ${owner.file} uses too, expected each article to hash its ids with its own scope`,
        ruleId: 'frontmatter/duplicate-id-scope',
        hint: 'Remove `idScope` so the slug is used, or pick a scope no other article has: shared sentences would otherwise share ids and claim pages.',
      }));
    } else {
      owners.set(scope, article);
    }
  }
}
