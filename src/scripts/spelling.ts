/**
 * Spelling help for a search with a word the index does not hold (so it finds nothing, or only loose
 * matches): the closest words the index holds (at most two edits away), from the word list the build
 * wrote, each a button that searches again with it. The list is fetched at the first search; the service
 * worker precaches it, so this works offline. A search whose results match every word as typed does not
 * fetch it.
 */
import { needsSpellings, suggestQueries } from '../lib/search/spelling.ts';
import { base, searchTerms } from './search.ts';

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
 * Fill `box` with “Did you mean …?” and a button per suggestion, or empty and hide it when there is none.
 *
 * @param query The query the reader typed.
 * @param box The element to fill.
 * @param search Called with the corrected query when the reader picks a suggestion.
 * @param matched The words the results matched as typed (`markedWords`): when they hold every word searched
 * for, nothing is offered and the list is not fetched, so a search that finds its words costs no more
 * bytes (the list grows with the archive's vocabulary).
 * @returns Whether anything was offered.
 */
export async function offerSpellings(query: string, box: HTMLElement, search: (query: string) => void, matched?: ReadonlySet<string>): Promise<boolean> {
  if (matched && !needsSpellings(searchTerms(query), matched)) {
    clearSpellings(box);
    return false;
  }
  const offers = suggestQueries(query, await wordList());
  box.replaceChildren();
  box.hidden = offers.length === 0;
  if (offers.length === 0) return false;
  box.append('Did you mean ');
  offers.forEach((offer, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-suggestion';
    button.textContent = offer.word;
    button.addEventListener('click', () => search(offer.query));
    if (index > 0) box.append(index === offers.length - 1 ? ' or ' : ', ');
    box.append(button);
  });
  box.append('?');
  return true;
}

/** Empty and hide a suggestion box. */
export function clearSpellings(box: HTMLElement): void {
  box.replaceChildren();
  box.hidden = true;
}
