import type { Locale } from '../i18n/locales.ts';
import type { Match, MatchData } from './matcher.ts';
import { spanOf } from './ranges.ts';
import { codeUrl, compareUrl, guideUrl, phraseRun, rangeUrl, WHEN_CHUNK, whenFile } from './urls.ts';

/**
 * Orders what the reader sees: the matcher's pages first (messages, numbers, identifiers,
 * situations), then full-text hits with code pages ahead of comparisons, unless the query named
 * two codes. Plain data in, plain data out, so the order is unit-tested without a browser.
 */

export type PageKind = 'code' | 'number' | 'compare' | 'range' | 'guide' | 'other';

/** One Pagefind result, reduced to what ranking needs. */
export interface IndexHit {
  url: string;
  title: string;
  kind: PageKind;
  score: number;
}

export type ReasonKey =
  | 'search.decoded'
  | 'search.decodedIdentifier'
  | 'search.decodedRange'
  | 'search.whyMessage'
  | 'search.whyHandshake'
  | 'search.whyNear'
  | 'search.whyNearHandshake'
  | 'search.whyPhrase';

/** One line of the result list. `reason` is a message key with its values. */
export interface ResultItem {
  url: string;
  /** The code number or pair, shown first: "1006", "1006 vs 1008", "4000–4999". */
  label: string;
  title: string;
  kind: PageKind;
  reason?: { key: ReasonKey; vars: Record<string, string | number> };
}

/** How results reach pages in the reader's locale. */
export interface RankContext {
  codeUrl: (code: number) => string;
  compareUrl: (a: number, b: number) => string;
  guideUrl: (slug: string) => string;
  /** The range page of an unregistered number, and its label "4000–4999". */
  range: (code: number) => { url: string; label: string } | undefined;
  names: ReadonlyMap<number, string>;
  /** Unregistered numbers with a page → the protocols that define them. */
  numbers: ReadonlyMap<number, readonly string[]>;
  guides: ReadonlyMap<string, string>;
  compareTitle: (a: number, b: number) => string;
  guideLabel: string;
  /** What a message is printed for, once its source's file is loaded (searchWhenUrl); until then its result shows no reason. */
  when?: (sourceIndex: number, at: number) => string | undefined;
  /** The source's name, from the same file (search-index.ts whenList); the matcher's own when it has one (the build's, the tests'). */
  source?: (sourceIndex: number, at: number) => string | undefined;
  /** A phrase as written, once its run is loaded (searchPhrasesUrl); until then a result a phrase in its matching form found shows no reason. */
  phrase?: (at: number) => string | undefined;
}

/** A "printed when…" file's parts (search-index.ts whenList): the source's name, and what message `at` of the source is printed for. */
export const sourceInList = (list: readonly string[] | undefined): string | undefined => list?.[0];
export const whenInList = (list: readonly string[] | undefined, at: number): string | undefined => list?.[1 + (at % WHEN_CHUNK)];

function reasonOf(m: Match, ctx: RankContext): ResultItem['reason'] {
  const w = m.why;
  switch (w.kind) {
    case 'message': {
      const when = ctx.when?.(w.sourceIndex, w.at);
      // A message that opened no WebSocket adds the note its code page shows (messages.handshake:
      // browsers report a connection that fails to open as 1006), unless its "when" already ends
      // by saying 1006 (… "and the page's WebSocket reports 1006.").
      const note = w.handshake && !(when !== undefined && /1006\D{0,2}$/.test(when.trim()));
      // A message the line holds only part of is "a similar message" (matcher.ts NEAR).
      const key = w.near ? (note ? 'search.whyNearHandshake' : 'search.whyNear') : note ? 'search.whyHandshake' : 'search.whyMessage';
      return when === undefined ? undefined : { key, vars: { source: ctx.source?.(w.sourceIndex, w.at) ?? w.source, when } };
    }
    case 'identifier':
      return { key: 'search.decodedIdentifier', vars: { identifier: w.identifier, code: w.code, library: w.library } };
    case 'number':
      return { key: 'search.decoded', vars: { code: w.code } };
    case 'range':
      return { key: 'search.decodedRange', vars: { code: w.code } };
    case 'phrase': {
      const text = w.at === undefined ? w.text : ctx.phrase?.(w.at);
      return text === undefined ? undefined : { key: 'search.whyPhrase', vars: { text } };
    }
  }
}

/** The page a match points at, in the reader's locale; undefined when it has none. */
function itemOf(m: Match, ctx: RankContext): ResultItem | undefined {
  const page = pageOf(m, ctx);
  const reason = page && page.kind !== 'compare' ? reasonOf(m, ctx) : undefined;
  return page && reason ? { ...page, reason } : page;
}

