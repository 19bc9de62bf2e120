import { decode, type DecoderData } from '../lib/decoder.ts';
import { fallbackWords, rankResults, type IndexHit, type PageKind, type ResultItem } from '../lib/search-rank.ts';
import { spanOf } from '../lib/ranges.ts';
import { codeUrl, compareUrl, localeOfPath, rangeUrl } from '../lib/urls.ts';
import { fill, type SearchStrings } from '../lib/search-strings.ts';

/**
 * Runs a query: the decoder over the text, Pagefind over the index of the page's language, and
 * rankResults over both. Loaded only when the reader opens search.
 */

interface PagefindResult { score: number; data: () => Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }> }
interface Pagefind {
  options: (o: object) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefindPromise: Promise<Pagefind> | undefined;
let decoderPromise: Promise<DecoderData & { names: Record<string, string> }> | undefined;

function pagefind(): Promise<Pagefind> {
  // A variable URL keeps Vite from bundling Pagefind, which the build writes after Vite runs.
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    // Favour short pages (code pages) over long ones (comparisons) that repeat their words.
    await pf.options({ ranking: { pageLength: 0.9, termFrequency: 0.8 } });
    return pf;
  });
  return pagefindPromise;
}

function decoderData() {
  decoderPromise ??= fetch('/api/decoder.json').then((r) => r.json());
  return decoderPromise;
}

async function indexHits(pf: Pagefind, query: string, limit: number): Promise<IndexHit[]> {
  const { results } = await pf.search(query);
  return Promise.all(
    results.slice(0, limit).map(async (r) => {
      const d = await r.data();
      const kind = (d.filters['kind']?.[0] ?? 'other') as PageKind;
      return { url: d.url, title: d.meta['title'] ?? d.url, kind, score: r.score };
    }),
  );
}

/** Pagefind keeps only pages holding every word; a pasted line often spans pages, so also try word by word. */
async function fallbackHits(pf: Pagefind, query: string): Promise<IndexHit[]> {
  const perWord = await Promise.all(fallbackWords(query).map((w) => indexHits(pf, w, 10)));
  const total = new Map<string, IndexHit>();
  for (const hits of perWord) {
    for (const h of hits) {
      const seen = total.get(h.url);
      total.set(h.url, seen ? { ...seen, score: seen.score + h.score } : h);
    }
  }
  return [...total.values()].sort((a, b) => b.score - a.score).slice(0, 20);
}

export async function search(query: string, strings: SearchStrings): Promise<ResultItem[]> {
  const q = query.trim().slice(0, 2000);
  if (!q) return [];
  const locale = localeOfPath(location.pathname);
  const [pf, data] = await Promise.all([pagefind(), decoderData()]);
  const names = new Map(Object.entries(data.names).map(([code, name]) => [Number(code), name]));
  let hits = await indexHits(pf, q, 20);
  if (!hits.some((h) => h.kind === 'code')) hits = [...hits, ...(await fallbackHits(pf, q))];
  return rankResults(decode(q, data), hits, {
    names,
    codeUrl: (code) => codeUrl(locale, code),
    compareUrl: (a, b) => compareUrl(locale, a, b),
    rangeUrl: (code) => {
      const span = spanOf(code);
      return span.page ? rangeUrl(locale, span) : undefined;
    },
    rangeLabel: (code) => `${spanOf(code).from}–${spanOf(code).to}`,
    compareTitle: (a, b) => fill(strings['compare.title'], { a, nameA: names.get(a) ?? '', b, nameB: names.get(b) ?? '' }),
  });
}
