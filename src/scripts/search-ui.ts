import { condense, QUERY_LIMIT, search, warm } from './search-engine.ts';
import { fill, type SearchStrings } from '../lib/search-strings.ts';
import type { ResultItem } from '../lib/search-rank.ts';

/**
 * Renders results: live under the header's search box, and (with search-page.ts, loaded only on
 * /search/) as the full list there. Everything the reader typed reaches the page through
 * textContent only, never as markup.
 */

/**
 * The results' styles live in public/search.css, outside Vite, because Astro links a stylesheet
 * imported here into every page's head; a page that is only read must not load it.
 */
export function loadStyles() {
  if (document.querySelector('link[href="/search.css"]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/search.css';
  document.head.append(link);
}

export function stringsOf(el: HTMLElement): SearchStrings {
  return JSON.parse(el.dataset['searchStrings'] ?? '{}') as SearchStrings;
}

export function renderList(list: HTMLOListElement, items: readonly ResultItem[], strings: SearchStrings, max = Infinity) {
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

/** What search reads of a text: a short one as it is, a long one condensed (paste.ts). */
export const readable = (text: string) => (text.length > QUERY_LIMIT ? condense(text) : text);

/**
 * A form never sends more than search reads: a pasted log of any length must not become an HTTP
 * 431. A long paste goes as search reads it (condense: its frames dropped, its beginning and end).
 */
export function capOnSubmit(form: HTMLFormElement, input: HTMLInputElement) {
  form.addEventListener('submit', () => {
    input.value = readable(input.value);
  });
}

/**
 * Calls `search` for what the reader types into `input`: a paste or the first keystroke after a
 * pause searches at once, in the input event itself; keystrokes in quick succession wait until the
 * reader pauses for 60 ms. A paste is never part of a burst of keys, however soon it follows the
 * last search.
 */
export function searchWhileTyping(input: HTMLInputElement, search: () => void) {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', (e) => {
    clearTimeout(timer);
    const now = performance.now();
    const pasted = e instanceof InputEvent && (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop');
    const burst = !pasted && now - last < 60;
    last = now;
    if (burst) timer = setTimeout(search, 60);
    else search();
  });
}

/**
 * Live results under the header's search box while the reader types. `opened`: the reader opened
 * search (a click in the box, `/`, Ctrl/Cmd+K), so the index loads now; on the search page, which
 * loads this at once, it waits for the reader to reach a search box.
 */
export function attachHeader(form: HTMLFormElement, opened = true) {
  loadStyles();
  const input = form.querySelector('input')!;
  const panel = form.querySelector<HTMLOListElement>('.search-panel')!;
  const strings = stringsOf(form);
  capOnSubmit(form, input);
  // The index loads while the reader types, not after.
  if (opened) warm();
  else input.addEventListener('focus', warm, { once: true });
  let latest = 0;
  const run = () => {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) {
      panel.replaceChildren();
      panel.hidden = true;
      return;
    }
    search(query, strings).then(
      ({ items, explained }) => {
        if (ticket !== latest) return;
        renderList(panel, items, strings, 8);
        panel.hidden = items.length === 0;
        // Why each message matched follows as soon as its source's file arrives.
        explained?.then((full) => ticket === latest && renderList(panel, full, strings, 8), () => undefined);
      },
      () => {
        if (ticket !== latest) return;
        panel.replaceChildren();
        panel.hidden = true;
      },
    );
  };
  searchWhileTyping(input, run);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      panel.hidden = true;
      input.blur();
    }
  });
  if (input.value) run();
}
