import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { decode, decoderData, isDistinctive } from '../../src/lib/decoder.ts';
import { loadEntry } from '../../src/lib/entry-file.ts';
import { libraries } from '../../src/lib/libraries.ts';

const entries = readdirSync('content/codes').map((f) => loadEntry(`content/codes/${f}`).data);
const data = decoderData(entries, Object.fromEntries(Object.entries(libraries).map(([k, v]) => [k, v.name])));

const codesIn = (q: string) => decode(q, data).map((d) => d.code);

test('numbers in the shapes libraries and browsers print them', () => {
  const cases: [string, number[]][] = [
    ['websocket: close 1006 (abnormal closure): unexpected EOF', [1006]],
    ['received 1011 (internal error); then sent 1011 (internal error)', [1011]],
    ['CloseStatus[code=1009, reason=The decoded text message was too big]', [1009]],
    ['WebSocket is closed with code 1008 and reason "forbidden"', [1008]],
    ['CloseEvent {isTrusted: true, wasClean: false, code: 1006, reason: ""}', [1006]],
    ['code:1006', [1006]],
    ['1006', [1006]],
    ['4001', [4001]],
    ['close 4321', [4321]],
    ['4003 unauthorized', [4003]],
    ['1006 vs 1001', [1006, 1001]],
    ['1001 1006', [1001, 1006]],
    ['Disconnected (code: 1000, reason: "")', [1000]],
    ['closed with status 3008', [3008]],
    ['close code 999', [999]],
    ['status = 65535', [65535]],
    ['connection closed (1006)', [1006]],
    ['(32499)', [32499]],
    // A name ending in a close word says so too.
    ['starlette.websockets.WebSocketDisconnect: 1000', [1000]],
    ['connection closed, closeCode=4000 wasClean=false', [4000]],
    ['ws.onClose 4004 Authentication failed in a long line of a log', [4004]],
    ['ConnectionClosed 1001 going away, then the client reconnected after a while', [1001]],
    // An NSError whose number is a registered close code still names it.
    ['Error Domain=SRWebSocketErrorDomain Code=1002 "Invalid frame"', [1002]],
    // A Python enum of close codes gives one as its value (an enum of message types does not: below).
    ['ConnectionClosedError: <CloseCode.INTERNAL_ERROR: 1011>', [1011]],
    ['<ConnectionFailed code=<closereason.protocol_error: 1002> reason="missing connection: upgrade header">', [1002]],
  ];
  for (const [q, expected] of cases) assert.deepEqual(codesIn(q), expected, q);
});

test('library identifiers from several libraries, read from the entries', () => {
  const cases: [string, number][] = [
    ['StatusPolicyViolation', 1008],
    ['CloseReason.CloseCodes.CLOSED_ABNORMALLY', 1006],
    ['status.WS_1008_POLICY_VIOLATION', 1008],
    ['ConnectionClosedError: MESSAGE_TOO_BIG', 1009],
    ['websocket.CloseGoingAway', 1001],
    ['WebSocketCloseStatus.EndpointUnavailable', 1001],
    ['CloseStatus.SERVICE_OVERLOAD', 1013],
    ['err.code === "WS_ERR_INVALID_UTF8"', 1007],
    ['CloseCode::Bad(1014)', 1014],
    ['message_too_big', 1009],
  ];
  for (const [q, code] of cases) {
    const found = decode(q, data);
    assert.equal(found[0]?.code, code, q);
  }
  const hit = decode('StatusPolicyViolation', data)[0]!;
  assert.deepEqual(hit, { kind: 'identifier', code: 1008, identifier: 'StatusPolicyViolation', library: libraries.coder.name });
});

