import { test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { distDir, htmlFiles } from '../helpers/dist.ts';

/** One worker per core, each validating every n-th page: the slowest site check, halved on two cores. */
function validate(files: string[]): Promise<string[]> {
  const n = Math.max(1, Math.min(availableParallelism(), 4));
  const shares = Array.from({ length: n }, (_, i) => files.filter((_, k) => k % n === i));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<string[]>((resolve, reject) => {
          const worker = new Worker(new URL('../helpers/html-validate-worker.ts', import.meta.url), { workerData: { dir: distDir, files: share } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`html-validate worker exited with ${code}`)));
        }),
    ),
  ).then((lists) => lists.flat().sort());
}

test('every built page passes html-validate (recommended rules, .htmlvalidate.json) with zero errors', async () => {
  const files = htmlFiles();
  assert.ok(files.length > 2000, `${files.length} pages`);
  const problems = await validate(files);
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});
