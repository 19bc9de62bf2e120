import { fallbackWords, type IndexHit, type PageKind } from '../lib/search-rank.ts';

/**
 * Pagefind's full text, for the queries the matcher is unsure of (search-engine.ts): a chunk of
 * its own, so a line the matcher knows fetches neither it nor Pagefind (the cold search's byte
 * budget, README, Benchmark).
 */

interface PagefindResult { score: number; data: () => Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }> }
interface Pagefind {
  options: (o: object) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

let pagefindPromise: Promise<Pagefind> | undefined;

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
export async function fullText(query: string): Promise<IndexHit[]> {
  const pf = await pagefind();
  const hits = await indexHits(pf, query, 12);
  if (hits.length > 0) return hits;
  const perWord = await Promise.all(fallbackWords(query).map((w) => indexHits(pf, w, 6)));
  const total = new Map<string, IndexHit>();
  for (const list of perWord) for (const h of list) total.set(h.url, { ...h, score: (total.get(h.url)?.score ?? 0) + h.score });
  return [...total.values()].sort((a, b) => b.score - a.score).slice(0, 12);
}