test('numbers that are not close codes are left alone', () => {
  const none = [
    'Error during WebSocket handshake: Unexpected response code: 400',
    'Unexpected server response: 400',
    'HTTP 403 forbidden on upgrade',
    'WSProto: cannot close 403 during handshake',
    'msg received WSMessage(type=<WSMsgType.CLOSED: 257>, data=None, extra=None)',
    'ERR Connection terminated error="connection with edge closed" connIndex=2',
    'connect ECONNREFUSED 127.0.0.1:3000',
    'ws://localhost:3000/socket closes immediately',
    'listening on port 3000 and the socket drops',
    'payload of 1009 bytes is rejected by the server after a few tries',
    'closes after 60 seconds behind nginx',
    'read limited at 32769 bytes',
    'Max frame length of 65536 has been exceeded.',
    'disconnects at 2024-05-01 10:30:00 every night with nothing in the logs',
    'node 1006.2 release notes',
    'error 500 from the server',
    `INFO: ('127.0.0.1', 52429) - "WebSocket /ws" 403`,
    // A syslog line's process id in brackets (haproxy/haproxy#1114).
    'Feb 11 15:29:37 shopblocks haproxy[32442]: [WARNING] 041/152937 (32499) : Stopping frontend http in 0 ms.',
    // HAProxy's own log prefix: the level, then the process id in brackets.
    '[WARNING]  (1234) : Proxy ws_front stopped (cumulated conns: FE: 12, BE: 0).',
    '[NOTICE]   (1001) : haproxy version is 2.8.3',
    'Feb 11 15:29:37 lb haproxy[3442]: [WARNING] 041/152937 (3499) : Stopping frontend http in 0 ms.',
    // Operating-system errors beside a close word: Windows' through Python, and Rust's io::Error.
    'WebSocket error:  [WinError 10054] 远程主机强迫关闭了一个现有的连接。',
    'Error: Io(Os { code: 10054, kind: ConnectionReset, message: "An existing connection was forcibly closed by the remote host." })',
    // The same, typed again in lower case.
    'error: io(os { code: 10057, kind: notconnected, message: "socket is not connected" })',
    // Android's log: the process id after the tag.
    'I/flutter ( 2458): WebSocketChannelException: WebSocketException: Connection was not upgraded to websocket',
    'W/System.err(3120): java.net.SocketException: Connection reset',
    // A GlassFish log line's thread id, thread name and level (eclipse-ee4j/tyrus#529).
    '[2014-07-30T09:14:03.709+0700] [glassfish 4.0] [SEVERE] [] [websocket] [tid: _ThreadID=1026 _ThreadName=http-listener-1(1001)] [timeMillis: 1406686443709] [levelValue: 1000] [[',
    // An HTTP status labelled a status, though the connection closed around it (Ably's ErrorInfo).
    'err = [ErrorInfo: Connection closed; statusCode=400; code=80017]',
    'the connection closed with status 403',
    // ESP-IDF's log prefix: the level, then milliseconds since boot.
    'E (3012) websocket: Connection closed, errno = 104',
    'W (1006) websocket_client: Could not connect',
    // Swoole's own error numbers (include/swoole_error.h: 1001–1015 name session errors), printed "(ERROR %d):".
    'WARNING swWorker_discard_data (ERROR 1007): received the wrong data from socket',
    'NOTICE swFactoryProcess_finish (ERROR 1004): send 361 byte failed, because connection[fd=32] is closed.',
    'WARNING Worker_discard_data() (ERRNO 1007): [2] ignore data[120 bytes] received from session#5',
    // An Elixir or Erlang function's arity after its name (mtrudel/bandit#368).
    '** (UndefinedFunctionError) function Bandit.WebSocket.Socket.close/2 is undefined or private',
    // An NSError's own error number: SocketRocket's 2132 (an HTTP answer other than 101), errno 57.
    'Error connecting to socket Error Domain=SRWebSocketErrorDomain Code=2132 "received bad response code from server 404" UserInfo=0x17446fd40',
    'Error Domain=NSPOSIXErrorDomain Code=57 "Socket is not connected"',
  ];
  // Some of these are also messages a library prints (read limited at … bytes is 1009's), which
  // the message matcher may recognise; what matters here is that no number is taken for a code.
  for (const q of none) assert.deepEqual(decode(q, data).filter((d) => d.kind === 'number'), [], q);
});

test('numbers inside Chinese text and next to French close words are found', () => {
  assert.deepEqual(codesIn('关闭代码1006是什么意思'), [1006]);
  assert.deepEqual(codesIn('code de fermeture 1013 réessayer plus tard'), [1013]);
  assert.deepEqual(codesIn('Verbindung geschlossen mit Code 1011 nach dem Deployment'), [1011]);
});

test("a reason in braces after a word is Envoy's response code detail, not a library identifier", () => {
  // istio/istio#35378: the upstream reset after the 101 answer; the connection ends 1006, not 1002.
  assert.deepEqual(codesIn('"GET /api HTTP/1.1" 200 UPE upstream_reset_after_response_started{protocol_error} - "-" 0 43707'), []);
  assert.deepEqual(codesIn('beast error: protocol_error'), [1002]);
});

test('plain words that happen to be identifiers in one library are not taken for codes', () => {
  assert.equal(isDistinctive('Normal'), false);
  assert.equal(isDistinctive('ERROR'), false);
  assert.equal(isDistinctive('abnormal'), false);
  assert.equal(isDistinctive('CLOSED_ABNORMALLY'), true);
  assert.equal(isDistinctive('StatusGoingAway'), true);
  assert.deepEqual(codesIn('protocol error normal away'), []);
});

test('hostile input is handled without throwing', () => {
  for (const q of ['', ' ', '<script>alert(1)</script>', '"\'`', 'x'.repeat(5000), 'خطأ 1006 في الاتصال', '🔌💥 1006']) {
    assert.doesNotThrow(() => decode(q, data));
  }
  assert.deepEqual(codesIn('خطأ 1006 في الاتصال'), [1006]);
});

test("a library's plain-word name for a code counts only where the line gives it as the code, spelled as the library spells it", () => {
  const cases: [string, number[]][] = [
    ['tungstenite::protocol: Received close frame: Some(CloseFrame { code: Away, reason: "" })', [1001]],
    ['Received close frame: Some(CloseFrame { code: Restart, reason: "scheduled maintenance" })', [1012]],
    ['DEBUG Received close frame: Some(CloseFrame { code: Policy, reason: Utf8Bytes(b"") })', [1008]],
    ['socket.close(CloseCode::Size)', [1009]],
    ['close_code::POLICY', [1008]],
    // After the close-code words of another language.
    ['服务器连接因 未知原因 已关闭 (关闭码: NORMAL)', [1000]],
    ['connexion fermée (code de fermeture\u00a0: NORMAL)', [1000]],
    // The same words in prose or in another case are words, not codes.
    ['error code: invalid token', []],
    ['the server went away after a restart', []],
    ['Policy violation by the client', []],
  ];
  for (const [q, expected] of cases) assert.deepEqual(codesIn(q), expected, q);
  assert.equal(data.plainIdentifiers?.['Away']?.code, 1001);
  assert.equal(data.plainIdentifiers?.['away'], undefined, 'kept as spelled');
  assert.equal(data.identifiers['away'], undefined, 'not among the identifiers that count anywhere');
});
