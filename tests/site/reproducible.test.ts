import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSteps, distDir, distFiles } from '../helpers/dist.ts';

const digest = (dir: string) =>
  new Map(distFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));

test('a second build from the same sources is byte-identical to dist/', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'wscc-repro-'));
  try {
    const out = join(scratch, 'dist');
    for (const args of buildSteps(out)) {
      const run = spawnSync(process.execPath, args, {
        env: { ...process.env, ASTRO_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        // The build lists every file it writes: more than spawnSync's default 1 MB of output.
        maxBuffer: 64 * 1024 * 1024,
      });
      assert.equal(run.status, 0, `${args[0]}: ${run.stderr}`);
    }
    const first = digest(distDir);
    const second = digest(out);
    const differ = [...new Set([...first.keys(), ...second.keys()])].filter((f) => first.get(f) !== second.get(f));
    assert.deepEqual(differ.slice(0, 20), [], `${differ.length} files differ`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
