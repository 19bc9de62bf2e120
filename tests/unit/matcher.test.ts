import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agreeing, CONFIDENT, markerPattern, HANDSHAKE, FROM_TEXT, looksLikeProse, Matcher, numberAtPlaceholder, standaloneNumbers, telling, wantsOthers, type Match, type MatchData } from '../../src/lib/matcher.ts';
import { contentWords, features, asciiDigits, matchingForm, stem, synonymGroup, typedWords } from '../../src/lib/text-features.ts';
import { addedPhrases, indexHolds, matchingText, otherLanguages, phraseTexts, searchIndexData, whenList, whenOfSource, whenRuns } from '../../src/lib/search-index.ts';
import { withPhrases } from '../../src/lib/index-format.ts';
import { LEXICON } from '../../src/lib/lexicon.ts';
import { localQuerySets, querySets } from '../helpers/query-sets.ts';
import { WHEN_CHUNK, whenFile } from '../../src/lib/urls.ts';
import { sourceInList, whenInList } from '../../src/lib/search-rank.ts';
import { loadCatalogue, loadGuides, loadTranslatedPhrases } from '../helpers/content.ts';
import { longPythonTraceback } from '../helpers/traces.ts';
import { namedByOwnSource } from '../helpers/attribution.ts';
import { wordsBesideCloseTalk } from '../../src/lib/decoder.ts';

/** A small catalogue whose answers are known, so each rule is tested on its own. */
const small: MatchData = {
  lexicon: LEXICON,
  codes: [1000, 1001, 1002, 1005, 1006, 1008, 1009],
  identifiers: Object.assign(Object.create(null), { statuspolicyviolation: { code: 1008, library: 'coder' } }),
  names: { 1000: 'Normal Closure', 1001: 'Going Away', 1002: 'Protocol Error', 1005: 'No Status Received', 1006: 'Abnormal Closure', 1008: 'Policy Violation', 1009: 'Message Too Big' },
  numbers: { 4004: ['Discord Gateway'] },
  guides: { 'idle-timeouts': 'Disconnects after a fixed idle time' },
  guideCodes: { 'idle-timeouts': [1006] },
  sources: ['Node ws', 'Go gorilla/websocket', 'Chromium'],
  lines: [
    ['Invalid WebSocket frame: invalid status code {code}', 1002, 0, FROM_TEXT],
    ['Max payload size exceeded', 1009, 0, 0],
    ['websocket: close {code} (abnormal closure): unexpected EOF', 1006, 1, 0],
    ["WebSocket connection to '{url}' failed: Error during WebSocket handshake: Unexpected response code: {status}", 1006, 2, HANDSHAKE],
  ],
  phrases: [
    ['websocket disconnects after 60 seconds behind nginx', 'g:idle-timeouts'],
    ['Discord Gateway discord 4004 Authentication failed', '4004'],
  ],
};
const m = new Matcher(small);
const first = (q: string) => m.match(q)[0];

test('a template matches through its placeholders', () => {
  assert.equal(first('websocket: close 1006 (abnormal closure): unexpected EOF')?.target, '1006');
  const hs = first("WebSocket connection to 'wss://api.example.com/socket?token=abc' failed: Error during WebSocket handshake: Unexpected response code: 403");
  assert.equal(hs?.target, '1006');
  assert.equal(hs?.why.kind, 'message');
  assert.ok(hs?.why.kind === 'message' && hs.why.handshake && hs.why.source === 'Chromium');
});

test('noise around a line does not hide it: timestamps, levels, logger, stack, prefixes', () => {
  const noisy = [
    '2024-03-01T10:22:01.123Z ERROR [ws-client] RangeError: Max payload size exceeded\n    at Receiver.haveLength (/app/node_modules/ws/lib/receiver.js:412:28)',
    'Uncaught (in promise) Error: Max payload size exceeded',
    'pid=4412 worker-7 WARN Max payload size exceeded (conn 77f3a9c2e1d0)',
    '\x1b[31mERROR\x1b[39m RangeError: Max payload size exceeded',
    '{"level":"error","time":"2024-03-01T10:22:01Z","pid":4412,"hostname":"api-7","msg":"Max payload size exceeded"}',
    'main.8c1f.js:2 Max\u200b payload size exceeded',
  ];
  for (const q of noisy) assert.equal(first(q)?.target, '1009', q);
});

test('a line cut short still finds its template', () => {
  assert.equal(first("Error during WebSocket handshake: Unexpected response")?.target, '1006');
  assert.equal(first('websocket: close 1006 (abnormal clos')?.target, '1006');
});

test('a name typed in lower case with its words run together reads as those words; a word the catalogue holds stays whole', () => {
  assert.deepEqual(m.runTogether('error: maxpayloadsizeexceeded'), ['max payload size exceeded']);
  assert.equal(first('error: maxpayloadsizeexceeded')?.target, '1009');
  // "unexpected" and "connection" are words of the catalogue, however long; CamelCase is read as words already (fold).
  assert.deepEqual(m.runTogether('unexpected connection closure'), []);
  assert.deepEqual(m.runTogether('MaxPayloadSizeExceeded'), []);
  assert.equal(first('MaxPayloadSizeExceeded')?.target, '1009');
  // Letters the catalogue's words do not make up stay as they are.
  assert.deepEqual(m.runTogether('qwzrtplkmnbvx'), []);
});

test('a word cut short at the end of a query reads as the catalogue word it begins, as the reader types', () => {
  // "payl" is no word of the catalogue; "payload" (stem "payload") is.
  assert.equal(first('Max payl')?.target, '1009');
  assert.equal(m.completions('Max payl').length, 1);
  // Known words, words that say nothing alone, words inside the query and short beginnings stay as they are.
  assert.deepEqual(m.completions('websocket: close 1006 (abnormal closure): unexpected EOF'), []);
  assert.deepEqual(m.completions('Max payload size'), []);
  assert.deepEqual(m.completions('payl size'), []);
  assert.deepEqual(m.completions('websockets'), []);
  assert.deepEqual(m.completions('max pa'), []);
  assert.deepEqual(m.completions('max payl '), []);
});

test('a message reporting a received code points at that number when it has a page', () => {
  assert.equal(first('Invalid WebSocket frame: invalid status code 1005')?.target, '1005');
  assert.equal(first('Invalid WebSocket frame: invalid status code 2999')?.target, '1002', 'no page for 2999: the code the library sends');
  assert.equal(numberAtPlaceholder("The code must be either 1000, or between 3000 and 4999. {code} is neither.", 'The code must be either 1000, or between 3000 and 4999. 1001 is neither.', new Set([1000, 1001, 3000])), 1001);
});

