/**
 * The records of a built Pagefind index, as the tests read them: each fragment file, decompressed (Pagefind
 * stores each record gzipped, after a signature) and parsed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { filesUnder } from '../../src/loader/files.ts';

/** One record: its address, its words, its meta fields and its filter values. */
export interface PagefindRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Every record of the index under `dist/pagefind/`.
 *
 * @param dist The built site.
 */
export function pagefindRecords(dist: string): PagefindRecord[] {
  const folder = join(dist, 'pagefind', 'fragment');
  return filesUnder(folder).map((name) => JSON.parse(gunzipSync(readFileSync(join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as PagefindRecord);
}
