import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Builds the site over each broken fixture (CONTENT_DIR) and checks that the build fails and
 * its output names the file and the field. Each build gets its own cache and output folder.
 */
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');

function buildOver(fixture: string): { status: number | null; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'wscc-broken-'));
  try {
    const run = spawnSync(process.execPath, [astro, 'build', '--outDir', join(scratch, 'dist')], {
      env: { ...process.env, CONTENT_DIR: `tests/fixtures/broken/${fixture}`, ASTRO_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    // Colours (on in CI) would split the text we look for.
    return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, "") };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const cases = [
  ['missing-prose', ['tests/fixtures/broken/missing-prose/1006.md', 'howToFix: howToFix is required: write it for this site']],
  ['unknown-key', ['tests/fixtures/broken/unknown-key/1006.md', 'Unrecognized key: "severity"']],
  ['duplicate', ['tests/fixtures/broken/duplicate/1006.mdx: code: 1006 is already defined in tests/fixtures/broken/duplicate/1006.md']],
  ['missing-related', ['tests/fixtures/broken/missing-related/1006.md: related: 1099 has no entry']],
] as const;

for (const [fixture, expected] of cases) {
  test(`the build fails over the ${fixture} fixture and names the file and field`, () => {
    const { status, output } = buildOver(fixture);
    assert.notEqual(status, 0, 'the build must fail');
    for (const text of expected) assert.ok(output.includes(text), `the build output lacks: ${text}\n${output.slice(-1500)}`);
  });
}
