/**
 * The content loader of the articles collection.
 *
 * An article's page depends on more than its Markdown: on its annotation file, on the people register and
 * on the engine that tags it. Astro's `glob()` loader keys its cache on the Markdown file alone, so an
 * edited note or person would never reach the output. This loader keys each article on all of them, and
 * renders the article with the edition's pipeline, handing the register and the notes to the plugins as
 * options. In `astro dev` it watches the whole content folder, so an edit to any file an article reads
 * re-renders that article on the next reload, with no restart (watch.ts).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleFile, ContentReport } from '../lib/content/report.ts';
import { checkCacheFile, checkContentOnce } from './once.ts';
import { LOADER, engineDigest } from './files.ts';
import { VFileMessage } from 'vfile-message';
import { ContentError, contentMessage, formatMessages, pointAt } from '../lib/content/diagnostics.ts';
import { hasRendered, pruneRendered, readRendered, renderedFile, renderedFolder, useRenderedFolder, writeRendered } from './rendered-files.ts';
import { renderEdition } from '../plugins/index.ts';
import { articleInputs } from '../lib/model/inputs.ts';
import { firstSync, watchContent } from './watch.ts';

/**
 * The key of one article's output: every input it reads, each as the content check read it, so the key
 * always describes what was rendered (a file saved again while the loader works cannot give new content an
 * old rendering's key, or the reverse); and the folder its rendering is in, so a project moved with its
 * cache renders again rather than keep naming files in the old place (Astro's store keeps an entry whose
 * digest did not change as it was).
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

/**
 * Where the renderings go: beside the data store, which Astro keeps in `.astro/` under `astro dev` (the only
 * command that gives a loader a watcher) and in the cache folder otherwise (rendered-files.ts).
 */
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
  // Hashed once, not with each article's key: at 1,000 articles the register is read a thousand times.
  const register = generateDigest(registerJson(report));
  const engine = engineDigest(root, LOADER);
  const folder = renderedFolder(storeFolder(context));
  useRenderedFolder(folder);
  const untouched = new Set(store.keys());
  for (const article of report.articles) {
    untouched.delete(article.slug);
    const digest = generateDigest(articleKey(report, article, register, engine, folder));
    const file = renderedFile(folder, article.slug, digest);
    // The same inputs and folder (the key has both), and the rendering still there.
    if (store.get(article.slug)?.digest === digest && hasRendered(file)) continue;
    const path = join(root, article.file);
    // Blank lines in place of the frontmatter: a line in the body is the same line in the file.
    const body = '\n'.repeat(article.bodyLine - 1) + article.body;
    const inputs = articleInputs(report, article);
    // The project-relative path names the file in messages; a note's problem names its annotation file.
    const rendered = await renderEdition(body, inputs, article.file).catch((error: unknown) => {
      // The content check finds every problem it can before this; a message here is positioned all the same.
      if (!(error instanceof VFileMessage)) throw error;
      throw new ContentError([error]);
    });
    const warnings = rendered.file.messages;
    if (warnings.length > 0) logger.warn(formatMessages(warnings));
    const data = await parseData({ id: article.slug, data: article.data as Record<string, unknown>, filePath: path });
    writeRendered(file, { html: rendered.html, model: rendered.model });
    context.meta.set(claimIdsKey(article.slug), JSON.stringify(rendered.model.claims.map((claim) => claim.id)));
    // No `body` and no HTML: every byte of the store is written after any change and loaded by every build;
    // the rendering is in its own file, named by the entry's id and digest (rendered-files.ts).
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

/**
 * Sentence ids are unique across the site by construction (each article hashes them with its own scope);
 * only a hash collision could break that. Should one happen, stop with both places rather than let two
 * claim pages share an address.
 */
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
      // The sentence's words, to place the message: read back only on this rare path.
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
          fatal: true,
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
