import { gzipAsync } from '@gfx/zopfli';

/**
 * The search's big files (each locale's matcher index, the root's other languages' phrasings) as
 * gzip, compressed with Zopfli: any gzip reader (the browser's DecompressionStream) inflates
 * it, and it is about 5 % smaller than zlib at level 9 (English index 85.2 → 81.0 KB with 3,162
 * messages), bytes every reader's first search no longer fetches. It costs the build about a
 * second and a half per file (the small per-source when-files stay zlib). ITERATIONS past 15 saved under 0.1 %.
 */
const ITERATIONS = 15;

/** The bytes of a Response body: a Uint8Array over a plain ArrayBuffer (what `BodyInit` takes). */
export async function gzipJson(value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await gzipAsync(Buffer.from(JSON.stringify(value), 'utf8'), { numiterations: ITERATIONS }));
}
