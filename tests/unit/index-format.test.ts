import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { packJson } from '../../src/lib/gzip.ts';
import { isSortedBlock, unsortBlock } from '../../src/lib/block-sort.ts';
import { groupPhrases, packIndex, packPhrases, unpackIndex, unpackPhrases } from '../../src/lib/index-format.ts';
import { searchIndexData } from '../../src/lib/search-index.ts';
import { LEXICON } from '../../src/lib/lexicon.ts';
import { features } from '../../src/lib/text-features.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue, loadGuides, loadTranslatedPhrases } from '../helpers/content.ts';

test('the real index packs into columns and unpacks to the same MatchData, smaller once gzipped', () => {
  const data = searchIndexData(loadCatalogue('content'), loadGuides(), loadTranslatedPhrases('content', 'en'));
  const packed = packIndex(data);
  // Through JSON, as the browser reads it (and as the build writes it: plain objects).
  assert.deepEqual(unpackIndex(JSON.parse(JSON.stringify(packed))), JSON.parse(JSON.stringify(data)));
  assert.equal(packed.lines.texts.length, data.lines.length);
  assert.equal(packed.lines.sources.reduce((n, [, count]) => n + count, 0), data.lines.length);
  const size = (o: unknown) => gzipSync(JSON.stringify(o), { level: 9 }).length;
  assert.ok(size(packed) < size(data), `${size(packed)} ≥ ${size(data)}`);
});

test('phrases group by target in the order targets first appear, texts in order', () => {
  const phrases: [string, string][] = [['a', '1006'], ['b', 'g:x'], ['c', '1006'], ['d', '4004'], ['e', 'g:x']];
  assert.deepEqual(packPhrases(phrases), [['1006', ['a', 'c']], ['g:x', ['b', 'e']], ['4004', ['d']]]);
  assert.deepEqual(groupPhrases(phrases), [['a', '1006'], ['c', '1006'], ['b', 'g:x'], ['e', 'g:x'], ['d', '4004']]);
  assert.deepEqual(unpackPhrases(packPhrases(groupPhrases(phrases))), groupPhrases(phrases));
});

test('sources travel as runs; an index whose columns disagree is refused with the counts', () => {
  const packed = packIndex({
    lexicon: LEXICON, codes: [], identifiers: {}, names: {}, numbers: {}, guides: {}, guideCodes: {}, sources: ['a', 'b'], phrases: [],
    lines: [['x', 1006, 0, 0], ['y', 1002, 0, 1], ['z', 1006, 1, 2], ['w', 1000, 0, 0]],
  });
  assert.deepEqual(packed.lines.sources, [[0, 2], [1, 1], [0, 1]]);
  assert.deepEqual(unpackIndex(packed).lines.map((l) => l[2]), [0, 0, 1, 0]);
  assert.throws(() => unpackIndex({ ...packed, lines: { ...packed.lines, codes: [1006] } }), /4 texts, 1 codes, 4 flags, 4 sources/);
});

test('the search files are gzip of a sorted block that reads back to the same JSON, over 10 % smaller than zlib at level 9', async () => {
  const data = packIndex(searchIndexData(loadCatalogue('content'), loadGuides(), loadTranslatedPhrases('content', 'en')));
  const zipped = await packJson(data);
  const inflated = new Uint8Array(gunzipSync(zipped));
  assert.ok(isSortedBlock(inflated));
  assert.deepEqual(JSON.parse(new TextDecoder().decode(unsortBlock(inflated))), JSON.parse(JSON.stringify(data)));
  const zlib = gzipSync(JSON.stringify(data), { level: 9 }).length;
  assert.ok(zipped.length < zlib * 0.9, `${zipped.length} vs zlib ${zlib}`);
});

test("the index carries the matcher's word lists: a process that never imports lexicon.ts reads queries as the build does once a Matcher is built from the index", () => {
  const data = JSON.parse(JSON.stringify(packIndex(searchIndexData(loadCatalogue('content'), loadGuides(), loadTranslatedPhrases('content', 'en')))));
  assert.deepEqual(data.lexicon, JSON.parse(JSON.stringify(LEXICON)));
  const queries = ['Why does the WebSocket close after a huge message?', 'websocket 为什么 断开 连接 原因', 'a JWT token expired while the tab was in the background'];
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  writeFileSync(join(dir, 'index.json'), JSON.stringify(data));
  // As the browser's search code: the matcher, text-features and the index format, no lexicon.ts.
  const src = new URL('../../src/lib/', import.meta.url).pathname;
  const script = `
    import { readFileSync } from 'node:fs';
    import { Matcher } from '${src}matcher.ts';
    import { features } from '${src}text-features.ts';
    import { unpackIndex } from '${src}index-format.ts';
    let before = '';
    try { features('x'); } catch (e) { before = e.message; }
    new Matcher(unpackIndex(JSON.parse(readFileSync(process.argv[1], 'utf8'))));
    console.log(JSON.stringify({ before, after: JSON.parse(process.argv[2]).map((q) => [...features(q)].sort()) }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, join(dir, 'index.json'), JSON.stringify(queries)], { encoding: 'utf8' }));
  assert.match(out.before, /no word lists loaded/, 'without the lists, features() says so instead of reading every word');
  assert.deepEqual(out.after, queries.map((q) => [...features(q)].sort()));
  assert.ok(out.after[0].includes('~large') && !out.after[0].includes('the'), 'synonym groups and stop words apply');
});
