/**
 * Spelling help for a search with a word nothing in the index holds: the closest word the index does hold
 * (at most two edits away, one for words of four letters or fewer), from the word list the build wrote
 * (`search-words.txt`). The list is fetched only when a word needs correcting, so a search whose words
 * are all found costs no more bytes (the list grows with the archive's vocabulary); the service worker
 * precaches it, so corrections work offline.
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

/**
 * The closest word of the index to one typed, or `undefined` when none is close enough.
 *
 * @param word A word nothing in the index holds.
 */
export async function closestWord(word: string): Promise<string | undefined> {
  return suggestWords(word, await wordList(), { limit: 1, maxDistance: word.length <= 4 ? 1 : 2 })[0];
}
