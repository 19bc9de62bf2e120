import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { condense, jsonLogFields, PASTE_LIMIT, QUERY_LIMIT, unentitied, unescaped, withoutFrames, withoutTerminalNoise } from '../../src/lib/paste.ts';
import { shouts } from '../../src/lib/matcher.ts';

/** Frames as each runtime prints them, n of each. */
const javaFrames = (n: number) => Array.from({ length: n }, (_, i) => `\tat org.eclipse.jetty.io.ChannelEndPoint$${i}.run(ChannelEndPoint.java:${100 + i}) ~[jetty-io-9.4.44.jar:9.4.44]`).join('\n');
const pythonFrames = (n: number) =>
  Array.from({ length: n }, (_, i) => `  File "/usr/lib/python3.11/site-packages/websockets/legacy/protocol.py", line ${900 + i}, in recv_${i}\n    await asyncio.shield(self._put_message_waiter)\n    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`).join('\n');
const jsFrames = (n: number) => Array.from({ length: n }, (_, i) => `    at Receiver.getInfo${i} (/app/node_modules/ws/lib/receiver.js:${300 + i}:28)`).join('\n');
const goFrames = (n: number) => Array.from({ length: n }, (_, i) => `github.com/gorilla/websocket.(*Conn).NextReader${i}(0xc0001a4000)\n\t/go/pkg/mod/github.com/gorilla/websocket@v1.5.0/conn.go:${1000 + i} +0x1d3`).join('\n');
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

test('a short text without frames is read as it is', () => {
  for (const q of ['websocket: close 1006 (abnormal closure): unexpected EOF', 'Invalid WebSocket frame: invalid status code 1005', '连接断开 1006']) {
    assert.equal(condense(q), q);
  }
});

test('frames past the first are dropped, in the shapes of the JVM, .NET, Node, Python and Go, on lines or run into one', () => {
  const cases: [string, string, string][] = [
    ['java.io.EOFException\n' + javaFrames(5), 'java.io.EOFException', 'ChannelEndPoint$1.'],
    ['System.Net.WebSockets.WebSocketException (0x80004005): The remote party closed the WebSocket connection without completing the close handshake.\n   at System.Net.WebSockets.ManagedWebSocket.ThrowIfEOFUnexpected(Boolean throwOnPrematureClosure) in /src/ManagedWebSocket.cs:line 42\n   at System.Net.WebSockets.ManagedWebSocket.EnsureBufferContainsAsync(Int32 minimumRequiredBytes)\n--- End of stack trace from previous location ---', 'without completing the close handshake.', 'EnsureBufferContainsAsync'],
    ['RangeError: Invalid WebSocket frame: invalid status code 1005\n' + jsFrames(4), 'invalid status code 1005', 'getInfo1 '],
    ['Traceback (most recent call last):\n' + pythonFrames(4) + '\nwebsockets.exceptions.ConnectionClosedError: no close frame received or sent', 'ConnectionClosedError: no close frame received or sent', 'recv_1'],
    ['panic: websocket: close 1006 (abnormal closure): unexpected EOF\n\ngoroutine 7 [running]:\n' + goFrames(4), 'close 1006 (abnormal closure)', 'NextReader1('],
  ];
  for (const [text, kept, dropped] of cases) {
    for (const form of [text, oneLine(text)]) {
      const out = withoutFrames(form);
      assert.ok(out.includes(kept), `${kept} kept in ${out}`);
      assert.ok(!out.includes(dropped), `${dropped} dropped from ${out}`);
    }
  }
  // The headers of a trace go, and the code under each dropped Python frame with it.
  const py = withoutFrames('Traceback (most recent call last):\n' + pythonFrames(3) + '\nKeyError: 1');
  assert.equal(py.split('asyncio.shield').length - 1, 1, py);
  // Run into one line, the last frame's code ends where the exception's name begins.
  const pyLine = withoutFrames(oneLine(`Traceback (most recent call last):\n${pythonFrames(3)}\nwebsockets.exceptions.ConnectionClosedError: no close frame received or sent`));
  assert.equal(pyLine.split('asyncio.shield').length - 1, 1, pyLine);
  assert.ok(pyLine.endsWith('websockets.exceptions.ConnectionClosedError: no close frame received or sent'), pyLine);
  assert.ok(!py.includes('Traceback') && py.endsWith('KeyError: 1'), py);
  const go = withoutFrames('panic: boom\n\ngoroutine 7 [running]:\n' + goFrames(2) + '\ncreated by net/http.(*Server).Serve in goroutine 1');
  assert.ok(!go.includes('goroutine') && !go.includes('created by'), go);
});

test('a call in a message is not a frame: close(), ws.close(1000) and "at" in a sentence stay', () => {
  for (const q of ['ws.close() was called before the connection was established', 'failed to close at the end of the session: ws.close(1000)', 'WebSocket is already in CLOSING or CLOSED state.']) {
    assert.equal(withoutFrames(q), q);
  }
});

