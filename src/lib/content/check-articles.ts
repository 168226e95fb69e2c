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
import { isWebUrl } from '../urls.ts';
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
    if (node.type === 'image' || node.type === 'imageReference') {
      problems.push(contentMessage({
        file,
        ...place(node),
        reason: 'Unexpected image in the article, expected the text of the op-ed only',
        ruleId: 'article/image',
        hint: 'Remove the image; describe it in a note if it matters. The site loads nothing from other origins.',
        fatal: true,
      }));
    } else if ((node.type === 'link' || node.type === 'definition') && !isWebUrl(node.url)) {
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
