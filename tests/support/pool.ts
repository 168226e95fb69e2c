/**
 * Run a task over many items a few at a time: browser tests spend most of a page visit waiting (for the
 * network to go quiet, for a script), so several pages in one browser finish far sooner than one by one.
 */

/**
 * Call `task` on every item, at most `limit` at once, and wait for all.
 *
 * @param items The items, started in order.
 * @param limit How many run at once.
 * @param task The work on one item.
 * @returns The results, in the items' order.
 */
export async function eachConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
