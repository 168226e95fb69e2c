/**
 * Each article's rendering (HTML and model), in a file of its own named by slug and entry digest, rather than
 * in Astro's data store: Astro rewrites the whole store after any change and bundles it into every build.
 * The store keeps neither HTML nor a path; the pages find the file from the entry's id and digest.
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

// The loader and the pages load in different module graphs: the folder lives on the global object.
const SLOT = Symbol.for('annotated-oped.rendered-folder');
type Slot = { [SLOT]?: string };

/** The renderings' folder, beside the data store: dev's (`.astro/`) and a build's never clash. */
export function renderedFolder(storeDir: URL): string {
  return join(fileURLToPath(storeDir), 'rendered');
}

/** One rendering's file: new inputs make a new file, so a file is only rewritten with the same content. */
export function renderedFile(folder: string, slug: string, digest: string): string {
  return join(folder, `${slug}.${digest}.json`);
}

/** Name the folder the data store's entries refer to; the loader does so before it syncs. */
export function useRenderedFolder(folder: string): void {
  (globalThis as Slot)[SLOT] = folder;
}

/** The rendering of an article entry, from its id and digest; throws when no loader named a folder. */
export function renderingOf(entry: { id: string; digest?: string | number | undefined }): RenderedArticle {
  const folder = (globalThis as Slot)[SLOT];
  if (folder === undefined || entry.digest === undefined) {
    throw new Error(`Unexpected article entry \`${entry.id}\` with no rendering, expected one the articles loader made`);
  }
  return readRendered(renderedFile(folder, entry.id, String(entry.digest)));
}

/** Write a rendering whole (`writeFileWhole`), as `readRendered` reads it. */
export function writeRendered(file: string, rendered: RenderedArticle): void {
  writeFileWhole(file, JSON.stringify(rendered));
}

/** Read a rendering the articles loader wrote; throws, saying how to recover, when it is gone or damaged. */
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

/** Remove renderings no entry uses, and writes abandoned for an hour; what cannot be removed waits. */
export function pruneRendered(folder: string, used: ReadonlySet<string>, now = Date.now()): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    try {
      const unused = name.endsWith('.json') ? !used.has(file) : now - statSync(file).mtimeMs > ABANDONED_MS;
      if (unused) rmSync(file, { force: true });
    } catch {
      // Left for the next time.
    }
  }
}
