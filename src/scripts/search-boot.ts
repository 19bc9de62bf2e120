/**
 * The search UI's entry, loaded by URL from search-loader.ts: on the first use of the header's
 * search box on any page, and at once on the search page. It wires what it finds.
 */
import { attachHeader, renderSearchPage } from './search-ui.ts';

const form = document.querySelector<HTMLFormElement>('form.search-form');
const root = document.querySelector<HTMLElement>('.search-page');
// Elsewhere this runs because the reader opened search; on the search page it runs at load.
if (form) attachHeader(form, !root);
if (root) void renderSearchPage(root);
