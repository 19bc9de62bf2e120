import { fallbackWords, type IndexHit, type PageKind } from '../lib/search-rank.ts';

/**
 * Pagefind's full text, for the queries the matcher is unsure of (search-engine.ts): a chunk of
 * its own, so a line the matcher knows fetches neither it nor Pagefind (the cold search's byte
 * budget, README, Benchmark).
 */

interface PagefindResult { id: string; score: number; data: () => Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }> }
interface Pagefind {
  options: (o: object) => Promise<void>;
  search: (q: string, o?: { filters: Record<string, { any: string[] }> }) => Promise<{ results: PagefindResult[] }>;
}

/**
 * The kinds of page that answer a query about one code or situation (rankResults puts them before
 * comparisons). Pagefind's own order cannot tell them apart once a code page lists hundreds of
 * messages: "abnormal closure" ranked all eighteen 1006 comparisons (about 750 words each) above
 * the 1006 page (4,036 words), which fell out of the hits. Half the hits come from these kinds.
 * (search-rank.ts kindOrder lists the same kinds before comparisons; the list stays here, in the
 * full-text chunk, so the search code every first search fetches does not carry it.)
 */
const FIRST_KINDS = ['code', 'number', 'guide'];

let pagefindPromise: Promise<Pagefind> | undefined;

function pagefind(): Promise<Pagefind> {
  // A variable URL keeps Vite from bundling Pagefind, which the build writes after Vite runs.
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    // Among pages of one kind, favour the short one that is about the query over long ones that
    // repeat its words (the code pages, long with their messages, come in through FIRST_KINDS).
    await pf.options({ ranking: { pageLength: 0.9, termFrequency: 0.8 } });
    return pf;
  });
  return pagefindPromise;
}

async function indexHits(pf: Pagefind, query: string, limit: number): Promise<IndexHit[]> {
  const [first, all] = await Promise.all([pf.search(query, { filters: { kind: { any: FIRST_KINDS } } }), pf.search(query)]);
  const picked = new Map<string, PagefindResult>();
  for (const r of [...first.results.slice(0, Math.ceil(limit / 2)), ...all.results]) {
    if (picked.size === limit) break;
    if (!picked.has(r.id)) picked.set(r.id, r);
  }
  return Promise.all(
    [...picked.values()].map(async (r) => {
      const d = await r.data();
      const kind = (d.filters['kind']?.[0] ?? 'other') as PageKind;
      return { url: d.url, title: d.meta['title'] ?? d.url, kind, score: r.score };
    }),
  );
}

/** Pagefind keeps only pages holding every word; a pasted line often spans pages, so also try word by word. */
export async function fullText(query: string): Promise<IndexHit[]> {
  const pf = await pagefind();
  const hits = await indexHits(pf, query, 12);
  if (hits.length > 0) return hits;
  const perWord = await Promise.all(fallbackWords(query).map((w) => indexHits(pf, w, 6)));
  const total = new Map<string, IndexHit>();
  for (const list of perWord) for (const h of list) total.set(h.url, { ...h, score: (total.get(h.url)?.score ?? 0) + h.score });
  return [...total.values()].sort((a, b) => b.score - a.score).slice(0, 12);
}
