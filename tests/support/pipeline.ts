/**
 * The edition's Markdown pipeline outside Astro, for tests: the same remark plugins, in the same
 * order, over one article of the content folder.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { join } from 'node:path';
import { remarkPlugins } from '../../src/plugins/index.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import type { EditionModel } from '../../src/lib/model.ts';

/** Tag one article of `root/content/articles/` and return its HTML and model. */
export async function tagArticle(root: string, slug: string): Promise<{ html: string; model: EditionModel }> {
  const report = checkContent(root);
  const article = report.articles.find((entry) => entry.slug === slug);
  if (!article) throw new Error(`No article ${slug} under ${root}`);
  const processor = unified().use(remarkParse);
  for (const plugin of remarkPlugins) processor.use(plugin as never);
  const file = new VFile({
    value: article.body,
    path: join(root, article.file),
    data: { astro: { frontmatter: { ...article.data } } },
  });
  const result = await processor
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeStringify)
    .process(file);
  return { html: String(result.value), model: result.data.edition as EditionModel };
}
