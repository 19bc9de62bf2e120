import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSortedBlock, MAGIC, sortBlock, suffixArray, unsortBlock } from '../../src/lib/block-sort.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const roundTrip = (input: Uint8Array) => assert.deepEqual(unsortBlock(sortBlock(input)), input);

test('suffixes come in order, a suffix before a longer one that starts with it', () => {
  // banana: a, ana, anana, banana, na, nana
  assert.deepEqual([...suffixArray(bytes('banana'))], [5, 3, 1, 0, 4, 2]);
  assert.deepEqual([...suffixArray(bytes('aaaa'))], [3, 2, 1, 0]);
  assert.deepEqual([...suffixArray(new Uint8Array(0))], []);
});

test('a sorted block begins with MAGIC and the sentinel row; JSON does not', () => {
  const block = sortBlock(bytes('banana'));
  assert.deepEqual([...block.slice(0, 4)], MAGIC);
  // Rows of banana$: $, a$, ana$, anana$, banana$ (the sentinel's row, 4), na$, nana$.
  assert.equal(block[4], 4);
  assert.ok(isSortedBlock(block));
  assert.ok(!isSortedBlock(bytes('{"lines":[]}')));
  assert.ok(!isSortedBlock(bytes('BWT')));
});

test('sorting then unsorting gives back the same bytes: empty, one byte, runs, every byte value, text', () => {
  for (const s of ['', 'a', 'ab', 'banana', 'a'.repeat(1000), 'abcabcabc'.repeat(50), '{"texts":["WebSocket is closed before the connection is established."]}']) roundTrip(bytes(s));
  roundTrip(Uint8Array.from({ length: 256 * 3 }, (_, i) => 255 - (i % 256)));
  roundTrip(bytes('连接已关闭 Verbindung getrennt conexão fechada déconnexion'.repeat(20)));
  // Move-to-front ranks of 254 and 255 take two bytes: a block that needs them.
  const wide = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 3) * 104729) % 256);
  roundTrip(wide);
  assert.ok(sortBlock(wide).includes(255));
});

test('long runs of one byte shrink to a few symbols', () => {
  const block = sortBlock(bytes('x'.repeat(100000)));
  assert.ok(block.length < 30, `${block.length} bytes`);
  assert.equal(unsortBlock(block).length, 100000);
});

test('bytes that are not a sorted block, or whose sentinel row is out of range, are refused', () => {
  assert.throws(() => unsortBlock(bytes('{"a":1}')), /not a sorted block/);
  const block = sortBlock(bytes('banana'));
  block[4] = 200;
  assert.throws(() => unsortBlock(block), /sentinel row out of range/);
});

test('a damaged block is refused with an error, not read into a huge buffer', () => {
  // A run of zeros longer than any file: 40 run digits.
  const endless = Uint8Array.from([...MAGIC, 1, 0, 0, 0, ...Array<number>(40).fill(1), 5]);
  assert.throws(() => unsortBlock(endless), /damaged/);
  // Nothing after the header: no bytes at all.
  assert.throws(() => unsortBlock(Uint8Array.from([...MAGIC, 0, 0, 0, 0])), /damaged/);
});
