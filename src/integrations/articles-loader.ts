/**
 * The content loader of the articles collection.
 *
 * An article's page depends on more than its Markdown: on its annotation file, on the people register and
 * on the engine that tags it. Astro's `glob()` loader keys its cache on the Markdown file alone, so an
 * edited note or person would never reach the output. This loader keys each article on all of them, and
 * renders the article with the edition's pipeline, handing the register and the notes to the plugins as
 * options. In `astro dev` it watches the whole content folder, so an edit to any file an article reads
 * re-renders that article on the next reload, with no restart.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_FOLDERS, type ArticleFile, type ContentReport } from '../lib/content/check.ts';
import { checkCacheFile, checkContentOnce } from '../lib/content/once.ts';
import { ENGINE, digestOf } from '../lib/content/files.ts';
import { VFileMessage } from 'vfile-message';
import { ContentError, contentMessage, formatMessages, pointAt } from '../lib/content/diagnostics.ts';
import { modelFromStore, storedModel, type StoredModel } from '../lib/model/stored.ts';
import { renderEdition } from '../plugins/index.ts';
import { articleInputs } from '../lib/model/inputs.ts';

/** The key of one article's output: every input it reads, the texts as the content check read them. */
function articleKey(report: ContentReport, article: ArticleFile, register: string, engine: string): Record<string, string> {
  return {
    frontmatter: article.frontmatter,
    body: article.body,
    annotations: report.annotationFiles.get(article.slug)?.text ?? '',
    register,
    engine,
  };
}

/** Sync the store with the content folder; throws when the content has errors. */
async function sync(context: LoaderContext, root: string): Promise<void> {
  const { store, parseData, generateDigest, logger } = context;
  const report = checkContentOnce(root, { cacheFile: checkCacheFile(context.config.cacheDir) });
  if (report.problems.some((problem) => problem.fatal)) throw new ContentError(report.problems);
  const register = digestOf(root, [join('content', CONTENT_FOLDERS.people)]);
  const engine = digestOf(root, ENGINE);
  const untouched = new Set(store.keys());
  for (const article of report.articles) {
    untouched.delete(article.slug);
    const digest = generateDigest(articleKey(report, article, register, engine));
    if (store.get(article.slug)?.digest === digest) continue;
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
    // No `body`: no page reads it, and every byte of the store is loaded by every build (stored.ts).
    store.set({
      id: article.slug,
      data,
      filePath: article.file,
      digest,
      rendered: { html: rendered.html, metadata: { frontmatter: { edition: storedModel(rendered.model) } } },
    });
  }
  for (const id of untouched) store.delete(id);
  checkSiteIds(report, store, root);
}

/**
 * Sentence ids are unique across the site by construction (each article hashes them with its own scope);
 * only a hash collision could break that. Should one happen, stop with both places rather than let two
 * claim pages share an address.
 */
function checkSiteIds(report: ContentReport, store: LoaderContext['store'], root: string): void {
  const owners = new Map<string, ArticleFile>();
  const messages = [];
  for (const article of report.articles) {
    const stored = (store.get(article.slug)?.rendered?.metadata?.frontmatter as { edition?: StoredModel } | undefined)?.edition;
    for (const claim of stored ? modelFromStore(stored).claims : []) {
      const owner = owners.get(claim.id);
      if (!owner) {
        owners.set(claim.id, article);
        continue;
      }
      const text = readFileSync(join(root, article.file), 'utf8');
      messages.push(
        contentMessage({
          file: article.file,
          start: pointAt(text, Math.max(0, text.indexOf(claim.text))),
          reason: `Unexpected sentence id \`${claim.id}\` that ${owner.file} gives a sentence too, expected ids unique across the site`,
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
      await sync(context, root);
      const { watcher, logger } = context;
      if (!watcher) return;
      const content = resolve(root, 'content') + sep;
      watcher.add(content);
      let queue = Promise.resolve();
      const onChange = (changed: string) => {
        if (!resolve(changed).startsWith(content)) return;
        queue = queue.then(async () => {
          try {
            await sync(context, root);
            logger.info(`Re-rendered after a change to ${relative(root, changed).split(sep).join('/')}`);
          } catch (error) {
            // Keep the last good pages and say exactly what is wrong; the next save tries again.
            logger.error(error instanceof ContentError ? error.message : String(error));
          }
        });
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
