import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserMayClose, compareFacts, introText, usageAdvice } from '../../src/lib/comparison.ts';
import { loadEntry } from '../../src/lib/entry-file.ts';
import { textOf } from '../../src/i18n/t.ts';

const e = (code: number) => loadEntry(`content/codes/${code}.md`).data;
const rowsIn = (a: number, b: number) =>
  Object.fromEntries(compareFacts(e(a), e(b)).map((r) => [r.fact, { a: textOf('en', r.a), b: textOf('en', r.b), differs: r.differs }]));

test('1008 vs 1010: the sender differs, both are protocol codes, differing rows come first', () => {
  const rows = compareFacts(e(1008), e(1010));
  assert.equal(rows[0]!.differs, true);
  const byFact = rowsIn(1008, 1010);
  assert.deepEqual(byFact['sender'], { a: 'Either endpoint', b: 'The client', differs: true });
  assert.deepEqual(byFact['range'], { a: 'Defined by the protocol (1000–2999)', b: 'Defined by the protocol (1000–2999)', differs: false });
  assert.deepEqual(byFact['onTheWire'], { a: 'Yes', b: 'Yes', differs: false });
  assert.equal(introText(e(1008), e(1010)).sameRange, true);
});

test('1000 vs 1006: one is sent on the wire and may be passed to close(), the other is set locally', () => {
  const byFact = rowsIn(1000, 1006);
  assert.deepEqual(byFact['onTheWire'], { a: 'Yes', b: 'Never: it must not appear in a Close frame', differs: true });
  assert.deepEqual(byFact['browserClose'], { a: 'Yes', b: 'No: close() throws InvalidAccessError', differs: true });
  assert.deepEqual(byFact['sender'], { a: 'Either endpoint', b: 'Nobody: the implementation sets it locally', differs: true });
  assert.deepEqual(byFact['reconnect'], { a: 'No: the session ended on purpose', b: 'Yes, with exponential backoff', differs: true });
});

test('1006 vs 3008: the ranges differ and the introduction says so', () => {
  const intro = introText(e(1006), e(3008));
  assert.deepEqual(intro, { sameRange: false, a: 'protocol', b: 'registered' });
  assert.equal(rowsIn(1006, 3008)['range']!.b, 'Registered at IANA (3000–3999)');
});

test('usage advice follows the facts', () => {
  assert.deepEqual(usageAdvice(e(1006)).map((x) => textOf('en', x)), [
    'You never send 1006: no endpoint may put it in a Close frame. Your library reports it when the connection ended without one.',
    'After 1006, reconnect with exponential backoff and jitter.',
  ]);
  assert.deepEqual(usageAdvice(e(1010)).map((x) => textOf('en', x)), [
    'Only a client sends 1010.',
    'A web page cannot send it: browsers accept only 1000 and 3000–4999 in close().',
    'After 1010, reconnecting fails the same way until the cause is fixed.',
  ]);
});

test('a page may pass only 1000 and 3000–4999 to close()', () => {
  assert.deepEqual([999, 1000, 1001, 2999, 3000, 4999, 5000].map(browserMayClose), [false, true, false, false, true, true, false]);
});
