import { createHash } from 'node:crypto';

/**
 * The only inline script: applies the colour scheme the reader chose before the first paint, so
 * a stored choice opposite to the system's never flashes. It runs in <head>, reads storage inside
 * try (storage may be blocked), and accepts only "light" or "dark". The CSP allows exactly this
 * text by its hash (security.ts), so any change to it changes the hash with it.
 */
export const themeBootScript =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)}catch(e){}";

export const themeBootHash = `'sha256-${createHash('sha256').update(themeBootScript).digest('base64')}'`;