test('a number without a page that the line calls invalid leads to what the library does about it, its range after', () => {
  const real = new Matcher(searchIndexData(loadCatalogue(), loadGuides()));
  // ws lines with the Receiver frame that follows them (its markers keep it): the message, 1002, first.
  for (const line of [
    'RangeError: Invalid WebSocket frame: invalid status code 40000\n    at Receiver.controlMessage (/srv/app/node_modules/ws/lib/receiver.js:450:18)',
    'Error: invalid status code: 3333\n    at Receiver.controlMessage (/opt/bot/node_modules/ws/lib/Receiver.js:414:22)',
  ]) {
    const list = real.match(line);
    assert.equal(list[0]?.target, '1002', JSON.stringify(list.slice(0, 3)));
    assert.ok(list.some((m) => m.target.startsWith('r:')), 'the range still follows');
  }
  // Without "invalid", a number said to be a close code is the answer: its range.
  assert.equal(real.match('websocket closed with status code 65535')[0]?.target, 'r:65535');
});

test("a message's {code} that the line leaves unfilled makes it a weaker answer than a message the line fills in full", () => {
  // jsonrpsee's "Inner(Ws(Closed))" met gobwas's "ws closed: {code} {reason}" as fully as a line holding the code.
  const data: MatchData = { ...small, lines: [['ws closed: {code} {reason}', 1000, 0, 0], ['Ws(Closed)', 1006, 1, 0]] };
  const scores = new Map(new Matcher(data).match('ERROR client] Client Error: Inner(Ws(Closed))').map((r) => [r.target, r.score]));
  assert.ok((scores.get('1006') ?? 0) > (scores.get('1000') ?? 0), JSON.stringify([...scores]));
  // The same message met by a line that holds a number keeps its full weight.
  assert.equal(new Matcher(data).match('ws closed: 1000 bye')[0]?.target, '1000');
});

test('a text naming another code than the query does is about something else', () => {
  const data: MatchData = { ...small, phrases: [['invalid close code 1006 received from the server', '1002']] };
  const list = new Matcher(data).match('invalid close code 1005 received from the server');
  assert.equal(list[0]?.target, '1005', 'the number the query names, not the text about 1006');
  assert.equal(new Matcher(data).match('invalid close code 1006 received from the server')[0]?.target, '1002');
});

test("a text naming a code by a library's identifier does not answer a line naming another code", () => {
  const data: MatchData = {
    ...small,
    lines: [
      ['failed to get reader: received close frame: status = StatusPolicyViolation and reason = "{reason}"', 1008, 1, 0],
      ['failed to get reader: received close frame: status = StatusCode({code}) and reason = "{reason}"', 1006, 1, FROM_TEXT],
    ],
    phrases: [],
  };
  const got = new Matcher(data).match('failed to read JSON message: failed to get reader: received close frame: status = StatusCode(4004) and reason = "Forbidden"');
  assert.equal(got[0]?.target, '4004');
});

test("a guide's text that quotes a code brings that code when the line names it, not the guide's first code", () => {
  // The keepalive guide quotes websockets' "sent 1011 (internal error) keepalive ping timeout"; it leads with 1006.
  const data: MatchData = {
    ...small,
    codes: [...small.codes, 1011],
    names: { ...small.names, 1011: 'Internal Error' },
    guides: { keepalive: 'Keepalive and dead connections' },
    guideCodes: { keepalive: [1006, 1011] },
    lines: [],
    phrases: [['sent 1011 (internal error) keepalive ping timeout; no close frame received', 'g:keepalive']],
  };
  const line = 'websockets.exceptions.ConnectionClosedError: sent 1011 (internal error) keepalive ping timeout; no close frame received';
  const got = new Matcher(data).match(line).map((r) => r.target);
  assert.ok(got.indexOf('1011') < got.indexOf('1006') || !got.includes('1006'), JSON.stringify(got));
  assert.equal(got[0], '1011');
  // A line that names no code still gets the guide's first code.
  assert.ok(new Matcher(data).match('keepalive ping timeout, no close frame received').some((r) => r.target === '1006'));
});

test("a number the line calls a close code comes before a library's name for another code", () => {
  const data: MatchData = { ...small, identifiers: Object.assign(Object.create(null), { protocolerror: { code: 1002, library: 'Starscream' } }), lines: [], phrases: [] };
  const m2 = new Matcher(data);
  // Cloudflare's `protocolError.statusCode = 1009`: the name is the error's kind, the number its code.
  assert.equal(m2.match('Uncaught Error: WebSocket protocol error; protocolError.statusCode = 1009; protocolError.description = Message is too large')[0]?.target, '1009');
  assert.equal(m2.match('WSError - type : Starscream.ErrorType.protocolError - message : "" - code : 1000')[0]?.target, '1000');
  // Alone, or with the same code, the name still answers.
  assert.equal(m2.match('Starscream.ErrorType.protocolError')[0]?.target, '1002');
  assert.equal(m2.match('protocolError code 1002')[0]?.target, '1002');
});

test("a pasted line's code= field counts against a library's message for another code", () => {
  // With the whole catalogue: wsproto prints "Event {event} cannot be sent in state {state}" (1006).
  const real = new Matcher(searchIndexData(loadCatalogue(), loadGuides()));
  const line = "wsproto.utilities.LocalProtocolError: Event CloseConnection(code=1000, reason='') cannot be sent in state ConnectionState.CLOSED";
  assert.equal(real.match(line)[0]?.target, '1000');
  // Without a code field the message answers.
  assert.equal(real.match("wsproto.utilities.LocalProtocolError: Event Ping(payload=b'') cannot be sent in state ConnectionState.CLOSED")[0]?.target, '1006');
  // `close 1002` says it as plainly: the peer closed with 1002, whatever another library prints
  // for the reason it gave (undici's "Received invalid UTF-8 in text frame." is 1007).
  assert.equal(real.match('websocket: close 1002 (protocol error): Invalid UTF-8 in text frame')[0]?.target, '1002');
  assert.equal(real.match('Received invalid UTF-8 in text frame.')[0]?.target, '1007');
});

test("a stack frame of the application's own code does not dilute the line above it", () => {
  const real = new Matcher(searchIndexData(loadCatalogue(), loadGuides()));
  const appFrames = Array.from({ length: 60 }, (_, i) => `\tat com.example.app.service.Handler${i}.process(Handler${i}.java:${100 + i})`).join('\n');
  for (const [line, code] of [['CERT_HAS_EXPIRED', '1015'], ['starlette.websockets.WebSocketDisconnect: 1001', '1001']] as const) {
    assert.equal(real.match(line)[0]?.target, code, line);
    assert.equal(real.match(`${line}\n${appFrames}`)[0]?.target, code, `${line} + frames`);
  }
});

test('a snake_case name the catalogue knows no word of reads as its words', () => {
  const data: MatchData = { ...small, lines: [['client connection error: {reason}', 1006, 0, 0]], phrases: [] };
  assert.equal(new Matcher(data).match('LWS_CALLBACK_CLIENT_CONNECTION_ERROR')[0]?.target, '1006');
  // A name the catalogue holds whole is read as it stands.
  const known: MatchData = { ...small, lines: [['CERT_HAS_EXPIRED', 1015, 0, 0], ['certificate has expired', 1006, 1, 0]], phrases: [] };
  assert.equal(new Matcher(known).match('CERT_HAS_EXPIRED')[0]?.target, '1015');
});

