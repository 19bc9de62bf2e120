import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderPair, pairsOf } from '../../src/lib/pairs.ts';

test('pairsOf gives n(n-1)/2 unordered pairs, lower code first, ascending', () => {
  assert.deepEqual(pairsOf([1008, 1000, 1010]), [
    [1000, 1008],
    [1000, 1010],
    [1008, 1010],
  ]);
  const nineteen = [...Array.from({ length: 16 }, (_, i) => 1000 + i), 3000, 3003, 3008];
  const pairs = pairsOf(nineteen);
  assert.equal(pairs.length, 171);
  assert.ok(pairs.every(([a, b]) => a < b));
  assert.equal(new Set(pairs.map((p) => p.join())).size, 171);
});

test('pairsOf ignores duplicates and gives nothing for fewer than two codes', () => {
  assert.deepEqual(pairsOf([1006, 1006]), []);
  assert.deepEqual(pairsOf([]), []);
});

test('orderPair puts the lower code first', () => {
  assert.deepEqual(orderPair(1008, 1006), [1006, 1008]);
  assert.deepEqual(orderPair(1006, 1008), [1006, 1008]);
});
