/**
 * The header search box, once a reader focuses it or types: results appear in a short list under the box
 * as they type, a live region says how many, and Enter still goes to the full search page.
 *
 * Keys: ↓ from the box moves into the list, ↑/↓ move between results, Escape closes the list and returns
 * to the box.
 */
import { describeCount, Hits, loadPagefind, markedWords, resultItem, runSearch, siteLink } from './search.ts';
import { routes } from '../lib/views/routes.ts';
import { clearSpellings, offerSpellings } from './spelling.ts';

// The header shows the best few; the search page has the rest and the filters.
const SHOWN = 5;
// Wait this long after a keystroke before searching, so typing a word is one search, not five.
const TYPING_PAUSE_MS = 150;

/**
 * Wire up one header search form.
 *
 * @param form The `<form data-search-box>`; it holds the input, the status line and the (hidden) list.
 */
export function mountSearchBox(form: HTMLFormElement): void {
  if (form.dataset.mounted) return;
  form.dataset.mounted = 'true';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const list = form.querySelector<HTMLElement>('[data-search-results]');
  const count = form.querySelector<HTMLElement>('[data-search-count]');
  const more = form.querySelector<HTMLAnchorElement>('[data-search-more]');
  const suggest = form.querySelector<HTMLElement>('[data-search-suggest]');
  if (!input || !panel || !status || !count || !list || !more || !suggest) return;
  const say = (text: string) => {
    status.textContent = text;
    count.textContent = text;
  };

  // Escape dismisses the list until the reader types again, even though the box gets focus back.
  let dismissed = false;
  const close = () => {
    panel.hidden = true;
  };

  const update = async () => {
    const query = input.value;
    if (query.trim() === '') {
      list.replaceChildren();
      clearSpellings(suggest);
      say('');
      close();
      return;
    }
    let response;
    try {
      response = await runSearch(query, {}, TYPING_PAUSE_MS);
    } catch {
      say('Search could not load. Press Enter to open the search page.');
      panel.hidden = dismissed;
      return;
    }
    // A newer keystroke started another search, or the box changed while this one ran.
    if (!response || input.value !== query) return;
    const hits = new Hits(response.results, {}, true);
    const found = await hits.atLeast(SHOWN);
    if (input.value !== query) return;
    list.replaceChildren(...found.slice(0, SHOWN).map((hit) => resultItem(hit, { compact: true })));
    const counted = describeCount(found.length, query, false, !hits.complete);
    say(counted);
    // A word the index does not hold (nothing found, or only loose matches): offer the closest words it
    // does hold, one click away.
    if (await offerSpellings(query, suggest, (corrected) => { input.value = corrected; input.focus(); void update(); }, markedWords(found))) {
      // The live region says it too; the list shows it under the count.
      if (input.value === query) status.textContent = `${counted} ${suggest.textContent}`;
    }
    more.href = siteLink(routes.search(query));
    more.textContent =
      found.length > SHOWN || !hits.complete ? `All ${found.length}${hits.complete ? '' : '+'} results` : 'Search page, with filters';
    panel.hidden = dismissed;
  };

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];

  input.addEventListener('input', () => {
    dismissed = false;
    void update();
  });
  // Coming back to the box shows the last results again.
  input.addEventListener('focus', () => {
    if (!dismissed && input.value.trim() !== '' && list.childElementCount > 0) panel.hidden = false;
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      dismissed = true;
      close();
      input.focus();
      event.preventDefault();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (panel.hidden) return;
    const items = links();
    if (items.length === 0) return;
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? (at + 1) % items.length : at <= 0 ? -1 : at - 1;
    (next === -1 ? input : items[next])?.focus();
    event.preventDefault();
  });
  // Leaving the form (by Tab or a click elsewhere) closes the list.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // The reader is about to search: fetch the index while they type. A failure shows when they do.
  loadPagefind().catch(() => undefined);
  // The first keystroke may have come before this code had loaded.
  if (input.value.trim() !== '') void update();
}