test("a page's score: its best text, plus a twentieth of the next two", () => {
  assert.equal(agreeing([0.5]), 0.5);
  assert.ok(Math.abs(agreeing([0.3, 0.5, 0.2, 0.4]) - (0.5 + 0.05 * (0.4 + 0.3))) < 1e-12, 'only the next two add, whatever their order');
  const many = Array.from({ length: 30 }, (_, i) => 0.01 * (i + 1)); // 0.01 … 0.30
  const next20 = many.slice(9, 29).reduce((a, b) => a + b, 0); // 0.10 … 0.29
  assert.ok(Math.abs(agreeing(many, true) - (0.3 + 0.07 * next20)) < 1e-12, 'a query naming no code: the next twenty add 0.07 each');
  const more = Array.from({ length: 40 }, (_, i) => 0.01 * (i + 1)); // 0.01 … 0.40
  const next30 = more.slice(9, 39).reduce((a, b) => a + b, 0); // 0.10 … 0.39
  assert.ok(Math.abs(agreeing(more, true, true) - (0.4 + 0.07 * next30)) < 1e-12, 'a query in words naming no code: the next thirty add 0.07 each');
  assert.ok(agreeing(more, true, true) > agreeing(more, true));
});

test('a query naming no code lets many texts of a page outvote one text of another; a named code keeps its page', () => {
  // One text of 1001 holds every word; twelve texts of 1006 hold them with more words of their own.
  const drops = ['while reading', 'during write', 'after ping', 'before handshake', 'in read loop', 'on send', 'at shutdown', 'mid frame', 'under load', 'on reconnect', 'in poll', 'on flush'].map((w) => `connection closed by server ${w}`);
  const data: MatchData = {
    ...small,
    lines: [['Connection closed by server', 1001, 0, 0], ...drops.map((t) => [t, 1006, 1, 0] as [string, number, number, number])],
    phrases: [],
  };
  const list = new Matcher(data).match('connection closed by server unexpectedly');
  assert.equal(list[0]?.target, '1006', 'twelve texts of 1006 agree against one of 1001');
  const named = new Matcher(data).match('connection closed by server unexpectedly, code 1001');
  assert.equal(named[0]?.target, '1001', 'with a code named, the texts do not vote: one text and the number decide');
  assert.ok(named.find((r) => r.target === '1006')!.score < list[0]!.score - 0.2, "1006's vote is gone, not merely outweighed");
});

test("a source's markers are found as whole words, or as prefixes when they end in punctuation", () => {
  const re = markerPattern(['org.java_websocket', 'lws_', 'tungstenite::'])!;
  assert.ok(re.test('error org.java_websocket.websocketimpl : closing due to invalid data in frame'));
  assert.ok(re.test('[2024/01/02] lws_client_connect_2: failed'));
  assert.ok(re.test('tungstenite::error::protocol'));
  assert.ok(!re.test('xorg.java_websocket'), 'not inside another name');
  assert.ok(!re.test('org.java_websocketx'), 'not the start of a longer name');
  assert.equal(markerPattern([]), undefined);
});

test("a pasted line that names its library by a marker prefers that library's message", () => {
  const data: MatchData = {
    ...small,
    sources: ['Lib A', 'Lib B'],
    markers: [['com.liba'], ['org.libb']],
    lines: [['Connection was closed by the peer', 1001, 0, 0], ['Connection was closed by the peer', 1006, 1, 0]],
    phrases: [],
  };
  const list = new Matcher(data).match('2024-03-01 WARN org.libb.Session: Connection was closed by the peer');
  assert.equal(list[0]?.target, '1006');
  assert.ok(list[0]?.why.kind === 'message' && list[0].why.source === 'Lib B');
  const other = new Matcher(data).match('2024-03-01 WARN com.liba.Session: Connection was closed by the peer');
  assert.equal(other[0]?.target, '1001');
});

test("a result names the message the line holds whole, or its marked library's, without changing the page's score", () => {
  const data: MatchData = {
    ...small,
    sources: ['Node ws', 'Playwright', 'Lib C'],
    markers: [[], [], ['org.libc']],
    lines: [
      ['Unexpected server response: {status}', 1006, 0, HANDSHAKE],
      ['WebSocket error: Unexpected server response: {status}', 1006, 1, HANDSHAKE],
      ['Unexpected server response: {status}', 1006, 2, HANDSHAKE],
      // "error" is as common as in the real catalogue, where most texts of a kind hold it.
      ...['read', 'write', 'frame', 'socket', 'stream', 'parse'].map((w): MatchData['lines'][number] => [`${w} error`, 1002, 2, 0]),
    ],
    phrases: [],
  };
  const said = (q: string) => {
    const top = new Matcher(data).match(q)[0];
    return top?.why.kind === 'message' ? `${top.target} ${top.why.source}` : String(top?.target);
  };
  // "Error:" is one more word Playwright's text shares with the line, but only ws's text is all in it.
  assert.equal(said('Error: Unexpected server response: 401'), '1006 Node ws');
  assert.equal(said('WebSocket error: Unexpected server response: 401'), '1006 Playwright');
  // Two libraries print the same text: a marker of one in the line names it.
  assert.equal(said('ERROR org.libc.Client - Unexpected server response: 401'), '1006 Lib C');
  // The page's score is its texts' (the best and those that agree), whichever message it names:
  // without the sentence's choice (Node ws's text listed last, or first) the score is the same.
  const [ws, playwright, ...rest] = data.lines;
  const top = (lines: MatchData['lines']) => new Matcher({ ...data, lines }).match('Error: Unexpected server response: 401')[0]!;
  const a = top([ws!, playwright!, ...rest]);
  const b = top([playwright!, ...rest, ws!]);
  assert.equal(a.score, b.score);
  // Either order names a text the line holds whole (Lib C prints ws's words; the first of equals).
  assert.ok(a.why.kind === 'message' && b.why.kind === 'message' && a.why.source === 'Node ws' && b.why.source === 'Lib C');
});

test('a message the line holds only part of is "a similar message": the result does not say its library printed the line', () => {
  const data: MatchData = {
    ...small,
    sources: ['Node ws', 'Lib C'],
    lines: [
      ['Max payload size exceeded', 1009, 0, 0],
      ['Unexpected server response: {status}', 1006, 0, HANDSHAKE],
      ...['read', 'write', 'frame', 'socket', 'stream', 'parse'].map((w): MatchData['lines'][number] => [`${w} error`, 1006, 1, 0]),
    ],
    phrases: [],
  };
  const near = (q: string) => {
    const top = new Matcher(data).match(q)[0];
    assert.equal(top?.why.kind, 'message', q);
    return top.why.kind === 'message' && top.why.near === true;
  };
  // The whole text in the line, with noise and a filled placeholder: the library printed it.
  assert.equal(near('RangeError: Max payload size exceeded'), false);
  assert.equal(near('2026-12-05 ERROR Error: Unexpected server response: 502'), false);
  // Part of it, or its words in another order with others: a similar message.
  assert.equal(near('payload size exceeded'), true);
  assert.equal(near('unexpected response from server'), true);
  assert.equal(near('max payload'), true);
});