test('a long paste keeps the line that matters: a traceback ends with its exception, a "Caused by" follows the frames', () => {
  const python = 'Traceback (most recent call last):\n' + pythonFrames(40) + '\nwebsockets.exceptions.ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received';
  assert.ok(python.length > 4 * QUERY_LIMIT);
  const java = 'org.springframework.messaging.MessageDeliveryException: failed\n' + javaFrames(60) + '\nCaused by: java.io.IOException: Broken pipe\n' + javaFrames(30);
  for (const text of [python, oneLine(python)]) assert.match(condense(text), /sent 1011 \(internal error\) keepalive ping timeout/);
  for (const text of [java, oneLine(java)]) assert.match(condense(text), /Caused by: java\.io\.IOException: Broken pipe/);
});

test('what search reads is never longer than the limit, keeps both ends, and stays fast on any paste', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
  const out = condense(`FIRST ${words} LAST`);
  assert.ok(out.length <= QUERY_LIMIT, String(out.length));
  assert.ok(out.startsWith('FIRST') && out.endsWith('LAST') && out.includes(' … '));
  const huge = 'x'.repeat(PASTE_LIMIT * 4) + ' at a.b(c.java:1)'.repeat(5000);
  const started = performance.now();
  assert.ok(condense(huge).length <= QUERY_LIMIT);
  // Generous: a linear pass over 150 KB takes milliseconds; a backtracking pattern takes seconds.
  assert.ok(performance.now() - started < 2000);
});

test("a terminal's colour codes, invisible characters and a console's script link are not read; text like them stays", () => {
  const cases: [string, string][] = [
    ['\x1b[31mError\x1b[39m: Unexpected server response: 502', 'Error: Unexpected server response: 502'],
    ['[31mERROR[0m [1;33mws[22m closed', 'ERROR ws closed'],
    ['Invalid\u200b WebSocket\u00ad frame\ufeff', 'Invalid WebSocket frame'],
    ["main.4f2a9c.js:2 WebSocket connection to 'wss://x/ws' failed:", " WebSocket connection to 'wss://x/ws' failed:"],
    ['client:732 GET http://localhost:42093/_build/ net::ERR_CONNECTION_REFUSED', ' GET http://localhost:42093/_build/ net::ERR_CONNECTION_REFUSED'],
    ['VM1234:1 Uncaught (in promise) Error: boom\nsocket.io.js:2 GET x 400', ' Uncaught (in promise) Error: boom\n GET x 400'],
  ];
  for (const [raw, read] of cases) assert.equal(withoutTerminalNoise(raw), read);
  for (const kept of ['took [5m] to close', 'arr[0m] is set', 'see index.js for the handler', 'at ws.js:12', 'main.js:2']) assert.equal(withoutTerminalNoise(kept), kept);
});

test("a logger's level is not read as words of the line: in brackets, or in capitals at the start or after the time", () => {
  assert.equal(withoutFrames('2024-01-30 13:53:54 INFO SubProtocolWebSocketHandler:503 - No messages received'), '2024-01-30 13:53:54 SubProtocolWebSocketHandler:503 - No messages received');
  assert.equal(withoutFrames('[ERROR] websocket: close 1006\nWARN reconnecting'), 'websocket: close 1006\nreconnecting');
  assert.equal(withoutFrames('10:00:00.123  WARN 15392 --- [main] closed'), '10:00:00.123 15392 --- [main] closed');
  // A library's own words in capitals stay: they are part of its message.
  for (const kept of ['FIREBASE WARNING: Protocol version mismatch detected', 'Error: Unexpected server response: 401', 'Connection ERROR handling', 'ERRORS: 3']) assert.equal(withoutFrames(kept), kept);
});

test('HTML entities in a copied line read as their characters; anything else stays as it is', () => {
  assert.equal(unentitied('WebSocket connection to &#39;wss://x/ws&#x27; failed: &quot;Unexpected response code: 403&quot; &lt;EOF&gt; &amp;&nbsp;done'), 'WebSocket connection to \'wss://x/ws\' failed: "Unexpected response code: 403" <EOF> &\u00a0done');
  for (const kept of ['a && b', 'fish & chips;', '&unknown; &madeup;', '&#99999999;', '&#x110000;', 'R&D', '&;']) assert.equal(unentitied(kept), kept);
  // condense reads them so: the entity names are not words of the line.
  assert.equal(condense('Error: &quot;Connection refused&quot;'), 'Error: "Connection refused"');
});

