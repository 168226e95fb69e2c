/**
 * The edition's Markdown pipeline outside Astro, for tests: the same remark plugins, in the same
 * order, over one article of the content folder.
 */
import { join } from 'node:path';
import { renderEdition } from '../../src/plugins/index.ts';
import { articleInputs } from '../../src/lib/model/inputs.ts';
import { checkContent } from '../../src/loader/check.ts';
import type { EditionModel } from '../../src/lib/model/model.ts';

/** Tag one article of `root/content/articles/` and return its HTML and model. */
export async function tagArticle(root: string, slug: string): Promise<{ html: string; model: EditionModel }> {
  const report = checkContent(root);
  const article = report.articles.find((entry) => entry.slug === slug);
  if (!article) throw new Error(`No article ${slug} under ${root}`);
  const { html, model } = await renderEdition(
    '\n'.repeat(article.bodyLine - 1) + article.body,
    articleInputs(report, article),
    join(root, article.file),
  );
  return { html, model };
}
