/**
 * The only script a page runs before the reader acts: it waits for a click in the search box,
 * `/` or Ctrl/Cmd+K, and only then loads the search code and Pagefind. It also applies the
 * colour scheme the reader chose (the switch needs script, so it shows only when script runs).
 */
const themeSwitch = document.querySelector<HTMLElement>('.theme-switch');
const themeSelect = themeSwitch?.querySelector('select');
const applyTheme = (value: string) => {
  if (value === 'light' || value === 'dark') document.documentElement.dataset['theme'] = value;
  else delete document.documentElement.dataset['theme'];
};
if (themeSwitch && themeSelect) {
  const stored = localStorage.getItem('theme') ?? 'system';
  themeSelect.value = stored;
  applyTheme(stored);
  themeSwitch.hidden = false;
  themeSelect.addEventListener('change', () => {
    localStorage.setItem('theme', themeSelect.value);
    applyTheme(themeSelect.value);
  });
}

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
