/**
 * What the articles loader renders of each article, its HTML and its model, kept in a file of its own beside
 * Astro's data store rather than in it.
 *
 * Astro writes its whole data store after any change, and every build bundles it with the pages as one
 * JavaScript module and loads it: at a thousand generated articles 17 MB, nearly all of it rendered HTML and
 * models, paid for on every build however little changed. A file here is named by the article's slug and
 * entry digest (which covers every input the article's output depends on: articles-loader.ts), is written once
 * when the article is rendered, and is read by the pages (src/site.ts). The store keeps the file's path and
 * the article's sentence ids.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileWhole } from './files.ts';
import { fileURLToPath } from 'node:url';
import type { EditionModel } from '../lib/model/model.ts';

/** One article as rendered: its HTML and its model. */
export interface RenderedArticle {
  html: string;
  model: EditionModel;
}

/** What the store keeps of an article's rendering, under `rendered.metadata.frontmatter`. */
export interface RenderedRef {
  /** The file that holds it. */
  renderedFile: string;
  /** Its sentence ids, for the check that ids are unique across the site. */
  claimIds: string[];
}

/**
 * The folder of the rendered articles, beside the data store that names them: Astro keeps `astro dev`'s
 * store in `.astro/` and the other commands' in the cache folder, so a dev server and a build never remove
 * each other's renderings.
 *
 * @param storeDir The folder of the data store.
 */
export function renderedFolder(storeDir: URL): string {
  return join(fileURLToPath(storeDir), 'rendered');
}

/**
 * The file of one rendering: a new state of the article's inputs is a new file; a file is only ever written
 * again with the same content (an edit undone).
 *
 * @param folder From {@link renderedFolder}.
 * @param slug The article.
 * @param digest Its entry digest.
 */
export function renderedFile(folder: string, slug: string, digest: string): string {
  return join(folder, `${slug}.${digest}.json`);
}

/**
 * Write a rendering; a reader sees the whole file or none (`writeFileWhole`).
 *
 * @param file From {@link renderedFile}.
 * @param rendered What the pipeline gave.
 */
export function writeRendered(file: string, rendered: RenderedArticle): void {
  writeFileWhole(file, JSON.stringify(rendered));
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
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Unexpected missing rendered article \`${file}\` (${error instanceof Error ? error.message : String(error)}), expected the file the articles loader wrote. Build again, or restart the dev server: the loader renders a missing file anew.`,
      { cause: error },
    );
  }
  try {
    return JSON.parse(text) as RenderedArticle;
  } catch (error) {
    throw new Error(
      `Unexpected damaged rendered article \`${file}\` (${error instanceof Error ? error.message : String(error)}), expected the JSON the articles loader wrote. Delete the file, or the folder it is in, and build again.`,
      { cause: error },
    );
  }
}

/** How old a file being written (`.tmp`) must be before it counts as left by a write that never ended. */
const ABANDONED_MS = 60 * 60 * 1000;

/**
 * Remove the renderings no entry uses any more (an article deleted, or rendered anew), and writes abandoned
 * for an hour. Files that cannot be removed are left for the next time.
 *
 * @param folder From {@link renderedFolder}.
 * @param used The files the store's entries name.
 * @param now The time to measure abandoned writes against.
 */
export function pruneRendered(folder: string, used: ReadonlySet<string>, now = Date.now()): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    try {
      // A file being written may be another process's: only one untouched for an hour is abandoned.
      const unused = name.endsWith('.json') ? !used.has(file) : now - statSync(file).mtimeMs > ABANDONED_MS;
      if (unused) rmSync(file, { force: true });
    } catch {
      // Left for the next time.
    }
  }
}
