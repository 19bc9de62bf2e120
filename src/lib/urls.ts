import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import { orderPair } from './pairs.ts';
import type { Span } from './ranges.ts';

/**
 * Every URL the site publishes is built here. They are a public contract (DESIGN.md):
 * links printed in other people's error messages point at them, so they never change.
 */

/** "" for English at the root, "/de" for German, and so on. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? '' : `/${locale}`;
}

/** The `lang` route param: undefined for the root locale. */
export function langParam(locale: Locale): string | undefined {
  return locale === defaultLocale ? undefined : locale;
}

/** A file route per locale (`[...lang]`), the locale as its prop: the search files, the OpenSearch description. */
export const perLocaleParams = () => localeCodes.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));

export const homeUrl = (locale: Locale) => `${localePrefix(locale)}/`;
export const codeUrl = (locale: Locale, code: number) => `${localePrefix(locale)}/websocket/${code}/`;
export function compareUrl(locale: Locale, a: number, b: number): string {
  const [lo, hi] = orderPair(a, b);
  return `${localePrefix(locale)}/websocket/${lo}-vs-${hi}/`;
}
export const rangeUrl = (locale: Locale, span: Pick<Span, 'id'>) => `${localePrefix(locale)}/websocket/range/${span.id}/`;
export function searchUrl(locale: Locale, query?: string): string {
  const base = `${localePrefix(locale)}/search/`;
  return query === undefined ? base : `${base}?q=${encodeURIComponent(query)}`;
}

/** The matcher's index of a locale: the catalogue with that language's texts, and the names and titles its results show (search-index.ts). */
export const searchIndexUrl = (locale: Locale) => `${localePrefix(locale)}/search-index.bin`;
/**
 * A locale's second search file, its phrasings in other languages than English (search-index.ts
 * indexHolds): at the root every other language's phrasings and symptoms, in a locale its own texts.
 */
export const searchOthersUrl = (locale: Locale) => `${localePrefix(locale)}/search-others.bin`;
/**
 * Messages per "printed when…" file: a result fetches the file of its message's run of WHEN_CHUNK
 * messages, not its source's whole list (a cold search from a code page fetched three sources'
 * lists, 9.3 KB, with 3,480 messages). Eight, not sixteen, since 4,008 messages: the three files of
 * a cold search's first results weigh 1.3 KB instead of 2.3 KB, which keeps it within 120 KB.
 * Four since round twenty-four (5,426 messages): the four files of the bench's first results
 * weigh 1.5 KB instead of 2.8 KB (1,408 files for the root instead of 742). Three since round
 * thirty-nine (6,005 messages): the bench's four files weigh 1,451 bytes instead of 1,806, room for
 * about twenty more messages in the index, for 2,061 files a locale instead of 1,557 (dist 16,363
 * files, under the 20,000 Cloudflare Pages' free plan allows a site; runs of two would pass it).
 */
export const WHEN_CHUNK = 3;
/** The "printed when…" file holding message `at` of source `source` (its index in the search index): "21-3". */
export const whenFile = (source: number, at: number) => `${source}-${Math.floor(at / WHEN_CHUNK)}`;
/** What the messages of one such file are printed for, in a locale's language. */
export const searchWhenUrl = (locale: Locale, file: string) => `${localePrefix(locale)}/search-when/${file}.bin`;

/**
 * Phrases per "situation" file: the index carries phrasings and symptoms in their matching form
 * (search-index.ts matchingText), so a result that a phrase found shows the phrase as written from
 * the file of its run of PHRASE_CHUNK (phraseRun), fetched once that result is shown. Three since
 * round thirty-two: a cold search's first results need four runs, 0.6 KB (0.8 KB in runs of four,
 * 1.2 KB in runs of eight, 2.0 KB in runs of sixteen), for about 700 files per locale instead of
 * 520 (runs of two, 0.5 KB, took 1,040 files a locale: dist near the 20,000 files Cloudflare Pages'
 * free plan allows a site).
 */
export const PHRASE_CHUNK = 3;
/** The run of phrases holding phrase `at` (its place among the index's phrases). */
export const phraseRun = (at: number) => Math.floor(at / PHRASE_CHUNK);
/** The phrases of one run as written: one set for every locale, whose indexes hold the same English phrases (search-index.ts indexHolds). */
export const searchPhrasesUrl = (run: number) => `/search-phrases/${run}.bin`;

/** "Abnormal Closure" → "abnormal-closure", for the /websocket/1006-abnormal-closure/ alias. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The locale a site path belongs to, from its first segment. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return localeCodes.find((l) => l !== defaultLocale && l === first) ?? defaultLocale;
}

/** The path without its locale prefix: "/de/websocket/1006/" → "/websocket/1006/", "/de" → "/". */
export function pathBelowLocale(path: string): string {
  return path.slice(localePrefix(localeOfPath(path)).length) || '/';
}

/** The same page in another locale: "/de/websocket/1006/" → "/fr/websocket/1006/". */
export function switchLocale(path: string, to: Locale): string {
  return `${localePrefix(to)}${pathBelowLocale(path)}`;
}

/** The 404 page of a locale: /404.html at the root (what static hosts serve), /de/not-found/ and so on. */
export const notFoundUrl = (locale: Locale) => (locale === defaultLocale ? '/404.html' : `${localePrefix(locale)}/not-found/`);

/** The OpenSearch description of a locale, so a browser can search the site from its address bar. */
export const openSearchUrl = (locale: Locale) => `${localePrefix(locale)}/opensearch.xml`;

/**
 * Whether a path is an alternative address (a redirect) or a 404 page rather than a page of its
 * own: the sitemap leaves these out. A unit test holds this to the redirects routes.ts makes.
 */
export function isAliasPath(path: string): boolean {
  const rest = pathBelowLocale(path);
  if (/^\/\d+\/$/.test(rest) || /^\/(404\.html|not-found\/)$/.test(rest)) return true;
  if (/^\/websocket\/\d+-(?!vs-)[a-z0-9-]+\/$/.test(rest)) return true;
  const pair = /^\/websocket\/(\d+)-vs-(\d+)\/$/.exec(rest);
  return pair !== null && Number(pair[1]) > Number(pair[2]);
}

/** A troubleshooting guide: /guides/<slug>/, and the list of guides /guides/. */
export const guideUrl = (locale: Locale, slug?: string) => `${localePrefix(locale)}/guides/${slug ? `${slug}/` : ''}`;

/** "Which close code should I send?": /which-code/. */
export const whichCodeUrl = (locale: Locale) => `${localePrefix(locale)}/which-code/`;

/** A message source's page: every message it prints, by code (/messages/ws/). */
export const sourceUrl = (locale: Locale, source: string) => `${localePrefix(locale)}/messages/${source}/`;
