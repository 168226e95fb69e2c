/**
 * Astro integration: keep `dist/` between builds, and remove what an earlier build left there that this one
 * did not make.
 *
 * By default Astro empties `dist/` before it builds, and its incremental build then copies every unchanged
 * page back from its cache: at a thousand articles, 1,650 files deleted and 1,640 copied back, about 1.2 s of
 * an 11 s rebuild. With `vite.build.emptyOutDir: false` (astro.config.mjs) an unchanged page stays where it
 * is. Then, once the pages are written, this integration deletes every file this build neither wrote nor
 * kept: the page of a deleted article, of a sentence that lost its note, of a person no article names any
 * more, an asset of old code, the last search index (the search integration writes the new one next). It
 * must come before the search and offline integrations, which read `dist/`.
 *
 * What this build made is known two ways: every page it built or kept (Astro's `pages`), and every file
 * written since it started. A file is stale when it is neither.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/content/files.ts';

// File times on some file systems are kept to the second or two; a file this build wrote must never look
// older than its start. A file an earlier build wrote this close to it would survive (none does: a build
// takes seconds to reach its pages).
const CLOCK_MARGIN_MS = 2000;

/**
 * The files a built page may be, for a pathname as Astro's `pages` gives it (`articles/x/`, `` for the home
 * page, `404/` or `404` for the error page).
 *
 * @param pathname The page's path relative to the base.
 */
export function pageFiles(pathname: string): string[] {
  const path = pathname.replace(/^\/+/, '');
  const bare = path.replace(/\/+$/, '');
  return [...new Set([bare === '' ? 'index.html' : `${bare}/index.html`, ...(bare === '' ? [] : [`${bare}.html`])])];
}

/**
 * Delete the files of a built folder that the last build neither wrote nor kept, and the folders left empty.
 *
 * @param folder The built site.
 * @param pathnames Every page the build built or kept.
 * @param since When the build started (ms since the epoch): a file written since is the build's own.
 * @returns The files deleted, relative to the folder.
 */
export function removeStaleFiles(folder: string, pathnames: readonly string[], since: number): string[] {
  const kept = new Set(pathnames.flatMap(pageFiles));
  const removed: string[] = [];
  for (const file of filesUnder(folder)) {
    if (kept.has(file)) continue;
    const path = join(folder, file);
    if (statSync(path).mtimeMs >= since - CLOCK_MARGIN_MS) continue;
    unlinkSync(path);
    removed.push(file);
  }
  removeEmptyFolders(folder, true);
  return removed;
}

/** Remove the empty folders under `folder` (and `folder` itself unless it is the root); whether it went. */
function removeEmptyFolders(folder: string, root = false): boolean {
  let empty = true;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || !removeEmptyFolders(join(folder, entry.name))) empty = false;
  }
  if (!empty || root) return false;
  rmdirSync(folder);
  return true;
}

/** The integration; list it before the search and offline integrations. */
export default function staleFiles(): AstroIntegration {
  let started = Date.now();
  return {
    name: 'edition:stale-files',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const removed = removeStaleFiles(fileURLToPath(dir), pages.map((page) => page.pathname), started);
        if (removed.length > 0) logger.info(`Removed ${removed.length} file(s) an earlier build left and this one did not make`);
      },
    },
  };
}
