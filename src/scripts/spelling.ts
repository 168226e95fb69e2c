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

/**
 * Fill `box` with "Showing results for <corrected>. Search instead for <typed>.", or empty and hide it.
 *
 * @param box The element to fill.
 * @param corrected The query searched for, or `undefined` when nothing was corrected.
 * @param typed What the reader typed.
 * @param searchTyped Called when the reader asks for the words as typed.
 */
export function showCorrection(box: HTMLElement, corrected: string | undefined, typed: string, searchTyped: () => void): void {
  box.replaceChildren();
  box.hidden = corrected === undefined;
  if (corrected === undefined) return;
  const shown = document.createElement('strong');
  shown.textContent = corrected.trim();
  const instead = document.createElement('button');
  instead.type = 'button';
  instead.className = 'search-suggestion';
  instead.textContent = typed.trim();
  instead.addEventListener('click', searchTyped);
  box.append('Showing results for ', shown, '. Search instead for ', instead, '.');
}
