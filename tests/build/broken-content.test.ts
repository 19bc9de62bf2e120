import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentKinds } from '../../src/lib/content-root.ts';

/**
 * Builds the site over a copy of content/ with each fixture laid over it (CONTENT_DIR), and
 * checks that a broken one fails the build naming the file and the field, and that a stale
 * translation builds and tells the reader. Each build gets its own cache and output folder, but
 * the builds must run one at a time: Astro writes its prerender chunks to the project's own
 * `.astro/.prerender`, which two builds at once would share (tried in round thirteen: a CI run
 * failed when one build rendered a guide from the other's chunks).
 *
 * The copy is the English content with one message file and no translations but the fixture's:
 * every fixture here breaks or ages one entry, which the rest of the catalogue and the 1,160
 * translations do not bear on, and without them a build writes 2,840 pages in 13 s instead of
 * 3,760 in 37 s (round thirty-nine: the CI run was within two minutes of its fifteen).
 */
const astro = join('node_modules', 'astro', 'bin', 'astro.mjs');

function buildOver(fixture: string, keep?: (dist: string) => void): { status: number | null; output: string } {
  const scratch = mkdtempSync(join(tmpdir(), 'wscc-fixture-'));
  try {
    const content = join(scratch, 'content');
    cpSync('content', content, { recursive: true, filter: (from) => !/^content\/(translations|messages)\//.test(from) });
    // The first file the messages loader reads (a README beside them is allowed and read by none).
    const message = readdirSync(join('content', 'messages')).filter((f) => contentKinds.messages.test(f)).sort()[0]!;
    cpSync(join('content', 'messages', message), join(content, 'messages', message));
    cpSync(`tests/fixtures/broken/${fixture}`, content, { recursive: true });
    const run = spawnSync(process.execPath, [astro, 'build', '--outDir', join(scratch, 'dist')], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      // A build lists every file it writes (over 12,000 with the search's runs): more than
      // spawnSync's default 1 MB of output, past which it kills the build (status null).
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status === 0) keep?.(join(scratch, 'dist'));
    // Colours (on in CI) would split the text we look for.
    return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const cases: [string, string[]][] = [
  ['missing-prose', ['codes/1006.md', 'howToFix: howToFix is required: write it for this site']],
  ['unknown-key', ['codes/1006.md', 'Unrecognized key: "severity"']],
  ['duplicate', ['codes/1006.mdx: code: 1006 is already defined in', 'codes/1006.md']],
  ['missing-related', ['codes/1006.md: related: 1099 has no entry']],
  ['stray-extension', ['codes/4000.MD: this file is not read']],
  ['body-text', ['codes/1006.md: (body): text below the frontmatter is never shown']],
  ['pair-unrelated', ['pairs/1000-vs-1015.md: (file name): 1000 and 1015 are not related']],
  ['message-no-page', ['messages/zz-fixture.yaml: messages.0.code: 4321 has no page']],
  ['guide-no-page', ['guides/zz-fixture.mdx: codes.0: 4321 has no page']],
];

for (const [fixture, expected] of cases) {
  test(`the build fails over the ${fixture} fixture and names the file and field`, () => {
    const { status, output } = buildOver(fixture);
    assert.notEqual(status, 0, 'the build must fail');
    for (const text of expected) assert.ok(output.includes(text), `the build output lacks: ${text}\n${output.slice(-1500)}`);
  });
}

test('a translation made before the English changed builds, and its page tells the reader in their language', () => {
  let html = '';
  let pair = '';
  const { status, output } = buildOver('stale-translation', (dist) => {
    html = readFileSync(join(dist, 'de', 'websocket', '1000', 'index.html'), 'utf8');
    pair = readFileSync(join(dist, 'de', 'websocket', '1000-vs-1001', 'index.html'), 'utf8');
  });
  assert.equal(status, 0, output.slice(-1500));
  assert.match(html, /Die englische Fassung dieser Seite wurde nach der Übersetzung geändert/);
  assert.match(html, /<a href="\/websocket\/1000\/" hreflang="en">Englische Seite lesen<\/a>/);
  // A written comparison whose English changed says so too, linking the English comparison.
  assert.match(pair, /data-translation="stale"/);
  assert.match(pair, /<a href="\/websocket\/1000-vs-1001\/" hreflang="en">Englische Seite lesen<\/a>/);
});
