import { search } from './search-engine.ts';
import { fill, type SearchStrings } from '../lib/search-strings.ts';
import type { ResultItem } from '../lib/search-rank.ts';

/**
 * Renders results: live under the header's search box, and as the full list on /search/.
 * Everything the reader typed reaches the page through textContent only, never as markup.
 */

/**
 * The results' styles live in public/search.css, outside Vite, because Astro links a stylesheet
 * imported here into every page's head; a page that is only read must not load it.
 */
function loadStyles() {
  if (document.querySelector('link[href="/search.css"]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/search.css';
  document.head.append(link);
}

function stringsOf(el: HTMLElement): SearchStrings {
  return JSON.parse(el.dataset['searchStrings'] ?? '{}') as SearchStrings;
}

function renderList(list: HTMLOListElement, items: readonly ResultItem[], strings: SearchStrings, max = Infinity) {
  list.replaceChildren(
    ...items.slice(0, max).map((item) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      const num = document.createElement('span');
      num.className = 'num';
      num.textContent = item.label;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = item.title;
      a.append(num, ' ', name);
      li.append(a);
      if (item.reason) {
        const why = document.createElement('span');
        why.className = 'reason';
        why.textContent = fill(strings[item.reason.key], item.reason.vars);
        li.append(' ', why);
      }
      return li;
    }),
  );
}

/** Live results under the header's search box while the reader types. */
export function attachHeader(form: HTMLFormElement) {
  loadStyles();
  const input = form.querySelector('input')!;
  const panel = form.querySelector<HTMLOListElement>('.search-panel')!;
  const strings = stringsOf(form);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) {
      panel.replaceChildren();
      panel.hidden = true;
      return;
    }
    search(query, strings).then((items) => {
      if (ticket !== latest) return;
      renderList(panel, items, strings, 8);
      panel.hidden = items.length === 0;
    });
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      panel.hidden = true;
      input.blur();
    }
  });
  if (input.value) run();
}

/** The /search/ page: results for ?q= as an ordered list, best first. */
export async function renderSearchPage(root: HTMLElement) {
  loadStyles();
  const strings = stringsOf(root);
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('#search-status')!;
  const list = root.querySelector<HTMLOListElement>('#search-results')!;
  input.value = query;
  if (!query.trim()) {
    status.textContent = strings['search.empty'];
    root.dataset['state'] = 'done';
    return;
  }
  status.textContent = strings['search.loading'];
  const items = await search(query, strings);
  renderList(list, items, strings);
  status.textContent = items.length ? fill(strings['search.resultsFor'], { query: query.slice(0, 200) }) : strings['search.noResults'];
  root.dataset['state'] = 'done';
}