test('a message that a line holds whole, or whose library the line names, tells a quarter more, and both together more again', () => {
  assert.equal(telling(1, 0.5, false), 1);
  assert.equal(telling(0.8, 1, false), 1);
  assert.equal(telling(0.8, 0.5, true), 1);
  assert.equal(telling(0.64, 1, true), 1);
  // Scores only order messages: none tells without matching.
  assert.equal(telling(0, 1, true), 0);
});

test("a source's qualified markers are not part of its own messages: they name the library, not the message", () => {
  const data: MatchData = {
    ...small,
    sources: ['Lib A'],
    markers: [['org.liba_ws']],
    lines: [
      ['org.liba_ws.exceptions.WebsocketNotConnectedException', 1006, 0, 0],
      ['bad rsv {n}', 1002, 0, 0],
    ],
    phrases: [],
  };
  const line = 'on Socket Error org.liba_ws.exceptions.InvalidFrameException: bad rsv 4';
  const list = new Matcher(data).match(line);
  assert.equal(list[0]?.target, '1002');
  assert.ok(list[0]?.why.kind === 'message' && list[0].why.text === 'bad rsv {n}');
  // The class name itself still finds its own message.
  assert.equal(new Matcher(data).match('org.liba_ws.exceptions.WebsocketNotConnectedException at Foo.send')[0]?.target, '1006');
  // Without the marker listed, the package words are the message's own, and they outweigh "bad rsv".
  assert.equal(new Matcher({ ...data, markers: [[]] }).match(line)[0]?.target, '1006');
});

test('word forms meet in every language: accents dropped, English suffixes and Romance verb endings off, cut to seven letters', () => {
  assert.equal(stem('fechar'), stem('fechado'));
  assert.equal(stem('fechou'), 'fech');
  assert.equal(stem('fermer'), stem('fermé'));
  assert.equal(stem('desconectando'), stem('desconectar'));
  assert.equal(stem('user'), 'user', 'short words keep their ending');
  assert.equal(stem('desconecta'), stem('desconectado'));
  assert.equal(stem('getrennte'), stem('getrennt'));
  assert.equal(stem('déconnexion'), stem('deconnexion'));
  assert.equal(stem('conexão'), 'conexao');
  assert.equal(stem('closes'), stem('closed'));
  assert.equal(stem('disconnects'), 'disconn');
  assert.notEqual(stem('connection'), stem('configuration'));
  assert.equal(stem('关闭'), '关闭', 'Chinese is left as it is');
});

test('numbers count by their context', () => {
  assert.equal(first('exited with code 1008')?.target, '1008');
  assert.equal(first('code=1008')?.target, '1008');
  assert.equal(first('close 1006')?.target, '1006');
  for (const q of ['status 400', 'listening on :8080', 'frame of 32769 bytes', 'dropped after 60 seconds', '-1', '$1']) {
    assert.ok(!m.match(q).some((x) => /^\d+$/.test(x.target) && ['400', '8080', '32769', '60', '1'].includes(x.target)), q);
  }
  assert.equal(first('discord 4004')?.target, '4004', 'a protocol number has its own page');
  // A bare number counts in a short text, not among an access log's numeric fields (Envoy's, in lines/proxies.json).
  assert.ok(m.match('error on 1001').some((x) => x.target === '1001'));
  const access = '"GET /wrong HTTP/1.1" 502 UPE - "-" 0 87 1001 - "-" "curl/7.80.0"';
  assert.equal(m.match(access).find((x) => x.target === '1001'), undefined, access);
  assert.equal(first('close code 4321')?.target, 'r:4321', 'an unregistered number leads to its range');
  // A timestamp's digits are not numbers of the line: one log prefix does not make it a row of numeric fields.
  assert.deepEqual(standaloneNumbers('2026-12-01 10:00:00.123 ERROR 4242 --- [nio-8080-exec-3] c.e.WsHandler : closed 1001'), [4242, 1001]);
  assert.deepEqual(standaloneNumbers('id 123456 then 1006'), [1006]);
});

test('full-width and other Unicode digits read as digits', () => {
  assert.equal(asciiDigits('１００６ ١٠٠٦ ۱۰۰۶'), '1006 1006 1006');
  assert.equal(first('close code １００８')?.target, '1008');
  assert.equal(first('关闭码 ١٠٠٨')?.target, '1008');
});

test('full-width letters and punctuation read as ASCII: a line typed or copied in them is searched as the line itself', () => {
  const wide = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
  assert.equal(wide('close: 1006'), 'ｃｌｏｓｅ：\u3000１００６');
  for (const line of [
    "WebSocket connection to 'wss://example.com/ws' failed: Error during WebSocket handshake: Unexpected response code: 404",
    'websocket: close 1006 (abnormal closure): unexpected EOF',
    'Invalid WebSocket frame: invalid status code 1005',
    'Max payload size exceeded',
  ]) assert.deepEqual(m.match(wide(line)), m.match(line), line);
});

test('a line in capitals only reads as in lower case; a lone constant in capitals keeps its name', () => {
  for (const line of ['MAX PAYLOAD SIZE EXCEEDED', 'WEBSOCKET: CLOSE 1006 (ABNORMAL CLOSURE): UNEXPECTED EOF', 'ERROR: MAXPAYLOADSIZEEXCEEDED ON SOCKET 7']) assert.deepEqual(m.match(line), m.match(line.toLowerCase()), line);
  // Run together in capitals, a name splits into its words as it does in lower case.
  assert.equal(first('ERROR: MAXPAYLOADSIZEEXCEEDED ON SOCKET 7')?.target, '1009');
  // (A lone constant is not a line: it keeps the name it is written with.)
  const named = m.match('StatusPolicyViolation')[0];
  assert.equal(named?.why.kind === 'identifier' && named.why.identifier, 'StatusPolicyViolation');
  const shouted = m.match('STATUSPOLICYVIOLATION')[0];
  assert.equal(shouted?.why.kind === 'identifier' && shouted.why.identifier, 'STATUSPOLICYVIOLATION');
});

