/**
 * Spelling suggestions for search: the index's words, listed at build time, and the closest of them
 * (Damerau–Levenshtein) to a word that finds nothing. The build writes the list, the search box reads it.
 */

/** The one key every comparison of words uses: lower case, with a curly apostrophe as a straight one. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Words in a text: runs of letters (with inner apostrophes or hyphens), three letters or more. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []).filter((word) => word.length >= 3);
}

/**
 * The word list of a set of texts: one entry per word regardless of case, in its most frequent form, the
 * most frequent words first (ties alphabetical), so the first close word is the likelier.
 */
export function buildWordList(texts: Iterable<string>): string[] {
  // Each form is counted first, one map update per word met; forms then fold into words, once each.
  const formCounts = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text)) formCounts.set(word, (formCounts.get(word) ?? 0) + 1);
  }
  const counts = new Map<string, { total: number; form: string; count: number }>();
  for (const [form, count] of formCounts) {
    const key = wordKey(form);
    const entry = counts.get(key);
    if (!entry) counts.set(key, { total: count, form, count });
    else {
      entry.total += count;
      // The most frequent form, the first in code unit order among equals.
      if (count > entry.count || (count === entry.count && form < entry.form)) Object.assign(entry, { form, count });
    }
  }
  return [...counts.entries()].sort(([a, x], [b, y]) => y.total - x.total || (a < b ? -1 : a > b ? 1 : 0)).map(([, entry]) => entry.form);
}

/**
 * The edit distance of two words (insertions, deletions, substitutions and swaps of neighbours), or
 * `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Options for {@link suggestWords}. */
export interface SuggestOptions {
  /** The most edits a suggestion may be away (default 2). */
  maxDistance?: number;
  /** How many suggestions at most (default 3). */
  limit?: number;
}

/**
 * The closest words of a {@link buildWordList} list to a typed word, nearest first, then those of the same
 * letters, then the more frequent. A word the list holds as it is gets no suggestion.
 */
export function suggestWords(word: string, words: readonly string[], options: SuggestOptions = {}): string[] {
  const maxDistance = options.maxDistance ?? 2;
  const limit = options.limit ?? 3;
  const typed = wordKey(word);
  if (typed.length < 3) return [];
  const found: Array<{ word: string; distance: number; rank: number }> = [];
  for (const [rank, candidate] of words.entries()) {
    const lower = wordKey(candidate);
    if (lower === typed) return [];
    const distance = editDistance(typed, lower, maxDistance);
    if (distance <= maxDistance) found.push({ word: candidate, distance, rank });
  }
  // Among words as close, the one made of the typed letters: a typo more often moves letters than changes them
  // ("Lybia" is "Libya" two edits away, as a word of other letters may be).
  const bag = (text: string) => [...text].sort().join('');
  const typedBag = bag(typed);
  const sameLetters = (candidate: string) => (bag(wordKey(candidate)) === typedBag ? 0 : 1);
  return found
    .sort((a, b) => a.distance - b.distance || sameLetters(a.word) - sameLetters(b.word) || a.rank - b.rank)
    .slice(0, limit)
    .map((item) => item.word);
}
