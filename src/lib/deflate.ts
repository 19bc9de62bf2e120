import { zlibAsync } from '@gfx/zopfli';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
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

/** JSON text packed as the search files are: block-sorted, then deflated by Zopfli (the work of one file: 3–4 s). */
export async function packText(json: string): Promise<Uint8Array<ArrayBuffer>> {
  const sorted = sortBlock(new Uint8Array(Buffer.from(json, 'utf8')));
  return new Uint8Array(await zlibAsync(Buffer.from(sorted), { numiterations: ITERATIONS, blocksplittingmax: BLOCKS }));
}

/**
 * The compression thread (deflate-worker.ts), found from the project's root as the content is
 * (content-root.ts): Astro bundles this module, so a path beside it would not be the source's.
 */
const WORKER = resolve('src/lib/deflate-worker.ts');

/**
 * The threads that pack files: one per core, each started by its first file and let go while none
 * waits. The page renderer shares a core with one of them, but it mostly waits for them once it
 * reaches the search files' routes: on this project's 2-core machine one thread kept the build
 * waiting about 8 s for the five indexes, and the build took 51 s; two, none, and 45–47 s (round
 * thirty-six). A second thread adds about 60 MB to the build's peak, 1,203 MB in the bench's build
 * (within its 1.5 GB now that Pagefind runs after Astro's process: scripts/index-site.ts; at round
 * thirty-five, with Pagefind inside it, 1,674 MB against 1,586 for one thread).
 */
const THREADS = Math.max(1, availableParallelism());
const idle: Worker[] = [];
let threads = 0;
const jobs: { json: string; done: (bytes: Uint8Array<ArrayBuffer>) => void; fail: (error: unknown) => void }[] = [];

function next(): void {
  if (!jobs.length) return;
  let w = idle.pop();
  if (!w && threads < THREADS) {
    w = new Worker(WORKER);
    threads++;
  }
  if (!w) return;
  const worker = w;
  const job = jobs.shift()!;
  const answer = (bytes: Uint8Array<ArrayBuffer>) => {
    worker.off('error', failed);
    idle.push(worker);
    if (!jobs.length) for (const t of idle) t.unref();
    job.done(bytes);
    next();
  };
  const failed = (error: Error) => {
    worker.off('message', answer);
    threads--;
    job.fail(error);
    next();
  };
  worker.ref();
  worker.once('message', answer);
  worker.once('error', failed);
  worker.postMessage(job.json);
}

function packInWorker(json: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((done, fail) => {
    jobs.push({ json, done, fail });
    next();
  });
}

/**
 * The bytes of a search file's Response body: a Uint8Array over a plain ArrayBuffer (what
 * `BodyInit` takes). Packed on threads of their own, so that a build that starts them early
 * (search-files.ts packSearchFiles) renders its other pages meanwhile; packed here where no
 * thread can start or one fails.
 */
export async function packJson(value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const json = JSON.stringify(value);
  try {
    return await packInWorker(json);
  } catch {
    return packText(json);
  }
}

/**
 * A small list fetched once a result is on screen ("printed when…" runs, phrase runs) as the
 * response of its file: JSON deflated by zlib at level 9. Over a thousand of these files, each well
 * under 2 KB: Zopfli would slow the build for a few bytes a search.
 */
export function smallListResponse(list: readonly string[]): Response {
  return new Response(deflateSync(JSON.stringify(list), { level: 9 }), { headers: { 'Content-Type': 'application/octet-stream' } });
}
