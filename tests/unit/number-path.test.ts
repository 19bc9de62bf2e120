import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notFoundTarget, numberTarget } from '../../src/lib/number-path.ts';

const registered = new Set([...Array.from({ length: 16 }, (_, i) => 1000 + i), 3000, 3003, 3008]);

test('a registered number leads to its code page, in the path’s locale', () => {
  assert.equal(numberTarget('/1006', registered), '/websocket/1006/');
  assert.equal(numberTarget('/websocket/1004/', registered), '/websocket/1004/');
  assert.equal(numberTarget('/de/1006/', registered), '/de/websocket/1006/');
  assert.equal(numberTarget('/zh/websocket/3008', registered), '/zh/websocket/3008/');
});

test('any other number 0–65535 leads to its range page', () => {
  const cases: [number, string][] = [[0, '0-999'], [999, '0-999'], [1016, '1016-2999'], [2999, '1016-2999'], [3001, '3000-3999'], [3999, '3000-3999'], [4000, '4000-4999'], [4321, '4000-4999'], [4999, '4000-4999'], [5000, '5000-65535'], [65535, '5000-65535']];
  for (const [n, range] of cases) {
    assert.equal(numberTarget(`/websocket/${n}/`, registered), `/websocket/range/${range}/`, `${n}`);
    assert.equal(numberTarget(`/fr/${n}`, registered), `/fr/websocket/range/${range}/`, `/fr/${n}`);
  }
});

test('numbers outside 0–65535 and paths that are not a number lead nowhere', () => {
  assert.equal(numberTarget('/websocket/65536/', registered), undefined);
  assert.equal(numberTarget('/websocket/1006abc/', registered), undefined);
  assert.equal(numberTarget('/websocket/range/4000-4999/', registered), undefined);
  assert.equal(numberTarget('/about/', registered), undefined);
});

test('the 404 page sends a localized path to its own 404 page, and stays put otherwise', () => {
  assert.equal(notFoundTarget('/de/nothing-here/', registered), '/de/not-found/');
  assert.equal(notFoundTarget('/de/not-found/', registered), undefined);
  assert.equal(notFoundTarget('/nothing-here/', registered), undefined);
  assert.equal(notFoundTarget('/pt/websocket/4001/', registered), '/pt/websocket/range/4000-4999/');
});

test('/404 and /de/404 are numbers like any other: range 0–999', () => {
  assert.equal(notFoundTarget('/404', registered), '/websocket/range/0-999/');
  assert.equal(notFoundTarget('/de/websocket/404/', registered), '/de/websocket/range/0-999/');
});

test('the 404 resolver ends on hosts that strip or add trailing slashes', () => {
  // A host that redirects /de/not-found/ to /de/not-found must not send the reader round again.
  assert.equal(notFoundTarget('/de/not-found', registered), undefined);
  assert.equal(notFoundTarget('/de/not-found//', registered), undefined);
  assert.equal(notFoundTarget('/de/nothing', registered), '/de/not-found/');
});
