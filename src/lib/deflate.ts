import { zlibAsync } from '@gfx/zopfli';
import { deflateSync } from 'node:zlib';
import { sortBlock } from './block-sort.ts';

/**
 * The search's big files (each locale's matcher index, the root's other languages' phrasings):
 * the JSON's bytes block-sorted (block-sort.ts: Burrows–Wheeler, move-to-front, runs of zeros),
 * then deflated by Zopfli in a zlib stream (RFC 1950). The browser's DecompressionStream('deflate')
 * inflates it (index-format.ts isZlib tells it from bytes a host already decoded), then undoes the
 * block sort (unsortBlock). Block sorting first makes the English index about 14 % smaller than
 * Zopfli alone (English index 92 → 79 KB at 4,008 messages), and Zopfli is about 5 % smaller than
 * zlib at level 9: bytes every reader's first search no longer fetches. A zlib stream's header and
 * check are 12 bytes shorter than gzip's (round thirty-two: 0.1 KB of a cold search's nine files).
 * The small when and phrase runs are deflated by zlib itself (smallListResponse). Zopfli's
 * iterations and its most blocks (BLOCKS, its own default 15) chosen on the English index, round
 * thirty-four: with 15 and 15 the build wrote 92,729 bytes, with 25 and 30 it writes 92,635 (more
 * iterations saved nothing more, 5 blocks cost 0.4 KB), for about 1 s more per file at build time.
 */
const ITERATIONS = 25;
const BLOCKS = 30;

/** The bytes of a Response body: a Uint8Array over a plain ArrayBuffer (what `BodyInit` takes). */
export async function packJson(value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const sorted = sortBlock(new Uint8Array(Buffer.from(JSON.stringify(value), 'utf8')));
  return new Uint8Array(await zlibAsync(Buffer.from(sorted), { numiterations: ITERATIONS, blocksplittingmax: BLOCKS }));
}

/**
 * A small list fetched once a result is on screen ("printed when…" runs, phrase runs) as the
 * response of its file: JSON deflated by zlib at level 9. Over a thousand of these files, each well
 * under 2 KB: Zopfli would slow the build for a few bytes a search.
 */
export function smallListResponse(list: readonly string[]): Response {
  return new Response(deflateSync(JSON.stringify(list), { level: 9 }), { headers: { 'Content-Type': 'application/octet-stream' } });
}
