/**
 * The articles collection's loader. Astro's `glob()` keys an entry on its Markdown alone; this one keys it
 * on every input (notes, register, engine), so an edited note or person reaches the page, in dev too.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleFile, ContentReport } from '../lib/content/report.ts';
import { checkCacheFile, checkContentOnce } from './once.ts';
import { LOADER, engineDigest } from './files.ts';
import { VFileMessage } from 'vfile-message';
import { ContentError, contentMessage, formatMessages, pointAt } from '../lib/content/diagnostics.ts';
import { pruneRendered, readRendered, renderedFile, renderedFolder, useRenderedFolder, writeRendered } from './rendered-files.ts';
import { renderEdition } from '../plugins/index.ts';
import { articleInputs } from '../lib/model/inputs.ts';
import { firstSync, watchContent } from './watch.ts';

/**
 * The key of one article's output: its inputs as the check read them (so a save mid-sync cannot pair new
 * content with an old key), and the renderings' folder (so a moved project renders again).
 */
function articleKey(report: ContentReport, article: ArticleFile, register: string, engine: string, folder: string): Record<string, string> {
  return {
    frontmatter: article.frontmatter,
    body: article.body,
    annotations: report.annotationFiles.get(article.slug)?.text ?? '',
    register,
    engine,
    folder,
  };
}

/** Beside the data store: `.astro/` under `astro dev` (the only command with a watcher), else the cache. */
function storeFolder(context: LoaderContext): URL {
  return context.watcher ? new URL('.astro/', context.config.root) : context.config.cacheDir;
}

/** The people register as the check read it (what the plugins are handed), in a stable order, as JSON. */
function registerJson(report: ContentReport): string {
  return JSON.stringify([...report.registry].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Sync the store with the content folder; throws when the content has errors. */
async function sync(context: LoaderContext, root: string): Promise<void> {
  const { store, parseData, generateDigest, logger } = context;
  const report = checkContentOnce(root, { cacheFile: checkCacheFile(context.config.cacheDir) });
  if (report.problems.some((problem) => problem.fatal)) throw new ContentError(report.problems);
  // Hashed once, not in each article's key.
  const register = generateDigest(registerJson(report));
  const engine = engineDigest(root, LOADER);
  const folder = renderedFolder(storeFolder(context));
  useRenderedFolder(folder);
  const untouched = new Set(store.keys());
  for (const article of report.articles) {
    untouched.delete(article.slug);
    const digest = generateDigest(articleKey(report, article, register, engine, folder));
    const file = renderedFile(folder, article.slug, digest);
    if (store.get(article.slug)?.digest === digest && existsSync(file)) continue;
    const path = join(root, article.file);
    // Blank lines in place of the frontmatter: a line in the body is the same line in the file.
    const body = '\n'.repeat(article.bodyLine - 1) + article.body;
    const inputs = articleInputs(report, article);
    // The project-relative path names the file in messages; a note's problem names its annotation file.
    const rendered = await renderEdition(body, inputs, article.file).catch((error: unknown) => {
        if (!(error instanceof VFileMessage)) throw error;
      throw new ContentError([error]);
    });
    const warnings = rendered.file.messages;
    if (warnings.length > 0) logger.warn(formatMessages(warnings));
    const data = await parseData({ id: article.slug, data: article.data as Record<string, unknown>, filePath: path });
    writeRendered(file, { html: rendered.html, model: rendered.model });
    context.meta.set(claimIdsKey(article.slug), JSON.stringify(rendered.model.claims.map((claim) => claim.id)));
    // No body or HTML: Astro rewrites and reloads the whole store; the rendering has its own file.
    store.set({ id: article.slug, data, filePath: article.file, digest });
  }
  for (const id of untouched) {
    store.delete(id);
    context.meta.delete(claimIdsKey(id));
  }
  checkSiteIds(report, context, folder, root);
}

/** Where the loader's meta store keeps an article's sentence ids. */
function claimIdsKey(slug: string): string {
  return `claim-ids:${slug}`;
}

/** The rendering of an entry of the store, if it has one. */
function renderingFile(store: LoaderContext['store'], folder: string, slug: string): string | undefined {
  const digest = store.get(slug)?.digest;
  return digest === undefined ? undefined : renderedFile(folder, slug, String(digest));
}

/** The renderings the store's entries name; the others are left from earlier states. */
function usedRenderings(store: LoaderContext['store'], folder: string): Set<string> {
  return new Set(store.keys().flatMap((slug) => renderingFile(store, folder, slug) ?? []));
}

/** Stop on a sentence-id hash collision across articles, rather than let two claim pages share an address. */
function checkSiteIds(report: ContentReport, { store, meta }: LoaderContext, folder: string, root: string): void {
  const owners = new Map<string, ArticleFile>();
  const messages = [];
  for (const article of report.articles) {
    const ids = JSON.parse(meta.get(claimIdsKey(article.slug)) ?? '[]') as string[];
    for (const id of ids) {
      const owner = owners.get(id);
      if (!owner) {
        owners.set(id, article);
        continue;
      }
      const claim = readRendered(renderingFile(store, folder, article.slug)!).model.claims.find((record) => record.id === id);
      const text = readFileSync(join(root, article.file), 'utf8');
      messages.push(
        contentMessage({
          file: article.file,
          start: pointAt(text, Math.max(0, claim ? text.indexOf(claim.text) : 0)),
          reason: `Unexpected sentence id \`${id}\` that ${owner.file} gives a sentence too, expected ids unique across the site`,
          ruleId: 'claims/duplicate-id',
          source: 'edition-articles',
          hint: 'Two sentences hashed to the same id. Set `idScope` in one article’s frontmatter to another value to give its sentences new ids.',
        }),
      );
    }
  }
  if (messages.length > 0) throw new ContentError(messages);
}

/** The loader: the project's `content/` under Astro's `root`. */
export function articlesLoader(): Loader {
  return {
    name: 'edition-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await firstSync(context, () => sync(context, root), true);
      // Once per build or dev session: a page being served in dev may still read the previous rendering.
      const folder = renderedFolder(storeFolder(context));
      pruneRendered(folder, usedRenderings(context.store, folder));
      watchContent(context, root, () => sync(context, root), true);
    },
  };
}
