import { localeCodes, type Locale } from '../i18n/locales.ts';
import { pairsOf } from './pairs.ts';
import { rangePages, type Span } from './ranges.ts';
import { codeUrl, compareUrl, homeUrl, langParam, rangeUrl, searchUrl } from './urls.ts';

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
  | (Base & { kind: 'compare'; a: number; b: number })
  | (Base & { kind: 'range'; span: Span });

export type RouteKind = Route['kind'];

/** The pages of one locale. */
export function localeRoutes(locale: Locale, codes: readonly number[]): Route[] {
  const sorted = [...codes].sort((x, y) => x - y);
  return [
    { kind: 'home', locale, path: homeUrl(locale) },
    { kind: 'search', locale, path: searchUrl(locale) },
    ...sorted.map((code): Route => ({ kind: 'code', locale, code, path: codeUrl(locale, code) })),
    ...pairsOf(sorted).map(([a, b]): Route => ({ kind: 'compare', locale, a, b, path: compareUrl(locale, a, b) })),
    ...rangePages.map((span): Route => ({ kind: 'range', locale, span, path: rangeUrl(locale, span) })),
  ];
}

/** Every page in every locale. */
export function allRoutes(codes: readonly number[]): Route[] {
  return localeCodes.flatMap((locale) => localeRoutes(locale, codes));
}

/** The last path segment under /websocket/ that Astro's [slug] param receives. */
export function websocketSlug(route: Extract<Route, { kind: 'code' | 'compare' }>): string {
  return route.kind === 'code' ? String(route.code) : `${route.a}-vs-${route.b}`;
}

/** getStaticPaths entries for the routes of the given kinds, with the route as props. */
export function staticPaths<K extends RouteKind>(routes: readonly Route[], kind: K, params: (r: Extract<Route, { kind: K }>) => Record<string, string>) {
  return routes
    .filter((r): r is Extract<Route, { kind: K }> => r.kind === kind)
    .map((route) => ({ params: { lang: langParam(route.locale), ...params(route) }, props: { route } }));
}