test('two codes named put their comparison first, unless a known message settles it', () => {
  assert.equal(first('1006 vs 1001')?.target, 'c:1001-1006');
  assert.equal(first('difference between close 1000 and 1008')?.target, 'c:1000-1008');
  assert.equal(first('websocket: close 1006 (abnormal closure): unexpected EOF after close 1000')?.target, '1006');
  // A log prefix's numbers are not two codes named (eclipse-ee4j/tyrus#529: a thread name and a level).
  const glassfish = '[glassfish 4.0] [SEVERE] [tid: _ThreadID=1026 _ThreadName=http-listener-1(1001)] [levelValue: 1000] [[';
  assert.deepEqual(m.match(`${glassfish} the handler failed`).filter((x) => /^(c:|1000$|1001$|r:)/.test(x.target)), []);
  assert.equal(first(`${glassfish} Max payload size exceeded`)?.target, '1009');
});

test('a situation finds the code it most likely ends in, then its guide', () => {
  const targets = m.match('my websocket disconnects after 60 seconds behind nginx').map((r) => r.target);
  assert.deepEqual(targets.slice(0, 2), ['1006', 'g:idle-timeouts']);
});

test("a guide's agreement adds to its most likely code when the code matched on its own too", () => {
  const own: [string, string] = ['websocket handshake failed 503 service unavailable', '1006'];
  const guide: [string, string] = ['handshake failed 503', 'g:idle-timeouts'];
  const score = (phrases: [string, string][]) => new Matcher({ ...small, lines: [], phrases }).match('websocket handshake failed 503 service unavailable').find((x) => x.target === '1006')!.score;
  assert.ok(score([own, guide]) > score([own, ['lighthouse keeper', 'g:idle-timeouts']]));
});

test("search asks the phrasings in other languages only for other letters, an unsure answer, or in a locale words", () => {
  const pasted = 'websocket: close 1006 (abnormal closure): unexpected EOF';
  assert.equal(wantsOthers(pasted, m.match(pasted)), false);
  assert.equal(wantsOthers(pasted, m.match(pasted), true), false, 'a pasted line is English on every page');
  assert.equal(wantsOthers('how do I cook rice', m.match('how do I cook rice')), true);
  const sure: Match[] = [{ target: '1006', score: 0.9, why: { kind: 'number', code: 1006 } }];
  for (const q of ['连接断开', 'Verbindung getrennt für immer', 'conexão cai', 'déconnexion']) assert.equal(wantsOthers(q, sure), true, q);
  // Words in a locale may be its language in ASCII letters, whatever English makes of them.
  assert.equal(wantsOthers('Verbindung bricht ab', sure), false);
  assert.equal(wantsOthers('Verbindung bricht ab', sure, true), true);
  // Every index holds English alone; the translations come apart: the root's second file holds the
  // other languages' phrasings, a locale's its own language in full.
  assert.equal(indexHolds('en', 'zh'), undefined);
  assert.deepEqual(indexHolds('en', 'zh', true), { brief: true });
  assert.equal(indexHolds('zh', 'zh'), undefined);
  assert.deepEqual(indexHolds('zh', 'zh', true), { brief: false });
  assert.equal(indexHolds('zh', 'de'), undefined);
  assert.equal(indexHolds('zh', 'de', true), undefined);
  // Both files together hold what one index of those languages would.
  const catalogue = loadCatalogue('content');
  const base = searchIndexData(catalogue, loadGuides(), loadTranslatedPhrases('content', 'en'));
  for (const [locale, letters] of [['en', /\p{Script=Han}/u], ['zh', /\p{Script=Han}/u], ['de', /[äöüß]/]] as const) {
    assert.deepEqual(searchIndexData(catalogue, loadGuides(), loadTranslatedPhrases('content', locale)).phrases, base.phrases, `${locale}'s index: English alone`);
    const all = searchIndexData(catalogue, loadGuides(), loadTranslatedPhrases('content', locale, true));
    const extra = addedPhrases(base, all);
    assert.ok(extra.length > 500, `${locale}: ${extra.length}`);
    assert.ok(extra.some(([text]) => letters.test(text)), locale);
    const key = (p: [string, string]) => `${p[1]} ${p[0]}`;
    assert.deepEqual(new Set(withPhrases(base, { phrases: extra, stop: '' }).phrases.map(key)), new Set([...base.phrases, ...all.phrases].map(key)));
  }
  // A locale's second file holds its own language alone.
  const zh = addedPhrases(base, searchIndexData(catalogue, loadGuides(), loadTranslatedPhrases('content', 'zh', true)));
  assert.ok(!zh.some(([text]) => /[äöüßçãõéèê]/.test(text)), 'no German, Portuguese or French text in zh');
});

test('a situation told in words prefers what readers type; a pasted line prefers what the library prints', () => {
  assert.equal(looksLikeProse('how to increase the cloudfront idle timeout'), true);
  for (const pasted of ['Error: x', 'ws.close(1001)', 'CloseReason[1001]', 'idle_timeout', 'onClose called', 'org.eclipse.jetty', 'see /var/log']) assert.equal(looksLikeProse(pasted), false, pasted);
  // An issue title's tag is not a pasted line's punctuation; what follows it still decides.
  for (const told of ['[Bug] websocket drops after idle', 'BUG: Idle websocket connections go away', '[Question][Help] why does it disconnect', 'Question: server closes my socket']) assert.equal(looksLikeProse(told), true, told);
  for (const pasted of ['[Bug] Error: x', 'BUG: ws.close(1001) throws', '[2024-05-01 10:00:00] connection closed']) assert.equal(looksLikeProse(pasted), false, pasted);
  // "WebSocket" is the word's spelling, not a camelCase name; a real one still reads as pasted.
  for (const told of ['WebSocket closes when idle', 'WebSockets drop behind nginx']) assert.equal(looksLikeProse(told), true, told);
  for (const pasted of ['WebSocket onClose never fires', 'webSocket closes']) assert.equal(looksLikeProse(pasted), false, pasted);
  const data: MatchData = {
    ...small,
    lines: [...small.lines, ['Connection Idle Timeout', 1001, 0, 0]],
    phrases: [...small.phrases, ['websocket idle timeout behind cloudfront, how to raise it', 'g:idle-timeouts']],
  };
  const idle = new Matcher(data);
  const described = idle.match('how to increase the cloudfront websocket idle timeout').map((r) => r.target);
  assert.ok(described.indexOf('g:idle-timeouts') < described.indexOf('1001'), described.join(' '));
  assert.equal(idle.match('[WARN] Connection Idle Timeout (id=7)')[0]?.target, '1001');
});

test("an issue title's filler words (bug, issue, potential, help…) alone match nothing; in a pair they still count", () => {
  assert.equal(features('bug').size, 0);
  assert.ok([...features('Potential issue: help')].every((f) => f.includes(' ')));
  assert.ok(features('bug report').has(`${stem('bug')} ${stem('report')}`));
  const data: MatchData = { ...small, phrases: [...small.phrases, ['[BUG] server does not send 426 Upgrade Required', 'g:handshake-failures']] };
  // Before, the one shared word "bug" made the handshake guide an answer.
  const found = new Matcher(data).match('bug: Gone connection inconsistencies').map((r) => r.target);
  assert.ok(!found.includes('g:handshake-failures'), found.join(' '));
  assert.ok(new Matcher(data).match('bug: server does not send 426').some((r) => r.target === 'g:handshake-failures'));
});