test('a JSON log record is read without its metadata fields; its message, error and code stay', () => {
  const zap = '{"level":"error","ts":1701423000.12,"caller":"hub/conn.go:88","msg":"read failed","error":"websocket: close 1006 (abnormal closure): unexpected EOF"}';
  const read = jsonLogFields(zap);
  assert.ok(!/level|caller|conn\.go|1701423000|"ts"/.test(read), read);
  assert.match(read, /read failed/);
  assert.match(read, /error websocket: close 1006 \(abnormal closure\): unexpected EOF/);
  // Docker's log line, escaped inside its record, reads as the line.
  const docker = '{"log":"2024/01/02 10:00:00 websocket: close 1008 (policy violation)\\n","stream":"stderr","time":"2024-01-02T10:00:00Z"}';
  const dockerRead = withoutFrames(docker);
  assert.ok(dockerRead.includes('websocket: close 1008 (policy violation)') && !/stderr|stream|2024-01-02T/.test(dockerRead), dockerRead);
  // A body whose keys say who wrote it keeps them (API Gateway's connectionId); a code field stays a number.
  assert.match(jsonLogFields('{"message": "Forbidden", "connectionId":"abc=", "requestId":"def="}'), /message Forbidden.*connectionId abc=.*requestId def=/);
  assert.match(jsonLogFields('{"type":"PusherError","data":{"code":4001,"message":"App key x not in this cluster"}}'), /code 4001/);
  for (const plain of ['not json: a "b" c', 'ws.send("hi") after close', 'Unexpected token "x": 42']) assert.equal(jsonLogFields(plain), plain);
});

test('a first frame that names no library is dropped when the caller can tell', () => {
  const text = 'CERT_HAS_EXPIRED\n\tat com.example.app.Handler.process(Handler.java:10)\n\tat okhttp3.internal.ws.RealWebSocket.failWebSocket(RealWebSocket.kt:570)';
  assert.match(withoutFrames(text), /com\.example/);
  assert.doesNotMatch(withoutFrames(text, (frame) => frame.includes('okhttp3')), /com\.example|okhttp3/);
  assert.match(withoutFrames('CERT_HAS_EXPIRED\n\tat okhttp3.internal.ws.RealWebSocket.failWebSocket(RealWebSocket.kt:570)', (frame) => frame.includes('okhttp3')), /okhttp3/);
});

/**
 * `fn` of `module` called on `input` in a worker thread, with its result, or a failure when it has
 * not answered in `ms`: a pattern that takes minutes cannot be stopped from the thread it runs on.
 */
function inTime(module: string, fn: string, input: string, ms = 10_000): Promise<unknown> {
  const url = new URL(module, import.meta.url).href;
  const worker = new Worker(
    `const { parentPort, workerData: w } = require('node:worker_threads');
     import(w.url).then((m) => parentPort.postMessage(m[w.fn](w.input)));`,
    { eval: true, workerData: { url, fn, input } },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${fn} took over ${ms} ms on ${JSON.stringify(input.slice(0, 12))}… (${input.length} characters)`));
    }, ms);
    worker.once('message', (result) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

// Each of these inputs held a page for seconds to hours before round thirty-four: patterns tried
// from every character of a long run (a dotted name, backslashes, spaces, capitals) took time that
// grew with the run's cube (the dotted run: 11 s at 4,000 characters) or square (3 s, 1 s and 1 s
// at 30,000). Now each takes a few milliseconds; the limit is 10 s, in a worker that can be stopped.
test('long runs of one pattern are read in time that grows with their length, not its square', async () => {
  const dotted = 'a.'.repeat(PASTE_LIMIT / 2);
  assert.equal(await inTime('../../src/lib/paste.ts', 'condense', dotted), `${dotted.slice(0, 499)} … ${dotted.slice(-498)}`);
  assert.equal(((await inTime('../../src/lib/paste.ts', 'unescaped', `${'\\'.repeat(300_000)}x`)) as string).length, 300_001);
  assert.equal(await inTime('../../src/lib/paste.ts', 'withoutFrames', `x${' '.repeat(300_000)}x`), 'x x');
  assert.equal(((await inTime('../../src/lib/paste.ts', 'unentitied', '&#x'.repeat(100_000))) as string).length, 300_000);
  assert.equal(await inTime('../../src/lib/matcher.ts', 'shouts', 'A'.repeat(300_000)), false);
  assert.equal(shouts(`${'A'.repeat(1000)} B C`), true);
  // What the rewritten patterns read is unchanged: a Go frame, escapes, a line break after spaces.
  assert.equal(withoutFrames('github.com/gorilla/websocket.(*Conn).ReadMessage(0xc0001a4000, 0x0)\nmain.run()\nmain.main.func1(...)\nwebsocket: close 1006'), 'github.com/gorilla/websocket.(*Conn).ReadMessage(0xc0001a4000, 0x0)\nwebsocket: close 1006');
  assert.equal(unescaped('{"log":"close 1006\\\\n\\\\t\\\\"x\\\\" \\\\u003cy\\\\u003e"}'), '{"log":"close 1006\n\t"x" <y>"}');
  assert.equal(withoutFrames('closed  \t \n  code 1006'), 'closed\ncode 1006');
});
