/**
 * The registry and annotation files the taggers need, read once and re-read only when they change.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type ContentReport } from './content-check.ts';

let cached: { key: string; report: ContentReport } | undefined;

/** A cheap fingerprint of the content folder: names, sizes and modification times. */
function fingerprint(root: string): string {
  const parts: string[] = [root];
  for (const folder of ['people', 'annotations', 'articles']) {
    const path = join(root, 'content', folder);
    if (!existsSync(path)) continue;
    const names = readdirSync(path).sort();
    parts.push(folder, String(names.length));
    // Articles change on every edit while writing; only their names matter to the registry checks.
    if (folder === 'articles') {
      parts.push(names.join('|'));
      continue;
    }
    for (const name of names) {
      const stat = statSync(join(path, name));
      parts.push(`${name}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

/** The checked content under `root`, from cache when nothing in people/ or annotations/ changed. */
export function loadEditionContent(root: string): ContentReport {
  const key = fingerprint(root);
  if (cached?.key !== key) cached = { key, report: checkContent(root) };
  return cached.report;
}
