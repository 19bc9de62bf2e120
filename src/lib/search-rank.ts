import type { Decoded } from './decoder.ts';

/**
 * Orders what the reader sees: decoder hits first, then full-text hits with code pages ahead of
 * comparison pages — unless the query names two codes, when their comparison leads.
 * Plain data in, plain data out, so the order is unit-tested without a browser.
 */

export type PageKind = 'code' | 'compare' | 'range' | 'other';

/** One Pagefind result, reduced to what ranking needs. */
export interface IndexHit {
  url: string;
  title: string;
  kind: PageKind;
  score: number;
}

/** One line of the result list. `reason` is a message key with its values, for the decoder's hits. */
export interface ResultItem {
  url: string;
  /** The code number or pair, shown first: "1006", "1006 vs 1008", "4000–4999". */
  label: string;
  title: string;
  kind: PageKind;
  reason?: { key: 'search.decoded' | 'search.decodedIdentifier' | 'search.decodedRange' | 'search.decodedMessage'; vars: Record<string, string | number> };
}

/** How the results reach pages: the URL builders of the reader's locale and the code names. */
export interface RankContext {
  codeUrl: (code: number) => string;
  compareUrl: (a: number, b: number) => string;
  rangeUrl: (code: number) => string | undefined;
  rangeLabel: (code: number) => string;
  names: ReadonlyMap<number, string>;
  compareTitle: (a: number, b: number) => string;
}

function decodedItems(decoded: readonly Decoded[], ctx: RankContext): ResultItem[] {
  const items: ResultItem[] = [];
  const registered = decoded.filter((d) => ctx.names.has(d.code));
  // Two codes named in the query ask for their comparison, unless a known message settled it.
  if (registered.length >= 2 && decoded[0]!.kind !== 'message') {
    const [a, b] = [registered[0]!.code, registered[1]!.code].sort((x, y) => x - y) as [number, number];
    items.push({ url: ctx.compareUrl(a, b), label: `${a} vs ${b}`, title: ctx.compareTitle(a, b), kind: 'compare' });
  }
  for (const d of decoded) {
    const name = ctx.names.get(d.code);
    if (name !== undefined) {
      const reason: ResultItem['reason'] =
        d.kind === 'identifier' ? { key: 'search.decodedIdentifier', vars: { identifier: d.identifier, code: d.code, library: d.library } }
        : d.kind === 'message' ? { key: 'search.decodedMessage', vars: { code: d.code } }
        : { key: 'search.decoded', vars: { code: d.code } };
      items.push({ url: ctx.codeUrl(d.code), label: String(d.code), title: name, kind: 'code', reason });
    } else {
      const url = ctx.rangeUrl(d.code);
      if (url) items.push({ url, label: ctx.rangeLabel(d.code), title: String(d.code), kind: 'range', reason: { key: 'search.decodedRange', vars: { code: d.code } } });
    }
  }
  return items;
}

const kindOrder = (pairQuery: boolean): Record<PageKind, number> =>
  pairQuery ? { compare: 0, code: 1, range: 2, other: 3 } : { code: 0, compare: 1, range: 2, other: 3 };

/** The final list: decoder hits, then index hits by kind and score, each URL once. */
export function rankResults(decoded: readonly Decoded[], hits: readonly IndexHit[], ctx: RankContext): ResultItem[] {
  const pairQuery = decoded.filter((d) => ctx.names.has(d.code)).length >= 2 && decoded[0]?.kind !== 'message';
  const order = kindOrder(pairQuery);
  const sorted = hits
    .map((h, i) => ({ h, i }))
    .sort((x, y) => order[x.h.kind] - order[y.h.kind] || y.h.score - x.h.score || x.i - y.i)
    .map(({ h }): ResultItem => ({ url: h.url, label: labelOf(h), title: h.title, kind: h.kind }));
  const seen = new Set<string>();
  return [...decodedItems(decoded, ctx), ...sorted].filter((item) => !seen.has(item.url) && seen.add(item.url));
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

/** Words worth searching one by one when the whole query matches no code page. */
export function fallbackWords(query: string, max = 8): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOP.has(w));
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, max);
}

const STOP = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'was', 'are', 'not', 'but', 'has', 'have', 'when', 'after', 'what', 'why', 'how', 'does', 'error', 'websocket', 'connection', 'http', 'https', 'wss']);
