import { search, warm, type SearchOutcome } from './search-engine.ts';
import { fill } from '../lib/search-strings.ts';
import { capOnSubmit, loadStyles, readable, renderList, searchWhileTyping, stringsOf } from './search-ui.ts';

/**
 * The /search/ page: results for ?q= as an ordered list, best first, and again as the reader edits
 * the query (the address follows, so the results can be linked). `data-query` is the query shown;
 * `data-state` is "searching", then "shown" once its ranked results are on the page, then "done"
 * once what each message is printed for has followed (or at once when nothing had to follow).
 */
export async function renderSearchPage(root: HTMLElement) {
  loadStyles();
  const strings = stringsOf(root);
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  const more = root.querySelector<HTMLButtonElement>('.search-more')!;
  capOnSubmit(form, input);
  // An empty search page builds the matcher only once the reader reaches the box: the page's
  // first paint and input stay free (a query in the address searches at once below).
  input.addEventListener('focus', warm, { once: true });
  let latest = 0;
  let current = '';

  const show = (query: string, { items, confident, full }: SearchOutcome) => {
    renderList(list, items, strings);
    const shown = fill(strings['search.resultsFor'], { query: query.slice(0, 200) });
    status.textContent = items.length === 0 ? strings['search.noResults'] : confident ? shown : `${strings['search.unsure']} ${shown}`;
    more.hidden = full || items.length === 0;
    root.dataset['confident'] = String(confident);
  };

  const run = async (raw: string, wantFull = false) => {
    const query = readable(raw);
    const ticket = ++latest;
    current = query;
    root.dataset['state'] = 'searching';
    if (!query.trim()) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = strings['search.empty'];
    } else {
      status.textContent = strings['search.loading'];
      try {
        const outcome = await search(query, strings, wantFull);
        if (ticket !== latest) return;
        show(query, outcome);
        delete root.dataset['error'];
        // The ranked list is on screen ("shown"); "done" waits for what each message is printed
        // for, which follows.
        root.dataset['query'] = query;
        root.dataset['state'] = 'shown';
        const full = await outcome.explained?.catch(() => undefined);
        if (ticket !== latest) return;
        if (full) renderList(list, full, strings);
      } catch {
        if (ticket !== latest) return;
        // Whatever broke, the reader sees a sentence and the page stops saying "Searching…".
        list.replaceChildren();
        status.textContent = strings['search.failed'];
        root.dataset['error'] = 'true';
      }
    }
    root.dataset['query'] = query;
    root.dataset['state'] = 'done';
  };

  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      await run(current, true);
    } finally {
      more.disabled = false;
    }
  });
  searchWhileTyping(input, () => {
    const url = new URL(location.href);
    url.searchParams.set('q', readable(input.value));
    history.replaceState(null, '', url);
    void run(input.value);
  });

  const query = readable(new URLSearchParams(location.search).get('q') ?? '');
  input.value = query;
  await run(query);
}
