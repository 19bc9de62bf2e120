/**
 * The only script a page runs before the reader acts: it waits for a click in the search box,
 * `/` or Ctrl/Cmd+K, and only then loads the search code and Pagefind.
 */
const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = form?.querySelector('input');
let loaded = false;

function open() {
  if (!form || !input) return;
  input.focus();
  if (loaded) return;
  loaded = true;
  import('./search-ui.ts').then((ui) => ui.attachHeader(form));
}

input?.addEventListener('focus', open);
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if ((e.key === '/' && !typing) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k')) {
    e.preventDefault();
    open();
  }
});
