/**
 * What the articles loader renders of each article, its HTML and its model, kept in a file of its own beside
 * Astro's data store rather than in it.
 *
 * Astro writes its whole data store after any change, and every build bundles it with the pages as one
 * JavaScript module and loads it; with rendered HTML and models in it, that grows with the archive and is
 * paid for on every build however little changed. A file here is named by the article's slug and
 * entry digest (which covers every input the article's output depends on: articles-loader.ts), is written once
 * when the article is rendered, and is read by the pages (src/site.ts), which find it from the entry's id and
 * digest. The data store keeps neither HTML nor a path; the loader's meta store keeps the sentence ids.
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

// The loader and the pages are loaded by different module graphs of one process: the folder of the renderings
// the data store names lives on the global object, under a registered symbol, so both see it (as once.ts).
const SLOT = Symbol.for('annotated-oped.rendered-folder');
type Slot = { [SLOT]?: string };

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
 * Name the folder whose renderings the data store's entries are: the loader does so before it syncs.
 *
 * @param folder From {@link renderedFolder}.
 */
export function useRenderedFolder(folder: string): void {
  (globalThis as Slot)[SLOT] = folder;
}

/**
 * The rendering of an article entry, from its id and digest.
 *
 * @param entry The entry as the data store gives it.
 * @throws When no loader has named its folder in this process, or the entry has no digest.
 */
export function renderingOf(entry: { id: string; digest?: string | number | undefined }): RenderedArticle {
  const folder = (globalThis as Slot)[SLOT];
  if (folder === undefined || entry.digest === undefined) {
    throw new Error(`Unexpected article entry \`${entry.id}\` with no rendering, expected one the articles loader made`);
  }
  return readRendered(renderedFile(folder, entry.id, String(entry.digest)));
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

/** How old a file being written (named other than `.json`) must be before it counts as left by a write that never ended. */
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
