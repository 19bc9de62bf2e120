import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fallbackWords, phraseRuns, rankResults, whenFiles, type IndexHit, type RankContext } from '../../src/lib/search-rank.ts';
import type { Match } from '../../src/lib/matcher.ts';
import { phraseRun } from '../../src/lib/urls.ts';

const names = new Map([[1000, 'Normal Closure'], [1001, 'Going Away'], [1006, 'Abnormal Closure'], [1008, 'Policy Violation']]);
const ctx: RankContext = {
  names,
  numbers: new Map([[4004, ['Discord Gateway']]]),
  guides: new Map([['idle-timeouts', 'Disconnects after a fixed idle time']]),
  codeUrl: (c) => `/websocket/${c}/`,
  compareUrl: (a, b) => `/websocket/${Math.min(a, b)}-vs-${Math.max(a, b)}/`,
  guideUrl: (slug) => `/guides/${slug}/`,
  range: (c) => (c >= 4000 && c <= 4999 ? { url: '/websocket/range/4000-4999/', label: '4000–4999' } : undefined),
  compareTitle: (a, b) => `WebSocket ${a} vs ${b}`,
  guideLabel: 'Guide',
};
const hit = (url: string, kind: IndexHit['kind'], score: number): IndexHit => ({ url, kind, score, title: url });
const num = (code: number, score: number): Match => ({ target: String(code), score, why: { kind: 'number', code } });

test('code pages come before comparison pages for a symptom, whatever the scores', () => {
  const items = rankResults([], [hit('/websocket/1000-vs-1006/', 'compare', 9), hit('/websocket/1006/', 'code', 2), hit('/websocket/1001/', 'code', 3)], ctx);
  assert.deepEqual(items.map((i) => i.url), ['/websocket/1001/', '/websocket/1006/', '/websocket/1000-vs-1006/']);
  assert.deepEqual(items.map((i) => i.label), ['1001', '1006', '1000 vs 1006']);
});

test('a comparison match leads, then comparisons before code pages', () => {
  const matches: Match[] = [{ target: 'c:1001-1006', score: 1.2, why: { kind: 'number', code: 1001 } }, num(1006, 0.8), num(1001, 0.79)];
  const items = rankResults(matches, [hit('/websocket/1006/', 'code', 5), hit('/websocket/1000-vs-1006/', 'compare', 1)], ctx);
  assert.deepEqual(items.map((i) => i.url), ['/websocket/1001-vs-1006/', '/websocket/1006/', '/websocket/1001/', '/websocket/1000-vs-1006/']);
});

test('a matched message says who prints it and when, once its source\'s list is loaded; each URL appears once', () => {
  const m: Match = { target: '1006', score: 0.9, why: { kind: 'message', source: 'Chromium', sourceIndex: 3, at: 1, handshake: false, text: 'x' } };
  const lists: Record<number, string[]> = { 3: ['another message.', 'the page closed the socket before it opened.'] };
  const items = rankResults([m], [hit('/websocket/1006/', 'code', 9)], { ...ctx, when: (source, at) => lists[source]?.[at] });
  assert.equal(items.length, 1);
  assert.deepEqual(items[0]!.reason, { key: 'search.whyMessage', vars: { source: 'Chromium', when: 'the page closed the socket before it opened.' } });
  const before = rankResults([m], [], ctx);
  assert.equal(before[0]!.url, '/websocket/1006/', 'the result is there before its reason');
  assert.equal(before[0]!.reason, undefined);
  assert.deepEqual(whenFiles([m, num(1001, 0.5), { ...m, target: '1001' }]), ['3-0']);
  // Message 40 of source 3 is in its fourteenth run of 3 (WHEN_CHUNK).
  const later: Match = { ...m, why: { kind: 'message', source: 'Chromium', sourceIndex: 3, at: 40, handshake: false, text: 'y' } };
  assert.deepEqual(whenFiles([m, later]), ['3-0', '3-13']);
});

