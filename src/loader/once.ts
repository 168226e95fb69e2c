/**
 * The content check, run once per state of the content folder in one process. A build checks the content
 * before Astro starts (the content-check integration) and the articles loader needs the same report a
 * moment later; under `astro dev` the loader asks again after every save. The report is kept beside a
 * fingerprint of every file under `content/` (name, size, modification time) and the digest of the checker's
 * code, so an unchanged folder is not read and checked twice, and any change to it or to the checker is.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKER, engineDigest, filesUnder } from './files.ts';
import { checkContent, type CheckOptions } from './check.ts';
import type { ContentReport } from '../lib/content/report.ts';

// The integration and the loader are loaded by different module graphs of one process: the cache lives on
// the global object, under a registered symbol, so both see it.
const SLOT = Symbol.for('annotated-oped.content-report');
type Slot = { [SLOT]?: { key: string; report: ContentReport } };

/**
 * Names, sizes and modification times of every file under `root/content`: what changes with any save.
 *
 * @param root The project root.
 */
export function contentFingerprint(root: string): string {
  const folder = join(root, 'content');
  return [root, ...filesUnder(folder).map((name) => {
    const stat = statSync(join(folder, name));
    return `${name}:${stat.size}:${stat.mtimeMs}`;
  })].join('\n');
}

/**
 * The checked content under `root`, from the last check when no file under `content/` and none of the
 * checker's code changed since.
 *
 * @param root The project root.
 * @param options Where the check keeps body readings between runs.
 */
export function checkContentOnce(root: string, options: CheckOptions = {}): ContentReport {
  const slot = globalThis as Slot;
  const key = `${contentFingerprint(root)}\n${engineDigest(root, CHECKER)}`;
  if (slot[SLOT]?.key !== key) slot[SLOT] = { key, report: checkContent(root, options) };
  return slot[SLOT].report;
}

/**
 * The content check's cache file in Astro's cache folder (`cacheDir`), where a build keeps what it learnt
 * from each article body for the next.
 *
 * @param cacheDir Astro's cache folder.
 */
export function checkCacheFile(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), 'content-check.json');
}
