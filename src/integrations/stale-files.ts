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
 * written since it started. A file is stale when it is neither. "Since it started" is the time of a marker
 * file written into `dist/` when the build starts: file times are compared with a file time of the same file
 * system, so a clock that differs from this machine's (a network share) cannot make a new file look old, and
 * a file system that keeps times to the second gives the marker and a file written in that second the same
 * time, which counts as new.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/content/files.ts';

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
 * @param since When the build started, by the folder's clock (ms since the epoch): a file written since is
 *   the build's own.
 * @returns The files deleted, relative to the folder.
 */
export function removeStaleFiles(folder: string, pathnames: readonly string[], since: number): string[] {
  const kept = new Set(pathnames.flatMap(pageFiles));
  const removed: string[] = [];
  for (const file of filesUnder(folder)) {
    if (kept.has(file)) continue;
    const path = join(folder, file);
    if (statSync(path).mtimeMs >= since) continue;
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

/** The marker the build writes into the output folder when it starts; removed when it ends. */
export const START_MARKER = '.build-started';

/** The integration; list it before the search and offline integrations. */
export default function staleFiles(): AstroIntegration {
  let outDir = '';
  return {
    name: 'edition:stale-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(join(outDir, START_MARKER), '');
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const folder = fileURLToPath(dir);
        const marker = join(folder, START_MARKER);
        const started = statSync(marker).mtimeMs;
        unlinkSync(marker);
        const removed = removeStaleFiles(folder, pages.map((page) => page.pathname), started);
        if (removed.length > 0) logger.info(`Removed ${removed.length} file(s) an earlier build left and this one did not make`);
      },
    },
  };
}
