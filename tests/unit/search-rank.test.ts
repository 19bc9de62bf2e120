import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fallbackWords, rankResults, type IndexHit, type RankContext } from '../../src/lib/search-rank.ts';

const names = new Map([[1000, 'Normal Closure'], [1001, 'Going Away'], [1006, 'Abnormal Closure'], [1008, 'Policy Violation']]);
const ctx: RankContext = {
  names,
  codeUrl: (c) => `/websocket/${c}/`,
  compareUrl: (a, b) => `/websocket/${Math.min(a, b)}-vs-${Math.max(a, b)}/`,
  rangeUrl: (c) => (c >= 4000 && c <= 4999 ? '/websocket/range/4000-4999/' : undefined),
  rangeLabel: () => '4000–4999',
  compareTitle: (a, b) => `WebSocket ${a} vs ${b}`,
};
const hit = (url: string, kind: IndexHit['kind'], score: number): IndexHit => ({ url, kind, score, title: url });

test('code pages come before comparison pages for a symptom, whatever the scores', () => {
  const items = rankResults([], [hit('/websocket/1000-vs-1006/', 'compare', 9), hit('/websocket/1006/', 'code', 2), hit('/websocket/1001/', 'code', 3)], ctx);
  assert.deepEqual(items.map((i) => i.url), ['/websocket/1001/', '/websocket/1006/', '/websocket/1000-vs-1006/']);
  assert.deepEqual(items.map((i) => i.label), ['1001', '1006', '1000 vs 1006']);
});

test('two codes in the query put their comparison first, then comparisons before code pages', () => {
  const decoded = [{ kind: 'number', code: 1006, registered: true, match: '1006' }, { kind: 'number', code: 1001, registered: true, match: '1001' }] as const;
  const items = rankResults([...decoded], [hit('/websocket/1006/', 'code', 5), hit('/websocket/1000-vs-1006/', 'compare', 1)], ctx);
  assert.deepEqual(items.map((i) => i.url), ['/websocket/1001-vs-1006/', '/websocket/1006/', '/websocket/1001/', '/websocket/1000-vs-1006/']);
});

test('a decoded code leads with its reason, and each URL appears once', () => {
  const items = rankResults([{ kind: 'identifier', code: 1008, identifier: 'StatusPolicyViolation', library: 'coder' }], [hit('/websocket/1008/', 'code', 9)], ctx);
  assert.equal(items.length, 1);
  assert.deepEqual(items[0]!.reason, { key: 'search.decodedIdentifier', vars: { identifier: 'StatusPolicyViolation', code: 1008, library: 'coder' } });
});

test('an unregistered number leads to its range page', () => {
  const items = rankResults([{ kind: 'number', code: 4321, registered: false, match: '4321' }], [], ctx);
  assert.deepEqual(items.map((i) => [i.url, i.label]), [['/websocket/range/4000-4999/', '4000–4999']]);
});

test('fallbackWords keeps the longest distinct meaningful words', () => {
  assert.deepEqual(fallbackWords('The remote party closed the WebSocket connection without completing', 3), ['completing', 'without', 'remote']);
});
