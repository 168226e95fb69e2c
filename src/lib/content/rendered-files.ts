/**
 * What the articles loader renders of each article, its HTML and its model, kept in a file of its own in
 * Astro's cache folder rather than in Astro's data store.
 *
 * Astro writes its whole data store after any change, and every build bundles it with the pages as one
 * JavaScript module and loads it: at a thousand generated articles 17 MB, nearly all of it rendered HTML and
 * models, paid for on every build however little changed. A file here is named by the article's slug and
 * entry digest (which covers every input the article's output depends on: articles-loader.ts), is written once
 * when the article is rendered, and is read by the pages (src/site.ts). The store keeps the file's path and
 * the article's sentence ids.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StoredModel } from '../model/stored.ts';

/** One article as rendered: its HTML and its model as stored (src/lib/model/stored.ts). */
export interface RenderedArticle {
  html: string;
  model: StoredModel;
}

/** What the store keeps of an article's rendering, under `rendered.metadata.frontmatter`. */
export interface RenderedRef {
  /** The file that holds it. */
  renderedFile: string;
  /** Its sentence ids, for the check that ids are unique across the site. */
  claimIds: string[];
}

/**
 * The folder of the rendered articles in Astro's cache folder.
 *
 * @param cacheDir Astro's `cacheDir`.
 */
export function renderedFolder(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), 'rendered');
}

/**
 * The file of one rendering: a new state of the article's inputs is a new file, never an old one rewritten.
 *
 * @param folder From {@link renderedFolder}.
 * @param slug The article.
 * @param digest Its entry digest.
 */
export function renderedFile(folder: string, slug: string, digest: string): string {
  return join(folder, `${slug}.${digest}.json`);
}

/**
 * Write a rendering; a reader sees the whole file or none (it is written aside, then renamed).
 *
 * @param file From {@link renderedFile}.
 * @param rendered What the pipeline gave.
 */
export function writeRendered(file: string, rendered: RenderedArticle): void {
  mkdirSync(dirname(file), { recursive: true });
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, JSON.stringify(rendered));
  renameSync(aside, file);
}

/** Whether a rendering is on disk. */
export function hasRendered(file: string): boolean {
  return existsSync(file);
}

/**
 * Read a rendering the articles loader wrote.
 *
 * @param file The path the store keeps.
 * @throws When the file is gone or damaged, saying how to recover.
 */
export function readRendered(file: string): RenderedArticle {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RenderedArticle;
  } catch (error) {
    throw new Error(
      `Unexpected unreadable rendered article \`${file}\` (${error instanceof Error ? error.message : String(error)}), expected the file the articles loader wrote. Delete the cache folder and build again.`,
      { cause: error },
    );
  }
}

/**
 * Remove the renderings no entry uses any more (an article deleted, or rendered anew). Files that cannot be
 * removed are left for the next time.
 *
 * @param folder From {@link renderedFolder}.
 * @param used The files the store's entries name.
 */
export function pruneRendered(folder: string, used: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    // A file being written (`.tmp`) may be another build's.
    if (!name.endsWith('.json')) continue;
    const file = join(folder, name);
    if (!used.has(file)) rmSync(file, { force: true });
  }
}
