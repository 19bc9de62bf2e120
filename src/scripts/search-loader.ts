/**
 * The only script a page runs before the reader acts: it waits for a click in the search box,
 * `/` or Ctrl/Cmd+K, and only then loads the search code and Pagefind (the search page loads it
 * at once). It also wires the colour
 * scheme switch. Storage may be blocked (site data off): every storage call is guarded, and the
 * chosen scheme is applied before it is stored.
 */
// Vite builds search-boot.ts as a bundle of its own (its worker build, used here only for the
// file's URL), so loading it needs no module-preload helper and this loader stays under 1 KB.
import searchBootUrl from './search-boot.ts?worker&url';

const themeSwitch = document.querySelector<HTMLElement>('.theme-switch');
const themeSelect = themeSwitch?.querySelector('select');
const schemes = ['light', 'dark'];
const applyTheme = (value: string) => {
  if (schemes.includes(value)) document.documentElement.dataset['theme'] = value;
  else delete document.documentElement.dataset['theme'];
};
const stored = (): string => {
  try {
    return localStorage.getItem('theme') ?? '';
  } catch {
    return '';
  }
};
if (themeSwitch && themeSelect) {
  const value = stored();
  themeSelect.value = schemes.includes(value) ? value : 'system';
  applyTheme(themeSelect.value);
  themeSwitch.hidden = false;
  themeSelect.addEventListener('change', () => {
    applyTheme(themeSelect.value);
    try {
      localStorage.setItem('theme', themeSelect.value);
    } catch {
      // Storage blocked or full: the choice holds for this page only.
    }
  });
}

const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = form?.querySelector('input');
let loaded = false;

function load() {
  if (loaded) return;
  loaded = true;
  void import(/* @vite-ignore */ searchBootUrl);
}

function open() {
  if (!form || !input) return;
  input.focus();
  load();
}

// The search page runs the search UI at once.
if (document.querySelector('.search-page')) load();

input?.addEventListener('focus', open);
document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if ((e.key === '/' && !typing) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k')) {
    e.preventDefault();
    open();
  }
});

// Copy buttons (CopyButton.astro): shown once this script runs, since only it can copy. A button
// copies its data-copy value (a path such as "/1006" becomes a full link) or the text of the
// element before it, and the live region announces the result.
const status = document.getElementById('copy-status');
for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) b.hidden = false;
document.addEventListener('click', (e) => {
  const b = (e.target as Element).closest?.<HTMLButtonElement>('button[data-copy]');
  if (!b || !status) return;
  const value = b.dataset['copy'] || b.previousElementSibling?.textContent || '';
  const text = value.startsWith('/') ? new URL(value, location.href).href : value;
  const say = (key: 'done' | 'failed') => (status.textContent = status.dataset[key] ?? '');
  status.textContent = '';
  navigator.clipboard.writeText(text).then(() => say('done'), () => say('failed'));
});
