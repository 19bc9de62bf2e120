import { gzipAsync } from '@gfx/zopfli';
import { gzipSync } from 'node:zlib';
import { sortBlock } from './block-sort.ts';

/**
 * The search's big files (each locale's matcher index, the root's other languages' phrasings):
 * the JSON's bytes block-sorted (block-sort.ts: Burrows–Wheeler, move-to-front, runs of zeros),
 * then gzip by Zopfli. Any gzip reader (the browser's DecompressionStream) inflates it; the
 * browser then undoes the block sort (unsortBlock). Block sorting first makes the English index
 * about 14 % smaller than Zopfli alone (English index 92 → 79 KB at 4,008 messages), and Zopfli is about 5 %
 * smaller than zlib at level 9: bytes every reader's first search no longer fetches. The small
 * per-source when-files stay plain zlib. ITERATIONS past 15 saved under 0.1 %.
 */
const ITERATIONS = 15;

/** The bytes of a Response body: a Uint8Array over a plain ArrayBuffer (what `BodyInit` takes). */
export async function packJson(value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const sorted = sortBlock(new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8')));
  return new Uint8Array(await gzipAsync(Buffer.from(sorted), { numiterations: ITERATIONS }));
}

/**
 * A small list fetched once a result is on screen ("printed when…" runs, phrase runs) as the
 * response of its file: JSON gzipped by zlib at level 9. Over a thousand of these files, each well
 * under 2 KB: Zopfli would slow the build for a few bytes a search.
 */
export function smallListResponse(list: readonly string[]): Response {
  return new Response(gzipSync(JSON.stringify(list), { level: 9 }), { headers: { 'Content-Type': 'application/octet-stream' } });
}
