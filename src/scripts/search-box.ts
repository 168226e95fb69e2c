/**
 * The header search box: a short list of results under it as the reader types, a live region with the
 * count, Enter to the search page; ↑/↓ move through the list and Escape closes it.
 */
import { describeCount, loadPagefind, resultItem, searchPath, showCorrection, siteLink } from './search.ts';
import { findHits } from './search-find.ts';

// The header shows the best few; the search page has the rest and the filters.
const SHOWN = 5;
// Wait this long after a keystroke before searching, so typing a word is one search, not five.
const TYPING_PAUSE_MS = 150;

/** Wire up one `<form data-search-box>` (input, status line and hidden list), once. */
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

  // Set when the reader asked for their words as typed, not corrected; typing again clears it.
  let literal = false;
  const update = async () => {
    const query = input.value;
    if (query.trim() === '') {
      list.replaceChildren();
      showCorrection(suggest, undefined, '', () => undefined);
      say('');
      panel.hidden = true;
      return;
    }
    let outcome;
    try {
      outcome = await findHits(query, {}, { debounce: TYPING_PAUSE_MS, wanted: SHOWN, literal, rounds: 2 });
    } catch {
      say('Search could not load. Press Enter to open the search page.');
      panel.hidden = dismissed;
      return;
    }
    // A newer keystroke started another search, or the box changed while this one ran.
    if (!outcome || input.value !== query) return;
    const { list: hits } = outcome;
    // Sentences first; people and pages fill the rest.
    const shown = [...hits.found, ...hits.pages].slice(0, SHOWN);
    list.replaceChildren(...shown.map((hit) => resultItem(hit, { compact: true })));
    const counted = describeCount(hits.found.length + hits.pages.length, outcome.query, false, !hits.complete);
    say(counted);
    // A misspelt word was corrected: say so, with the words as typed one click away.
    showCorrection(suggest, outcome.typed === undefined ? undefined : outcome.query, query, () => {
      literal = true;
      input.focus();
      void update();
    });
    if (outcome.typed !== undefined) status.textContent = `${counted} ${suggest.textContent}`;
    more.href = siteLink(searchPath(literal ? query : outcome.query));
    more.textContent = hits.found.length + hits.pages.length > SHOWN || !hits.complete ? 'All results' : 'Search page, with filters';
    panel.hidden = dismissed;
  };

  input.addEventListener('input', () => {
    dismissed = false;
    literal = false;
    void update();
  });
  // Coming back to the box shows the last results again.
  input.addEventListener('focus', () => {
    if (!dismissed && input.value.trim() !== '' && list.childElementCount > 0) panel.hidden = false;
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      dismissed = true;
      panel.hidden = true;
      input.focus();
      event.preventDefault();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (panel.hidden) return;
    const items = [...panel.querySelectorAll<HTMLAnchorElement>('a')];
    if (items.length === 0) return;
    const at = items.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? (at + 1) % items.length : at <= 0 ? -1 : at - 1;
    (next === -1 ? input : items[next])?.focus();
    event.preventDefault();
  });
  // Leaving the form (by Tab or a click elsewhere) closes the list.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) panel.hidden = true;
  });
  // The reader is about to search: fetch the index while they type. A failure shows when they do.
  loadPagefind().catch(() => undefined);
  // The first keystroke may have come before this code had loaded.
  if (input.value.trim() !== '') void update();
}
