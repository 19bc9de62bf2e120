import { localeCodes, type Locale } from '../i18n/locales.ts';
import { pairsOf } from './pairs.ts';
import { rangePages, type Span } from './ranges.ts';
import { codeUrl, compareUrl, guideUrl, homeUrl, whichCodeUrl, langParam, localePrefix, pathBelowLocale, rangeUrl, searchUrl, slugOf, sourceUrl } from './urls.ts';

/**
 * Every page of the site, computed once from the list of codes. Pages read their
 * getStaticPaths from here, and the tests count what the build made against it.
 */

interface Base {
  locale: Locale;
  /** The canonical path, with trailing slash. */
  path: string;
}
export type Route =
  | (Base & { kind: 'home' })
  | (Base & { kind: 'search' })
  | (Base & { kind: 'code'; code: number })
  /** An unregistered number that well-known protocols define (content/protocols). */
  | (Base & { kind: 'number'; code: number })
  | (Base & { kind: 'compare'; a: number; b: number })
  | (Base & { kind: 'range'; span: Span })
  | (Base & { kind: 'guides' })
  | (Base & { kind: 'guide'; slug: string })
  | (Base & { kind: 'which-code' })
  /** Every message one library, browser or proxy prints (content/messages/<source>.yaml). */
  | (Base & { kind: 'source'; source: string })
  /** An old or alternative address that sends the reader to `to` at once. */
  | (Base & { kind: 'redirect'; to: string });

export type RouteKind = Route['kind'];

/** The pages of one locale. */
export function localeRoutes(locale: Locale, codes: readonly number[], numbers: readonly number[] = [], guides: readonly string[] = [], sources: readonly string[] = []): Route[] {
  const sorted = [...codes].sort((x, y) => x - y);
  return [
    { kind: 'home', locale, path: homeUrl(locale) },
    { kind: 'search', locale, path: searchUrl(locale) },
    ...sorted.map((code): Route => ({ kind: 'code', locale, code, path: codeUrl(locale, code) })),
    ...numbers.map((code): Route => ({ kind: 'number', locale, code, path: codeUrl(locale, code) })),
    ...pairsOf(sorted).map(([a, b]): Route => ({ kind: 'compare', locale, a, b, path: compareUrl(locale, a, b) })),
    ...rangePages.map((span): Route => ({ kind: 'range', locale, span, path: rangeUrl(locale, span) })),
    ...(guides.length > 0 ? [{ kind: 'guides', locale, path: guideUrl(locale) } as Route] : []),
    ...guides.map((slug): Route => ({ kind: 'guide', locale, slug, path: guideUrl(locale, slug) })),
    { kind: 'which-code', locale, path: whichCodeUrl(locale) },
    ...sources.map((source): Route => ({ kind: 'source', locale, source, path: sourceUrl(locale, source) })),
  ];
}

/**
 * The redirects of one locale (DESIGN.md's URL contract): /<code>, /websocket/<code>-<name-slug>/
 * and the reversed comparison /websocket/<b>-vs-<a>/.
 */
export function localeRedirects(locale: Locale, codes: readonly { code: number; name: string }[], numbers: readonly number[] = []): Route[] {
  const p = localePrefix(locale);
  const sorted = [...codes].sort((x, y) => x.code - y.code);
  return [
    ...sorted.map(({ code }): Route => ({ kind: 'redirect', locale, path: `${p}/${code}/`, to: codeUrl(locale, code) })),
    ...numbers.map((code): Route => ({ kind: 'redirect', locale, path: `${p}/${code}/`, to: codeUrl(locale, code) })),
    ...sorted.map(({ code, name }): Route => ({ kind: 'redirect', locale, path: `${p}/websocket/${code}-${slugOf(name)}/`, to: codeUrl(locale, code) })),
    ...pairsOf(sorted.map((c) => c.code)).map(([a, b]): Route => ({ kind: 'redirect', locale, path: `${p}/websocket/${b}-vs-${a}/`, to: compareUrl(locale, a, b) })),
  ];
}

/**
 * Every page and every redirect in every locale: the registered codes, and the unregistered
 * numbers that protocols define (`numbers`), each with its own page.
 */
export function allRoutes(codes: readonly { code: number; name: string }[], numbers: readonly number[] = [], guides: readonly string[] = [], sources: readonly string[] = []): Route[] {
  const registered = codes.map((c) => c.code);
  return localeCodes.flatMap((locale) => [...localeRoutes(locale, registered, numbers, guides, sources), ...localeRedirects(locale, codes, numbers)]);
}

/** The part of a path below /websocket/ (or below the locale root) that a [slug] param receives. */
export function slugParam(route: Route): string {
  return pathBelowLocale(route.path).replace(/^\/(websocket\/)?/, '').replace(/\/$/, '');
}

/** Whether a route lives directly under /websocket/ (code, comparison, or a redirect there). */
export const underWebsocket = (route: Route) => pathBelowLocale(route.path).startsWith('/websocket/') && route.kind !== 'range';

/** getStaticPaths entries for the routes of the given kinds, with the route as props. */
export function staticPaths<K extends RouteKind>(routes: readonly Route[], kind: K, params: (r: Extract<Route, { kind: K }>) => Record<string, string>, where: (r: Route) => boolean = () => true) {
  return routes
    .filter((r): r is Extract<Route, { kind: K }> => r.kind === kind && where(r))
    .map((route) => ({ params: { lang: langParam(route.locale), ...params(route) }, props: { route } }));
}
