import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identifierParts } from '../../src/lib/wbr.ts';

test('identifiers wrap only at _, ., ::, / and camel-case boundaries', () => {
  assert.deepEqual(identifierParts('CLOSE_ABNORMAL'), ['CLOSE_', 'ABNORMAL']);
  assert.deepEqual(identifierParts('WS_1006_ABNORMAL_CLOSURE'), ['WS_', '1006_', 'ABNORMAL_', 'CLOSURE']);
  assert.deepEqual(identifierParts('nsIWebSocketChannel'), ['ns', 'IWeb', 'Socket', 'Channel']);
  assert.deepEqual(identifierParts('CloseCode::Bad(1014)'), ['Close', 'Code::', 'Bad(1014)']);
  assert.deepEqual(identifierParts('InvalidAccessError'), ['Invalid', 'Access', 'Error']);
  assert.deepEqual(identifierParts('normal'), ['normal']);
  assert.equal(identifierParts('STATUS_TLS_HANDSHAKE_ERROR').join(''), 'STATUS_TLS_HANDSHAKE_ERROR');
});
