/**
 * The closest indexed word to one the index lacks, from the build's `search-words.txt`. The list grows with
 * the archive, so it is fetched only when a word needs correcting; the service worker precaches it.
 */
import { suggestWords } from '../lib/search/spelling.ts';
import { base } from './search.ts';

let words: Promise<string[]> | undefined;

/** The word list, fetched once. */
function wordList(): Promise<string[]> {
  words ??= fetch(`${base}search-words.txt`)
    .then((response) => (response.ok ? response.text() : ''))
    .then((text) => text.split('\n').filter(Boolean))
    .catch(() => []);
  return words;
}

/** The closest word of the index to one it lacks, or `undefined` when none is close enough. */
export async function closestWord(word: string): Promise<string | undefined> {
  return suggestWords(word, await wordList(), { limit: 1, maxDistance: word.length <= 4 ? 1 : 2 })[0];
}
