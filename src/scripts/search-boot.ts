/**
 * The search UI's entry, loaded by URL from search-loader.ts: on the first use of the header's
 * search box on any page, and at once on the search page. It wires what it finds.
 */
import { attachHeader } from './search-ui.ts';

const form = document.querySelector<HTMLFormElement>('form.search-form');
const root = document.querySelector<HTMLElement>('.search-page');
// Elsewhere this runs because the reader opened search; on the search page it runs at load.
if (form) attachHeader(form, !root);
// The search page's own code is a chunk of its own: a search from the header box (every other
// page) does not fetch it (1.3 KB of the cold search's byte budget, README, Benchmark).
if (root) void import('./search-page.ts').then(({ renderSearchPage }) => renderSearchPage(root));
