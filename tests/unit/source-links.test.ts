import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sourceFileUrl } from '../../src/lib/messages.ts';
import { loadCatalogue } from '../helpers/content.ts';

test("a message's file links to the path alone, in the repository a note names, and keeps documentation URLs", () => {
  assert.equal(sourceFileUrl('nodejs/undici', 'lib/dispatcher/client-h1.js (lib/client.js before 7.0)'), 'https://github.com/nodejs/undici/blob/HEAD/lib/dispatcher/client-h1.js');
  assert.equal(sourceFileUrl('denoland/deno', 'src/error.rs (denoland/fastwebsockets), surfaced by ext/websocket/01_websocket.js'), 'https://github.com/denoland/fastwebsockets/blob/HEAD/src/error.rs');
  assert.equal(sourceFileUrl('websockets/ws', '/lib/receiver.js:120'), 'https://github.com/websockets/ws/blob/HEAD/lib/receiver.js');
  assert.equal(sourceFileUrl('websockets/ws', 'lib/receiver.js#L120'), 'https://github.com/websockets/ws/blob/HEAD/lib/receiver.js');
  assert.equal(sourceFileUrl(undefined, 'https://nginx.org/en/docs/http/websocket.html'), 'https://nginx.org/en/docs/http/websocket.html');
  assert.equal(sourceFileUrl(undefined, 'somewhere.c'), '#');
});

test('every message file of the catalogue gives a link without spaces or notes', () => {
  const catalogue = loadCatalogue();
  const repos = new Map(catalogue.sources.map((s) => [s.id, s.repo]));
  const bad = catalogue.messages
    .map((m) => [m.file, sourceFileUrl(repos.get(m.sourceId), m.file)] as const)
    .filter(([, url]) => url !== '#' && !/^https:\/\/[^\s()]+$/.test(url));
  assert.deepEqual(bad, []);
});
