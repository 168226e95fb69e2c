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
 * What this build made is known three ways: every file of every route it built or kept (Astro's `assets`),
 * every file written since it started, and the files copied from `public/`. A file is stale when it is none
 * of these.
 * "Since it started" is the time of the build mark (BUILD_MARK), written into `dist/` when the build starts:
 * file times are compared with a file time of the same file system, so a clock that differs from this
 * machine's (a network share) cannot make a new file look old, and a file system that keeps times to the
 * second gives the mark and a file written in that second the same time, which counts as new.
 */
import type { AstroIntegration } from 'astro';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../loader/files.ts';

/**
 * Delete the files of a built folder that the last build neither wrote nor kept, and the folders left empty.
 * A symbolic link and what it leads to, and a `.git` folder (a deploy branch checked out there), are never
 * touched.
 *
 * @param folder The built site.
 * @param kept Every file the build made or kept, relative to the folder: its routes' files, the files copied
 *   from `public/` (a copy may keep its source's time) and the build mark.
 * @param since When the build started, by the folder's clock (ms since the epoch): a file written since is
 *   the build's own.
 * @returns The files deleted, relative to the folder.
 */
export function removeStaleFiles(folder: string, kept: ReadonlySet<string>, since: number): string[] {
  const removed: string[] = [];
  for (const file of filesUnder(folder, { own: true })) {
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
    if (!entry.isDirectory() || entry.name === '.git' || !removeEmptyFolders(join(folder, entry.name))) empty = false;
  }
  if (!empty || root) return false;
  rmdirSync(folder);
  return true;
}

/**
 * The mark a build leaves in the output folder: a token naming the build, written when it starts (so its
 * time is the build's start, by the folder's clock). The cache folder keeps the token of the last build it
 * finished. When the two differ, `dist/` was last written by a build with another cache (`npm test` and
 * `npm run build` keep theirs apart), or by a build that failed, and Astro's incremental build, which keeps
 * a page it finds in `dist/` when its own cache says the page is unchanged, could keep another build's page:
 * so `dist/` is emptied first, as Astro would by default.
 */
export const BUILD_MARK = '.edition-build';
const CACHE_MARK = 'edition-build-token';

/** A file's text, or undefined when there is none. */
function textOf(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Remove everything in a folder but a `.git` folder. */
function emptyFolder(folder: string): void {
  for (const entry of readdirSync(folder)) if (entry !== '.git') rmSync(join(folder, entry), { recursive: true, force: true });
}

/** The integration; list it before the search and offline integrations. */
export default function staleFiles(): AstroIntegration {
  let outDir = '';
  let cacheMark = '';
  let publicDir = '';
  let token = '';
  return {
    name: 'edition:stale-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheMark = join(fileURLToPath(config.cacheDir), CACHE_MARK);
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': ({ logger }) => {
        mkdirSync(outDir, { recursive: true });
        const mark = join(outDir, BUILD_MARK);
        const previous = textOf(mark);
        const known = previous !== undefined ? previous === textOf(cacheMark) : readdirSync(outDir).every((entry) => entry === '.git');
        if (!known) {
          emptyFolder(outDir);
          logger.info('Emptied dist/: it was last written by a build with another cache, or by one that did not finish');
        }
        token = randomUUID();
        writeFileSync(mark, token);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const folder = fileURLToPath(dir);
        const started = statSync(join(folder, BUILD_MARK)).mtimeMs;
        // Every route's files, rendered or kept from the incremental build's cache: pages and endpoints alike.
        const routeFiles = [...assets.values()].flat().map((url) => relative(folder, fileURLToPath(url)).split(sep).join('/'));
        const kept = new Set([BUILD_MARK, ...routeFiles, ...filesUnder(publicDir)]);
        const removed = removeStaleFiles(folder, kept, started);
        if (removed.length > 0) logger.info(`Removed ${removed.length} file(s) an earlier build left and this one did not make`);
        mkdirSync(dirname(cacheMark), { recursive: true });
        writeFileSync(cacheMark, token);
      },
    },
  };
}
