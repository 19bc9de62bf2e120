import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync, gzipSync, inflateSync } from 'node:zlib';
import { packJson, packText } from '../../src/lib/deflate.ts';
import { isSortedBlock, unsortBlock } from '../../src/lib/block-sort.ts';
import { groupPhrases, isZlib, packIndex, packPhrases, unpackIndex, unpackPhrases, withPhrases } from '../../src/lib/index-format.ts';
import { otherLanguages, searchIndexData } from '../../src/lib/search-index.ts';
import { LEXICON } from '../../src/lib/lexicon.ts';
import type { MatchData } from '../../src/lib/matcher.ts';
import { features, useLexicon, words } from '../../src/lib/text-features.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue, loadGuides, loadTranslatedPhrases } from '../helpers/content.ts';

test('the real index packs into columns and unpacks to the same MatchData but the sources\' names, smaller once gzipped', () => {
  const data = searchIndexData(loadCatalogue('content'), loadGuides(), loadTranslatedPhrases('content', 'en'));
  const packed = packIndex(data);
  // Through JSON, as the browser reads it (and as the build writes it: plain objects). The names
  // travel in the "printed when…" files instead (search-index.ts whenList).
  assert.ok(data.sources.length > 100);
  assert.equal('sources' in packed, false);
  assert.deepEqual(unpackIndex(JSON.parse(JSON.stringify(packed))), JSON.parse(JSON.stringify({ ...data, sources: [] })));
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

test('sources travel as runs, a code and its flags as one number; an index whose columns disagree is refused with the counts', () => {
  const base = { lexicon: LEXICON, codes: [], identifiers: {}, names: {}, numbers: {}, guides: {}, guideCodes: {}, sources: ['a', 'b'], phrases: [] };
  const lines: MatchData['lines'] = [['x', 1006, 0, 0], ['y', 1002, 0, 1], ['z', 1006, 1, 2], ['w', 4999, 0, 3]];
  const packed = packIndex({ ...base, lines });
  assert.deepEqual(packed.lines.sources, [[0, 2], [1, 1], [0, 1]]);
  assert.deepEqual(packed.lines.codes, [4024, 4009, 4026, 19999]);
  assert.deepEqual(unpackIndex(packed).lines, lines);
  assert.throws(() => unpackIndex({ ...packed, lines: { ...packed.lines, codes: [4024] } }), /4 texts, 1 codes, 4 sources/);
  assert.throws(() => packIndex({ ...base, lines: [['v', 1006, 0, 4]] }), /flags must be under 4/);
});

test('the search files are a zlib stream of a sorted block that reads back to the same JSON, over 10 % smaller than zlib at level 9', async () => {
  const data = packIndex(searchIndexData(loadCatalogue('content'), loadGuides(), loadTranslatedPhrases('content', 'en')));
  const zipped = await packJson(data);
  assert.ok(isZlib(zipped));
  const inflated = new Uint8Array(inflateSync(zipped));
  assert.ok(isSortedBlock(inflated) && !isZlib(inflated));
  assert.deepEqual(JSON.parse(new TextDecoder().decode(unsortBlock(inflated))), JSON.parse(JSON.stringify(data)));
  const zlib = deflateSync(JSON.stringify(data), { level: 9 }).length;
  assert.ok(zipped.length < zlib * 0.9, `${zipped.length} vs zlib ${zlib}`);
  // What a host may have inflated already is read as is: JSON and sorted blocks are never taken for zlib.
  for (const text of ['{"a":1}', '["x"]', '"s"', '[]']) assert.equal(isZlib(new TextEncoder().encode(text)), false, text);
  // A zlib stream at every level zlib writes (its header differs by level) is.
  for (const level of [0, 1, 6, 9]) assert.ok(isZlib(deflateSync('["x"]', { level })), `level ${level}`);
  assert.equal(isZlib(gzipSync('["x"]')), false);
});

test('files packed on the compression threads, many at once, each come back as the bytes packing them here gives, to the one that asked', async () => {
  const values = Array.from({ length: 7 }, (_, i) => ({ file: i, words: Array.from({ length: 50 * (i + 1) }, (_, j) => `word${(j * 7 + i) % 97}`) }));
  const threaded = await Promise.all(values.map((v) => packJson(v)));
  for (const [i, v] of values.entries()) {
    assert.deepEqual(threaded[i], await packText(JSON.stringify(v)), `file ${i}`);
    assert.deepEqual(JSON.parse(new TextDecoder().decode(unsortBlock(new Uint8Array(inflateSync(threaded[i]!))))), v, `file ${i}`);
  }
});

test("the index carries the matcher's word lists: a process that never imports lexicon.ts reads queries as the build does once a Matcher is built from the index", () => {
  const data = JSON.parse(JSON.stringify(packIndex(searchIndexData(loadCatalogue('content'), loadGuides(), loadTranslatedPhrases('content', 'en')))));
  assert.deepEqual({ ...data.lexicon, stop: '' }, { ...JSON.parse(JSON.stringify(LEXICON)), stop: '' });
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
  assert.match(out.before, /no word lists/, 'without the lists, features() says so instead of reading every word');
  useLexicon(data.lexicon);
  const here = queries.map((q) => [...features(q)].sort());
  useLexicon(LEXICON);
  assert.deepEqual(out.after, here);
  assert.ok(out.after[0].includes('~large') && !out.after[0].includes('the'), 'synonym groups and stop words apply');
});

test("the root's index carries the stop words its texts hold; every text reads as with all of them, and its second file brings the rest", () => {
  const catalogue = loadCatalogue('content');
  const data = searchIndexData(catalogue, loadGuides(), loadTranslatedPhrases('content', 'en'));
  const all = new Set(LEXICON.stop.split(' '));
  const carried = new Set(data.lexicon.stop.split(' '));
  assert.ok(carried.size < all.size * 0.5, `${carried.size} of ${all.size}`);
  assert.ok([...carried].every((w) => all.has(w)));
  for (const w of ['the', 'why', 'does', 'die']) assert.ok(carried.has(w), w);
  for (const w of ['pourquoi', 'warum', '为什么']) assert.ok(!carried.has(w), w);
  const texts = [...data.lines, ...data.phrases].map(([text]) => text);
  const read = (lexicon: typeof LEXICON) => {
    useLexicon(lexicon);
    return texts.map((t) => [...features(t)].sort().join('|'));
  };
  const withAll = read(LEXICON);
  const withCarried = read(data.lexicon);
  useLexicon(LEXICON);
  assert.equal(withCarried.filter((f, i) => f !== withAll[i]).length, 0);
  // A stop word no text holds: only a query can bring it, and it matches nothing there.
  const held = new Set(texts.flatMap((t) => words(t)));
  assert.ok([...all].filter((w) => !carried.has(w)).every((w) => !held.has(w)));
  const root = withPhrases(data, otherLanguages(catalogue, loadGuides(), loadTranslatedPhrases('content', 'en', true)));
  assert.deepEqual(new Set(root.lexicon.stop.split(' ')), all);
});
