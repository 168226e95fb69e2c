/**
 * The search page: words and filters in, a list of claims out, kept in the address (`?q=…&person=…`) so a
 * search can be shared and the back button returns to it. Pagefind loads when there is something to look for.
 */
import { describeCount, loadPagefind, NO_RESULTS, resultItem, showCorrection, type Filters, type ResultList } from './search.ts';
import { findHits } from './search-find.ts';

// A page at a time, since each article's sentences come in a fragment file of their own.
const PAGE_SIZE = 20;
const TYPING_PAUSE_MS = 200;

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
// Scoped to the page's form: the header's search box has elements of the same names.
const status = form?.querySelector<HTMLElement>('[data-search-status]');
const list = form?.querySelector<HTMLOListElement>('[data-search-results]');
const more = form?.querySelector<HTMLButtonElement>('[data-search-more]');
const filterBox = form?.querySelector<HTMLDetailsElement>('[data-search-filters]');
const correction = form?.querySelector<HTMLElement>('[data-search-correction]');
const pagesGroup = form?.querySelector<HTMLElement>('[data-search-pages-group]');
const pagesList = form?.querySelector<HTMLElement>('[data-search-pages]');

if (form && input && status && list && more && correction && pagesGroup && pagesList) {
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  let results: ResultList = NO_RESULTS;
  // Whether the reader asked for the words as typed (`literal=1` in the address), not corrected.
  let literal = false;
  // What `results` were searched for: the box and the ticks may have changed since.
  let searched = { query: '', filtered: false };
  let shown = 0;
  const describeResults = () => {
    status.textContent = describeCount(results.found.length + results.pages.length, searched.query, searched.filtered, !results.complete);
  };

  const chosenFilters = (): Filters => {
    const filters: Filters = {};
    for (const box of checkboxes) if (box.checked) (filters[box.name] ??= []).push(box.value);
    return filters;
  };

  const fromAddress = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    literal = params.get('literal') === '1';
    for (const box of checkboxes) box.checked = params.getAll(box.name).includes(box.value);
  };

  const toAddress = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (literal && input.value.trim()) params.set('literal', '1');
    for (const box of checkboxes) if (box.checked) params.append(box.name, box.value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const showPages = () => {
    pagesList.replaceChildren(...results.pages.map((hit) => resultItem(hit)));
    pagesGroup.hidden = results.pages.length === 0;
  };

  const showMore = async (focusFirst: boolean) => {
    const found = await results.atLeast(shown + PAGE_SIZE);
    const next = found.slice(shown, shown + PAGE_SIZE);
    const items = next.map((hit) => resultItem(hit));
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= found.length && results.complete;
    showPages();
    // Keyboard readers continue from the first new result, not from the top of the page.
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  let latest = 0;
  const update = async (debounce: number) => {
    const query = input.value;
    const filters = chosenFilters();
    const filtered = Object.keys(filters).length > 0;
    toAddress();
    const ticket = ++latest;
    if (query.trim() === '' && !filtered) {
      results = NO_RESULTS;
      shown = 0;
      list.replaceChildren();
      showPages();
      showCorrection(correction, undefined, '', () => undefined);
      more.hidden = true;
      status.textContent = 'Type some words, choose filters, or both.';
      return;
    }
    let outcome;
    try {
      outcome = await findHits(query, filters, { debounce, wanted: PAGE_SIZE, literal });
    } catch {
      status.textContent = 'Search could not load. If you are offline, visit any page of the edition once online first.';
      return;
    }
    if (!outcome || ticket !== latest) return;
    results = outcome.list;
    searched = { query: outcome.query, filtered };
    shown = 0;
    list.replaceChildren();
    await showMore(false);
    if (ticket !== latest) return;
    showCorrection(correction, outcome.typed === undefined ? undefined : outcome.query, query, () => {
      literal = true;
      void update(0);
    });
    describeResults();
  };

  input.addEventListener('input', () => {
    literal = false;
    void update(TYPING_PAUSE_MS);
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  for (const box of checkboxes) box.addEventListener('change', () => void update(0));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(0);
  });
  more.addEventListener('click', async () => {
    await showMore(true);
    describeResults();
  });

  // On a phone the filters start folded, so the results come first.
  if (filterBox && matchMedia('(max-width: 59.99rem)').matches) filterBox.open = false;

  fromAddress();
  if (input.value.trim() !== '' || Object.keys(chosenFilters()).length > 0) {
    if (filterBox && Object.keys(chosenFilters()).length > 0) filterBox.open = true;
    void update(0);
  }
}
