/**
 * Checks of an article's text: only http(s) links and no images, and no two articles hashing ids with one
 * scope.
 */
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
 * The mdast of an article body, parsed the way the site parses it: remark-parse without extensions, and
 * raw HTML turned into text as `remark-edition` does (HTML in an article is the author's text), so its
 * blocks and their text are the ones the notes anchor in while tagging.
 */
export function parseArticleBody(body: string): Root {
  return htmlAsText(fromMarkdown(body));
}

/**
 * Links and images in an article's Markdown. The text is pasted from a publisher's page, so a link may
 * only lead to an absolute http(s) address; an image would load from another site (and is not the
 * author's words), so none is accepted.
 */
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
        fatal: true,
      }));
    } else if (unsafe === 'link' && 'url' in node) {
      problems.push(contentMessage({
        file,
        ...place(node),
        reason: `Unexpected link to \`${excerpt(node.url)}\` in the article, expected an absolute http(s) URL`,
        ruleId: 'article/unsafe-url',
        hint: 'Link to the http(s) address the publisher’s page links to, or remove the link and keep its words.',
        fatal: true,
      }));
    }
  });
}

/**
 * How deep block quotes, lists and inline markup may nest in an article. Printed prose nests a quotation or
 * a list two or three levels; far deeper, the renderers recurse until the stack runs out, at a depth that
 * depends on the machine, so the check draws the line well before.
 */
export const MAX_NESTING = 64;

/**
 * An article nested deeper than {@link MAX_NESTING}: reported at the first node that deep, before any
 * renderer meets it. (A tree too deep to parse at all is reported by the check's guard instead.)
 */
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
        fatal: true,
      }));
      return;
    }
    if ('children' in node) for (const child of node.children) stack.push({ node: child as Nodes, depth: depth + 1 });
  }
}

/**
 * Two articles must not hash their ids with the same scope: their shared sentences would share ids. A scope
 * defaults to the slug, which file names keep unique, so only an explicit `idScope` can collide.
 */
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
        fatal: true,
      }));
    } else {
      owners.set(scope, article);
    }
  }
}