test('no match means no false certainty', () => {
  const none = m.match('how do I cook rice');
  assert.ok(none.length === 0 || none[0]!.score < CONFIDENT, JSON.stringify(none[0]));
  assert.ok((m.match('websocket')[0]?.score ?? 0) < CONFIDENT, 'one common word is not an answer');
});

test('any word is a query: prototype names and hostile text never throw', () => {
  for (const q of ['WebSocket is not a constructor', 'constructor', 'Constructor', '__proto__', 'hasOwnProperty toString', '{{constructor.constructor("x")()}}', '\u0000', '\ud800', 'x'.repeat(5000)]) {
    assert.doesNotThrow(() => m.match(q), q);
    for (const r of m.match(q)) assert.ok(/^(\d+|[gcr]:.+)$/.test(r.target), `${q} → ${r.target}`);
  }
  assert.equal(first('StatusPolicyViolation')?.target, '1008');
});

test("an RFC cited in a line or a question says nothing of which page it is about", () => {
  // Bandit prints "(RFC6455§5.5)", Jetty "(RFC-6455: Section 5.1)"; readers write "(RFC 6455)".
  for (const q of ['Invalid connection close payload (RFC6455§5.5)', 'Client MUST mask all frames (RFC-6455: Section 5.1)', 'Tomcat 7 WebSocketServlet (RFC 6455) issue']) {
    assert.ok(![...features(q)].some((f) => /rfc|6455/.test(f)), q);
  }
  assert.ok(features('Invalid connection close payload (RFC6455§5.5)').has(`${stem('close')} ${stem('payload')}`));
});

test('features: camelCase splits into words, WebSocket stays one, Chinese splits into characters and pairs', () => {
  assert.ok(features('NoWebsocketUpgrade').has('upgrad'));
  assert.ok(features('WebSocket closed').has(`${stem('websocket')} clos`));
  assert.ok(features('连接断开').has('断开'));
  // Chinese written against Latin letters without a space still splits: "websocket握手失败".
  const mixed = features('websocket握手失败');
  assert.ok(mixed.has('握手') && mixed.has('失败'), [...mixed].join('|'));
  assert.ok(!mixed.has('websocket握手失败'));
  // German, Portuguese and French function words weigh nothing alone, like the English ones.
  const pt = features('quanto tempo entre os pings para não cair');
  assert.ok(!pt.has('quanto') && !pt.has('entre') && !pt.has('não') && pt.has('ping') && pt.has('cair'), [...pt].join('|'));
  // Question words alone say nothing; the pair keeps their context.
  const question = features('为什么websocket断开');
  assert.ok(!question.has('为什么') && !question.has('什么') && question.has('断开'));
});

test('the real catalogue: every message finds its own page when pasted alone', () => {
  const catalogue = loadCatalogue();
  const real = new Matcher(searchIndexData(catalogue, loadGuides()));
  let found = 0;
  for (const msg of catalogue.messages) {
    const line = msg.text.replace(/\{code\}/g, String(msg.code)).replace(/\{[a-z]+\}/g, 'x1');
    const top = real.match(line)[0];
    if (top && (top.target === String(msg.code) || msg.codeFromText)) found++;
  }
  assert.ok(catalogue.messages.length >= 400, `${catalogue.messages.length} messages`);
  assert.ok(new Set(catalogue.sources.map((s) => s.id)).size >= 30, 'at least 30 sources');
  assert.ok(found / catalogue.messages.length >= 0.9, `self-recall ${found}/${catalogue.messages.length}`);
  // A short query's number called a close code outweighs a message holding its other words
  // ("Invalid close code"), however much that message's page lifts it.
  assert.equal(real.match('close code 4321')[0]?.target, 'r:4321');
});

/**
 * The floor of how often the first result names the library that printed a real error line, on
 * the tuning part (0.839 at round thirty-eight; 0.822 before `telling`). The held-out fifth and
 * the never-tuned lines are reported by eval-search.ts --sources, not tested.
 */
const NAMED_FLOOR = 0.83;
/** The floor of how often a result that says "prints this" names the line's own library (0.901 at round forty-two). */
const CLAIMED_FLOOR = 0.89;

test(`the real catalogue: the first result names the library that printed a real line, for at least ${NAMED_FLOOR} of the tuning lines`, () => {
  const catalogue = loadCatalogue();
  const lines = querySets().filter((q) => q.kind === 'error-line' && !q.heldOut && q.locale === 'en');
  const { n, named, claimed, claimedRight, similar } = namedByOwnSource(catalogue, new Matcher(searchIndexData(catalogue, loadGuides())), lines);
  assert.ok(n >= 1500, `only ${n} tuning lines name their library`);
  assert.ok(named / n >= NAMED_FLOOR, `${named} of ${n} (${(named / n).toFixed(3)}) name their own library`);
  // The results that say "prints this" (the line holds the message: matcher.ts NEAR) name the
  // line's own library more often than all the results naming a library do (0.900 against 0.871
  // at round forty-two; the other 114 say "a similar message").
  assert.ok(claimedRight / claimed >= CLAIMED_FLOOR, `${claimedRight} of ${claimed} "prints this" (${(claimedRight / claimed).toFixed(3)}) name their own library`);
  assert.ok(similar > 0 && claimedRight / claimed > named / (claimed + similar), 'saying "a similar message" where the line holds part of the message makes the claims truer');
});

test("the real catalogue: a protocol code's phrasings are searched as its number's texts", () => {
  const catalogue = loadCatalogue();
  const data = searchIndexData(catalogue, loadGuides());
  const phrasings = [...catalogue.protocolNumbers.entries()].flatMap(([n, uses]) => uses.flatMap((u) => u.phrasings.map((p) => [p, String(n)] as const)));
  assert.ok(phrasings.length >= 10, `${phrasings.length} protocol phrasings`);
  const indexed = new Set(data.phrases.map(([p, target]) => `${target} ${p}`));
  for (const [p, n] of phrasings) assert.ok(indexed.has(`${n} ${matchingText(p, data)}`), `${n}: ${p}`);
  // Without its phrasing, this title about Discord's 4001 (Unknown opcode) finds 1002 first.
  const real = new Matcher(data);
  assert.equal(real.match('Gateway: Gateway says `Unknown op code` even op code is correct')[0]?.target, '4001');
});

