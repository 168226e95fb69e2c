/**
 * Astro integration: keep `dist/` between builds (`vite.build.emptyOutDir: false`), so an unchanged page is
 * not deleted and copied back from the incremental cache, and then remove what this build did not make.
 * It must come before the search and offline integrations, which read `dist/`.
 *
 * A file is the build's own when a route built or kept it (Astro's `assets`), it came from `public/`, or
 * it was written since the build mark ({@link BUILD_MARK}). Times are compared with the mark's, by the same
 * file system's clock, so a network share's clock cannot make a new file look old; an equal time is new.
 */
import type { AstroIntegration } from 'astro';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../loader/files.ts';

/**
 * Delete the files under `folder` that are not in `kept` and older than `since` (the mark's time), and
 * the folders left empty; symbolic links and `.git` are never touched. Returns the files deleted.
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
 * The mark a build writes into `dist/` as it starts; the cache keeps the token of the last build it
 * finished. When they differ, `dist/` is another cache's (`npm test` and `npm run build` keep theirs apart)
 * or a failed build's, and the incremental build could keep its pages: so `dist/` is emptied first.
 */
export const BUILD_MARK = '.edition-build';
const CACHE_MARK = 'edition-build-token';

function textOf(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
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
          for (const entry of readdirSync(outDir)) if (entry !== '.git') rmSync(join(outDir, entry), { recursive: true, force: true });
          logger.info('Emptied dist/: it was last written by a build with another cache, or by one that did not finish');
        }
        token = randomUUID();
        writeFileSync(mark, token);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const folder = fileURLToPath(dir);
        const started = statSync(join(folder, BUILD_MARK)).mtimeMs;
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
