import { defaultLocale } from '../i18n/locales.ts';
import { isCodeNumber, spanOf } from './ranges.ts';
import { codeUrl, localeOfPath, notFoundUrl, pathBelowLocale, rangeUrl } from './urls.ts';

/**
 * Where an address that no file answers should send the reader. Links printed in error
 * messages may carry any number a peer can send (0–65535); the registered ones have static
 * pages and redirects, and every other number is resolved here, by the 404 page, in the browser.
 */

/**
 * The page for a path that names only a number ("/4321", "/de/websocket/4321/"), if any.
 * `pages` holds every number with a page of its own (registered codes and protocol numbers).
 */
export function numberTarget(path: string, pages: ReadonlySet<number>): string | undefined {
  const locale = localeOfPath(path);
  const rest = pathBelowLocale(path);
  const match = /^\/(?:websocket\/)?(\d{1,5})\/?$/.exec(rest);
  if (!match) return undefined;
  const n = Number(match[1]);
  if (!isCodeNumber(n)) return undefined;
  if (pages.has(n)) return codeUrl(locale, n);
  const span = spanOf(n);
  return span.page ? rangeUrl(locale, span) : undefined;
}

/**
 * Where the 404 page sends the reader: the code or range page for a number, the localized
 * 404 page for any other path under a locale, or nowhere (stay on this page).
 */
export function notFoundTarget(path: string, pages: ReadonlySet<number>): string | undefined {
  const target = numberTarget(path, pages);
  if (target) return target;
  const locale = localeOfPath(path);
  const localized = notFoundUrl(locale);
  // Compared without trailing slashes: a host that strips or adds them must not loop us.
  const bare = (p: string) => p.replace(/\/+$/, '');
  return locale === defaultLocale || bare(path) === bare(localized) ? undefined : localized;
}