test('the real catalogue: a long paste is read for its message, wherever the message stands among the frames', () => {
  const real = new Matcher(searchIndexData(loadCatalogue(), loadGuides()));
  const python = longPythonTraceback();
  const java = `java.lang.RuntimeException: request failed\n${Array.from({ length: 60 }, (_, i) => `\tat com.example.gateway.Relay${i}.forward(Relay${i}.java:${20 + i})`).join('\n')}\nCaused by: java.net.ProtocolException: Expected HTTP 101 response but was '502 Bad Gateway'`;
  assert.ok(python.length > 2000 && java.length > 2000);
  // Multi-line, and run into one line as a one-line search box pastes it.
  for (const q of [python, python.replace(/\s*\n\s*/g, ' ')]) assert.equal(real.match(q)[0]?.target, '1011');
  for (const q of [java, java.replace(/\s*\n\s*/g, ' ')]) assert.equal(real.match(q)[0]?.target, '1006');
});

test("the real catalogue: a matched message finds its own \"printed when…\" in its source's list", () => {
  const catalogue = loadCatalogue();
  const real = new Matcher(searchIndexData(catalogue, loadGuides()));
  let checked = 0;
  for (const msg of catalogue.messages.filter((_, i) => i % 7 === 0)) {
    // (The index holds the message's matching form, not its text: the message is known by its source and its place there.)
    const source = catalogue.sources.findIndex((s) => s.id === msg.sourceId);
    const at = catalogue.messages.filter((m) => m.sourceId === msg.sourceId).indexOf(msg);
    const why = real.match(msg.text.replace(/\{[a-z]+\}/g, 'x1')).map((x) => x.why).find((w) => w.kind === 'message' && w.sourceIndex === source && w.at === at);
    if (why?.kind !== 'message') continue;
    assert.equal(whenOfSource(catalogue, why.sourceIndex)[why.at], msg.when.replace(/`/g, ''), msg.text);
    checked++;
  }
  assert.ok(checked >= catalogue.messages.length / 8, `${checked} checked`);
  // The runs the build writes (search-when/<file>.bin) hold every message once, each in the file whenFile names.
  const runs = whenRuns(catalogue);
  assert.equal(new Set(runs.map((r) => r.file)).size, runs.length);
  let held = 0;
  catalogue.sources.forEach((s, source) => {
    const all = whenOfSource(catalogue, source);
    all.forEach((_, at) => assert.ok(runs.some((r) => r.file === whenFile(source, at) && r.source === source && at - r.from >= 0 && at - r.from < WHEN_CHUNK), `${s.id} ${at}`));
    held += all.length;
  });
  assert.equal(held, catalogue.messages.length);
  // Each file as it travels (whenList) names its source first, and whenInList reads every message's own line of it back.
  catalogue.sources.forEach((s, source) => {
    const all = whenOfSource(catalogue, source);
    for (const r of runs.filter((r) => r.source === source)) {
      const list = whenList(catalogue, r, all);
      assert.equal(sourceInList(list), s.source);
      assert.equal(list.length, 1 + Math.min(WHEN_CHUNK, all.length - r.from));
      for (let at = r.from; at < r.from + list.length - 1; at++) assert.equal(whenInList(list, at), all[at], `${s.id} ${at}`);
    }
  });
});

/** The real catalogue, its guides, and the root's matcher with the other languages' phrasings, built once. */
let realRoot: { catalogue: ReturnType<typeof loadCatalogue>; guides: ReturnType<typeof loadGuides>; root: Matcher } | undefined;
function realWithOthers() {
  if (realRoot) return realRoot;
  const catalogue = loadCatalogue('content');
  const guides = loadGuides();
  const root = new Matcher(withPhrases(searchIndexData(catalogue, guides), otherLanguages(catalogue, guides, loadTranslatedPhrases('content', 'en', true))));
  return (realRoot = { catalogue, guides, root });
}

test('a matcher extended by a second file matches as one built anew from the same texts', () => {
  const { catalogue, guides } = realWithOthers();
  const queries = [...querySets().filter((_, i) => i % 40 === 0), ...localQuerySets()].map((q) => q.q);
  for (const locale of ['en', 'zh'] as const) {
    const index = new Matcher(searchIndexData(catalogue, guides, loadTranslatedPhrases('content', locale)));
    const data = withPhrases(index.data, otherLanguages(catalogue, guides, loadTranslatedPhrases('content', locale, true)));
    const anew = new Matcher(data);
    const extended = new Matcher(data, index);
    for (const q of queries) assert.deepEqual(extended.match(q), anew.match(q), `${locale}: ${q}`);
    // The base matcher is left as it was.
    assert.deepEqual(index.match('连接断开'), new Matcher(index.data).match('连接断开'));
  }
});

test('a short Chinese query with a number is short: the number it names comes first, not the code of a guide that matched its words', () => {
  assert.equal(typedWords('连接断开 1006'), 3);
  assert.equal(typedWords('connection closed 1006'), 3);
  assert.equal(typedWords('为什么websocket连接总是在60秒后断开'), 9);
  const { catalogue, guides, root } = realWithOthers();
  const zhIndex = new Matcher(searchIndexData(catalogue, guides, loadTranslatedPhrases('content', 'zh')));
  const zh = new Matcher(withPhrases(zhIndex.data, otherLanguages(catalogue, guides, loadTranslatedPhrases('content', 'zh', true))), zhIndex);
  // 断开 matches a guide whose first code is 1006 (managed services, through a symptom naming 1001).
  assert.equal(zh.match('断开 1001')[0]?.target, '1001');
  assert.equal(zh.match('连接断开 1006')[0]?.target, '1006');
  assert.equal(root.match('断开 1001')[0]?.target, '1001');
  assert.equal(root.match('连接断开 1006')[0]?.target, '1006');
});

test('a query whose other words only say "close code" is short: every page\'s number in such wordings leads to that page', () => {
  assert.equal(wordsBesideCloseTalk('websocket close status code 4009'), 1);
  assert.equal(wordsBesideCloseTalk('websocket 关闭 状态码 1006'), 1);
  assert.equal(wordsBesideCloseTalk('websocket 断开 4009 是什么原因'), 2);
  // "received" and "sent" say what happened: this sentence is about a message (1002), not short.
  assert.equal(wordsBesideCloseTalk('invalid close code 1006 received from the server'), 4);
  assert.equal(wordsBesideCloseTalk('websocket closed with code 1006 when the app goes to background'), 4);
  assert.equal(contentWords('为什么websocket连接总是在60秒后断开'), 5);
  const { catalogue, guides, root } = realWithOthers();
  const en = new Matcher(searchIndexData(catalogue, guides, loadTranslatedPhrases('content', 'en')));
  // Before: "detect close status code" (1006) and "websocket close status code is wrong" (4000)
  // matched every word but the number, and led.
  const pages = [...catalogue.codes.map((c) => c.code), ...catalogue.protocolNumbers.keys()];
  const wrong = pages.flatMap((n) => [
    ...(en.match(`websocket close status code ${n}`)[0]?.target === String(n) ? [] : [`en ${n}`]),
    ...(root.match(`websocket 关闭 状态码 ${n}`)[0]?.target === String(n) ? [] : [`zh ${n}`]),
    ...(root.match(`websocket 断开 ${n} 是什么原因`)[0]?.target === String(n) ? [] : [`zh ${n}?`]),
  ]);
  assert.ok(pages.length >= 80, `${pages.length} numbers with a page`);
  // Why: the number the reader wrote, not Jetty's "Invalid close status code: {code}", which
  // holds the same words and is printed for codes that may not be sent.
  assert.deepEqual(en.match('websocket close status code 4009')[0]?.why, { kind: 'number', code: 4009 });
  assert.deepEqual(wrong, []);
});

test('words of one situation share a synonym group feature; other words carry none', () => {
  assert.ok(features('huge message').has('~large') && features('payload exceeds the limit').has('~large'));
  assert.ok(features('JWT expired').has('~auth') && features('auth token rejected').has('~auth'));
  assert.ok(features('connection timed out').has('~timeout'));
  assert.ok(features('server restarted during the deploy').has('~restart'));
  assert.equal(synonymGroup(stem('message')), undefined);
  assert.ok(![...features('close frame received')].some((f) => f.startsWith('~')));
  // The group lets a text found by one word answer another: "huge" is in no catalogue text of this small index.
  const phrases: [string, string][] = [['a big payload closes the connection', '1009'], ['the payload is never sent', '1000'], ['server went away', '1001'], ['proxy went away', '1001'], ['nginx drops the connection', '1006'], ['the client never answers', '1006']];
  const tiny = new Matcher({ ...small, lines: [], phrases });
  assert.equal(tiny.match('huge payload closes')[0]?.target, '1009');
  // Without the synonym ("bad" instead of "big"), the same text answers "huge payload" less surely.
  const without = new Matcher({ ...small, lines: [], phrases: phrases.map(([t, c]): [string, string] => [t.replace('big', 'bad'), c]) });
  const score = (m: Matcher) => m.match('huge payload closes').find((x) => x.target === '1009')?.score ?? 0;
  assert.ok(score(tiny) > score(without) + 0.05, `${score(tiny)} vs ${score(without)}`);
});

test("a message's matching form: stems, placeholders as {x}, a word kept where its stem would read otherwise", () => {
  assert.equal(matchingForm('Connection closed before receiving a handshake response'), 'connection close before receiv a handsha response');
  // "does" stays: its stem "doe" is no stop word. URLs go, as words() drops them.
  assert.equal(matchingForm("What does {url} mean? Unexpected server response: {status} (see https://x.io/a)"), 'what does {x} mean unexpec serv response {x} see');
  const data = searchIndexData(loadCatalogue());
  // A text the form would read otherwise stays as written: a {code} placeholder, a library identifier, other letters.
  assert.equal(matchingText('Invalid close code {code}', data), 'Invalid close code {code}');
  assert.equal(matchingText('status = StatusMessageTooBig', data), 'status = StatusMessageTooBig');
  assert.equal(matchingText('连接已关闭 closed', data), '连接已关闭 closed');
  assert.equal(matchingText('Connection closed before receiving a handshake response', data), 'connection close before receiv a handsha response');
});

test('the real catalogue: the index holds messages and phrases in their matching form, and search answers every query set as with the texts as written', () => {
  const catalogue = loadCatalogue();
  const guides = loadGuides();
  const data = searchIndexData(catalogue, guides);
  const asWritten = phraseTexts(catalogue, guides);
  const written: MatchData = {
    ...data,
    lines: data.lines.map(([, code, source, flags], i) => [catalogue.messages[i]!.text, code, source, flags]),
    phrases: data.phrases.map(([, target], i) => [asWritten[i]!, target]),
    formedPhrases: 0,
  };
  const size = (d: MatchData) => d.lines.reduce((n, [text]) => n + text.length, 0) + d.phrases.reduce((n, [text]) => n + text.length, 0);
  const shortened = data.lines.filter(([text], i) => text !== catalogue.messages[i]!.text).length;
  assert.ok(shortened > 0.85 * data.lines.length, `${shortened} of ${data.lines.length} in matching form`);
  const phrasesShortened = data.phrases.filter(([text], i) => text !== asWritten[i]).length;
  assert.ok(phrasesShortened > 0.8 * data.phrases.length, `${phrasesShortened} of ${data.phrases.length} phrases in matching form`);
  assert.equal(data.formedPhrases, data.phrases.length);
  assert.ok(size(data) < 0.92 * size(written), `${size(data)} vs ${size(written)} characters`);
  const [compact, plain] = [new Matcher(data), new Matcher(written)];
  const seen = (q: string, m: Matcher) => m.match(q).map(({ target, score, why }) => [target, score.toFixed(9), why.kind, why.kind === 'message' ? `${why.sourceIndex}.${why.at}` : ''].join(' '));
  const queries = querySets().filter((_, i) => i % 12 === 0);
  for (const { q } of queries) assert.deepEqual(seen(q, compact), seen(q, plain), q);
  assert.ok(queries.length > 400, `${queries.length} queries`);
  // A result a phrase found names the phrase's place, and the runs as written hold that phrase there.
  const shown = compact.match('websocket disconnects after 60 seconds behind nginx').find((m) => m.why.kind === 'phrase');
  assert.ok(shown?.why.kind === 'phrase' && shown.why.at !== undefined, 'a phrase match with its place');
  assert.equal(matchingText(asWritten[shown.why.at]!, data), shown.why.text);
});

test("a message that prints the code it got takes the code a line gives by a library's name for it", () => {
  const data = searchIndexData(loadCatalogue('content'));
  const m = new Matcher(data);
  for (const [q, code] of [['Received close frame: Some(CloseFrame { code: Away, reason: "" })', '1001'], ['Received close frame: Some(CloseFrame { code: Error, reason: "" })', '1011'], ['Close(Some(CloseFrame { code: Size, reason: "too big" }))', '1009']] as const) {
    assert.equal(m.match(q)[0]?.target, code, q);
  }
});

test("the index leaves out a marker that holds a shorter marker of its source as a whole word; what either list finds, the other finds", () => {
  const catalogue = loadCatalogue('content');
  const data = searchIndexData(catalogue, loadGuides(), loadTranslatedPhrases('content', 'en'));
  const at = catalogue.sources.findIndex((s) => s.id === 'simple-websocket');
  assert.deepEqual(data.markers?.[at], ['simple_websocket']);
  let left = 0;
  catalogue.sources.forEach((source, i) => {
    const kept = data.markers?.[i] ?? [];
    left += source.markers.length - kept.length;
    for (const m of source.markers) {
      for (const line of [`at ${m}(Handler.java:1)`, `[${m}] closed`, `${m}x`]) {
        assert.equal(markerPattern(kept)?.test(line.toLowerCase()) ?? false, markerPattern(source.markers)?.test(line.toLowerCase()) ?? false, `${source.id}: ${line}`);
      }
    }
  });
  assert.ok(left >= 50, `${left} markers left out`);
});