function pageOf(m: Match, ctx: RankContext): ResultItem | undefined {
  const pair = /^c:(\d+)-(\d+)$/.exec(m.target);
  if (pair) {
    const [a, b] = [Number(pair[1]), Number(pair[2])];
    return { url: ctx.compareUrl(a, b), label: `${a} vs ${b}`, title: ctx.compareTitle(a, b), kind: 'compare' };
  }
  if (m.target.startsWith('g:')) {
    const slug = m.target.slice(2);
    const title = ctx.guides.get(slug);
    return title === undefined ? undefined : { url: ctx.guideUrl(slug), label: ctx.guideLabel, title, kind: 'guide' };
  }
  if (m.target.startsWith('r:')) {
    const code = Number(m.target.slice(2));
    const range = ctx.range(code);
    return range && { url: range.url, label: range.label, title: String(code), kind: 'range' };
  }
  const code = Number(m.target);
  const name = ctx.names.get(code);
  if (name !== undefined) return { url: ctx.codeUrl(code), label: String(code), title: name, kind: 'code' };
  const protocols = ctx.numbers.get(code);
  if (protocols) return { url: ctx.codeUrl(code), label: String(code), title: protocols.join(', '), kind: 'number' };
  return undefined;
}

const kindOrder = (pairQuery: boolean): Record<PageKind, number> =>
  pairQuery ? { compare: 0, code: 1, number: 1, guide: 2, range: 3, other: 4 } : { code: 0, number: 0, guide: 1, compare: 2, range: 3, other: 4 };

/** The final list: the matcher's pages, then index hits by kind and score, each URL once. */
export function rankResults(matches: readonly Match[], hits: readonly IndexHit[], ctx: RankContext): ResultItem[] {
  const pairQuery = matches[0]?.target.startsWith('c:') ?? false;
  const order = kindOrder(pairQuery);
  const sorted = hits
    .map((h, i) => ({ h, i }))
    .sort((x, y) => order[x.h.kind] - order[y.h.kind] || y.h.score - x.h.score || x.i - y.i)
    .map(({ h }): ResultItem => ({ url: h.url, label: labelOf(h), title: h.title, kind: h.kind }));
  const seen = new Set<string>();
  const matched = matches.map((m) => itemOf(m, ctx)).filter((i): i is ResultItem => i !== undefined);
  return [...matched, ...sorted].filter((item) => !seen.has(item.url) && seen.add(item.url));
}

/** "1006" for a code page, "1006 vs 1008" for a comparison, from the page URL. */
function labelOf(hit: IndexHit): string {
  const pair = /\/(\d+)-vs-(\d+)\/$/.exec(hit.url);
  if (pair) return `${pair[1]} vs ${pair[2]}`;
  const code = /\/websocket\/(\d+)\/$/.exec(hit.url);
  if (code) return code[1]!;
  const range = /\/range\/(\d+)-(\d+)\/$/.exec(hit.url);
  return range ? `${range[1]}–${range[2]}` : '';
}

/** The "printed when…" files (urls.ts whenFile) the first `shown` results need (search-engine fetches them). */
export function whenFiles(matches: readonly Match[], shown = 8): string[] {
  return [...new Set(matches.slice(0, shown).flatMap((m) => (m.why.kind === 'message' ? [whenFile(m.why.sourceIndex, m.why.at)] : [])))];
}

/** The runs of phrases as written (urls.ts phraseRun) the first `shown` results need (search-engine fetches them). */
export function phraseRuns(matches: readonly Match[], shown = 8): number[] {
  return [...new Set(matches.slice(0, shown).flatMap((m) => (m.why.kind === 'phrase' && m.why.at !== undefined ? [phraseRun(m.why.at)] : [])))];
}

/** Words worth searching one by one when the whole query matches no page. */
export function fallbackWords(query: string, max = 6): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOP.has(w));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, max);
}

const STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'was', 'are', 'not', 'but', 'has', 'have', 'when', 'after', 'what', 'why', 'how', 'does', 'error', 'websocket', 'connection', 'http', 'https', 'wss']);

/** What results are named by: the part of the matcher's data that ranking reads. */
export type ResultNames = Pick<MatchData, 'names' | 'numbers' | 'guides'>;

/** The ranking context for a locale, from the matcher's data: one builder for the browser and the evaluation. */
export function rankContext(data: ResultNames, locale: Locale, compareTitle: (a: number, b: number, names: ReadonlyMap<number, string>) => string, guideLabel: string): RankContext {
  const names = new Map(Object.entries(data.names).map(([code, name]) => [Number(code), name]));
  return {
    names,
    numbers: new Map(Object.entries(data.numbers).map(([n, list]) => [Number(n), list])),
    guides: new Map(Object.entries(data.guides)),
    codeUrl: (code) => codeUrl(locale, code),
    compareUrl: (a, b) => compareUrl(locale, a, b),
    guideUrl: (slug) => guideUrl(locale, slug),
    range: (code) => {
      const span = spanOf(code);
      return span.page ? { url: rangeUrl(locale, span), label: `${span.from}–${span.to}` } : undefined;
    },
    compareTitle: (a, b) => compareTitle(a, b, names),
    guideLabel,
  };
}
