/**
 * Cache keys for `getStaticPaths()`: under `experimental.incrementalBuild`, a page whose key and code are
 * unchanged is copied from the last build. So a key hashes the page's data itself (an edition stood for by
 * its entry digest), never a hand-picked summary of it, or an edit would not reach the page.
 */
import { createHash } from 'node:crypto';

/** A page's key: 40 hex digits of the JSON of its props (plain data only). */
export function cacheKey(data: unknown): string {
  const json = JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'function') throw new Error('Unexpected function in page data, expected plain data for the cache key: stand for it by a digest');
    if (value instanceof Map || value instanceof Set) throw new Error('Unexpected Map or Set in page data, expected plain data for the cache key');
    return value;
  });
  return createHash('sha256').update(json ?? 'undefined').digest('hex').slice(0, 40);
}
