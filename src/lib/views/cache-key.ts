/**
 * Cache keys for `getStaticPaths()`. With Astro's incremental builds (`experimental.incrementalBuild` in
 * astro.config.mjs), a page whose key and code are the same as in the previous build is copied from that
 * build instead of rendered again. Astro hashes the code; the key must stand for every piece of data the
 * page renders, or an edit would not reach it. So a key is a hash of the page's data itself (its props,
 * with an article's edition stood for by its entry digest, which covers the article, its annotation file,
 * the people register and the code the loader imports: src/loader/articles-loader.ts), never a hand-picked
 * summary of it.
 */
import { createHash } from 'node:crypto';

/**
 * A key for one page: a hash of the JSON of what it renders.
 *
 * @param data The page's props (plain data: no functions or components; stand for an edition by its digest).
 * @returns Forty hex digits.
 */
export function cacheKey(data: unknown): string {
  const json = JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'function') throw new Error('Unexpected function in page data, expected plain data for the cache key: stand for it by a digest');
    if (value instanceof Map || value instanceof Set) throw new Error('Unexpected Map or Set in page data, expected plain data for the cache key');
    return value;
  });
  return createHash('sha256').update(json ?? 'undefined').digest('hex').slice(0, 40);
}