test("a failed handshake's reason says that no WebSocket opened, unless its when already ends by saying 1006", () => {
  const m: Match = { target: '1006', score: 0.9, why: { kind: 'message', source: 'Chromium', sourceIndex: 3, at: 0, handshake: true, text: 'x' } };
  const reason = (when: string) => rankResults([m], [], { ...ctx, when: () => when })[0]!.reason?.key;
  assert.equal(reason('The server answered the upgrade with 403.'), 'search.whyHandshake');
  assert.equal(reason("No WebSocket opened and the page's WebSocket reports 1006."), 'search.whyMessage');
  assert.equal(reason('WebSocket 没有建立，页面上的 WebSocket 报告 1006。'), 'search.whyMessage');
  // 1006 inside the sentence, not at its end, is not the page's code.
  assert.equal(reason('The server closed with 1006 while the handshake was still in flight, after a timeout.'), 'search.whyHandshake');
});

test('a message the line holds only part of gives "a similar message", with the handshake note where it opened no WebSocket', () => {
  const m = (handshake: boolean): Match => ({ target: '1006', score: 0.9, why: { kind: 'message', source: 'Chromium', sourceIndex: 3, at: 0, handshake, text: 'x', near: true } });
  const reason = (match: Match, when: string) => rankResults([match], [], { ...ctx, when: () => when })[0]!.reason;
  assert.deepEqual(reason(m(false), 'the page closed the socket.'), { key: 'search.whyNear', vars: { source: 'Chromium', when: 'the page closed the socket.' } });
  assert.equal(reason(m(true), 'The server answered the upgrade with 403.')?.key, 'search.whyNearHandshake');
  assert.equal(reason(m(true), "No WebSocket opened and the page's WebSocket reports 1006.")?.key, 'search.whyNear');
});

test('a protocol number leads to its own page, a guide to the guide, an unregistered number to its range', () => {
  const items = rankResults([num(4004, 0.8), { target: 'g:idle-timeouts', score: 0.5, why: { kind: 'phrase', text: 'idle' } }, { target: 'r:4321', score: 0.4, why: { kind: 'range', code: 4321 } }], [], ctx);
  assert.deepEqual(items.map((i) => [i.url, i.label, i.kind]), [
    ['/websocket/4004/', '4004', 'number'],
    ['/guides/idle-timeouts/', 'Guide', 'guide'],
    ['/websocket/range/4000-4999/', '4000–4999', 'range'],
  ]);
});

test("a phrase in its matching form shows no reason until its run as written is loaded, then the phrase as written", () => {
  const m = { target: '1008', score: 0.9, why: { kind: 'phrase' as const, text: 'polici violat', at: 37 } };
  assert.equal(rankResults([m], [], ctx)[0]!.reason, undefined);
  assert.deepEqual(phraseRuns([m, num(4004, 0.5)]), [phraseRun(37)]);
  const texts = new Map([[37, 'Policy violation after the token expired']]);
  assert.deepEqual(rankResults([m], [], { ...ctx, phrase: (at) => texts.get(at) })[0]!.reason, { key: 'search.whyPhrase', vars: { text: 'Policy violation after the token expired' } });
  // A phrase the index carries as written (the root's second file) shows at once.
  const written = { target: '1008', score: 0.9, why: { kind: 'phrase' as const, text: 'Richtlinienverstoß' } };
  assert.deepEqual(rankResults([written], [], ctx)[0]!.reason, { key: 'search.whyPhrase', vars: { text: 'Richtlinienverstoß' } });
  assert.deepEqual(phraseRuns([written]), []);
});

test('a match whose page does not exist is dropped, not linked', () => {
  assert.deepEqual(rankResults([num(4999, 0.9), { target: 'g:nope', score: 0.5, why: { kind: 'phrase', text: 'x' } }], [], ctx), []);
});

test('fallbackWords keeps the longest distinct meaningful words', () => {
  assert.deepEqual(fallbackWords('The remote party closed the WebSocket connection without completing', 3), ['completing', 'without', 'remote']);
});
