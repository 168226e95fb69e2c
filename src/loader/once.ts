/**
 * The content check, run once per state of `content/` and of the checker's code in one process: the
 * content-check integration and the loaders (again after every save in dev) share one report.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKER, engineDigest, filesUnder } from './files.ts';
import { checkContent, type CheckOptions } from './check.ts';
import type { ContentReport } from '../lib/content/report.ts';

// The integration and the loaders load in different module graphs: the report lives on the global object.
const SLOT = Symbol.for('annotated-oped.content-report');
type Slot = { [SLOT]?: { key: string; report: ContentReport } };

/** Names, sizes and modification times of every file under `root/content`: what changes with any save. */
export function contentFingerprint(root: string): string {
  const folder = join(root, 'content');
  return [root, ...filesUnder(folder).map((name) => {
    const stat = statSync(join(folder, name));
    return `${name}:${stat.size}:${stat.mtimeMs}`;
  })].join('\n');
}

/** The checked content under `root`, from the last check when neither the content nor the checker changed. */
export function checkContentOnce(root: string, options: CheckOptions = {}): ContentReport {
  const slot = globalThis as Slot;
  const key = `${contentFingerprint(root)}\n${engineDigest(root, CHECKER)}`;
  if (slot[SLOT]?.key !== key) slot[SLOT] = { key, report: checkContent(root, options) };
  return slot[SLOT].report;
}

/** The content check's cache file in Astro's `cacheDir`. */
export function checkCacheFile(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), 'content-check.json');
}
