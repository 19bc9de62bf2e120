import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BADGE_WIDTH, badgeTextLength, diagramOf } from '../../src/lib/diagram.ts';

test('a local code is drawn with no frame on the wire; a sent one with the close and its reply', () => {
  assert.deepEqual(diagramOf({ code: 1006, sender: 'none', onTheWire: false }).arrows, []);
  const sent = diagramOf({ code: 1001, sender: 'either', onTheWire: true });
  assert.deepEqual(sent.arrows.map((a) => [a.from, a.carriesCode]), [['client', true], ['server', false]]);
  assert.ok(sent.note);
});

test("a badge's text is narrowed to the badge only when its wording would spill past it", () => {
  assert.equal(badgeTextLength('1004: set locally'), undefined);
  assert.equal(badgeTextLength('1004 : défini localement'), BADGE_WIDTH - 10);
  assert.equal(badgeTextLength('1004: definido localmente'), BADGE_WIDTH - 10);
});
