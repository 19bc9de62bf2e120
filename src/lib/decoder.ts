import { asciiDigits, contentWords } from './text-features.ts';

/**
 * The decoder: finds a close code in whatever the reader pasted, before full-text search runs.
 * It knows two things: a number 0–65535 said to be a close code (by words such as close, code,
 * status around it), and the identifiers libraries use for codes, taken from the content
 * entries (decoderData), never from a list kept by hand here.
 */

/** What the build hands the browser: the registered codes and every distinctive identifier. */
export interface DecoderData {
  codes: number[];
  /** identifier → { code, library } for identifiers that name exactly one code. */
  identifiers: Record<string, { code: number; library: string }>;
  /**
   * The same for the plain-word names as the library spells them (tungstenite's `Away`, axum's
   * `POLICY`), which count only where a line gives them as the code: `CloseFrame { code: Away, … }`,
   * `CloseCode::Policy`.
   */
  plainIdentifiers?: Record<string, { code: number; library: string }>;
}

export type Decoded =
  | { kind: 'number'; code: number; registered: boolean; match: string }
  | { kind: 'identifier'; code: number; identifier: string; library: string };

/**
 * Only identifiers that cannot be an ordinary word: with an underscore (CLOSED_ABNORMALLY),
 * camel case (StatusPolicyViolation) or a call (Bad(1014)). Single words such as tungstenite's
 * `Normal` or axum's `ERROR` would turn plain English into false hits.
 */
export function isDistinctive(identifier: string): boolean {
  return /_/.test(identifier) || /[a-z][A-Z]/.test(identifier) || /\(\d+\)$/.test(identifier);
}

/** Builds DecoderData from the entries' identifiers; an identifier shared by two codes is dropped. */
export function decoderData(
  entries: readonly { code: number; identifiers: Partial<Record<string, string[]>> }[],
  libraryNames: Record<string, string>,
): DecoderData {
  /** The names `kept` keeps, each by its `key`; a key shared by two codes is dropped. */
  const collect = (kept: (name: string) => boolean, key: (name: string) => string) => {
    const found = new Map<string, { code: number; library: string } | null>();
    for (const e of entries) {
      for (const [library, names] of Object.entries(e.identifiers)) {
        for (const name of (names ?? []).filter(kept)) {
          const seen = found.get(key(name));
          if (seen === undefined) found.set(key(name), { code: e.code, library: libraryNames[library] ?? library });
          else if (seen && seen.code !== e.code) found.set(key(name), null);
        }
      }
    }
    // A null prototype: no query word ("constructor", "__proto__") can reach Object.prototype.
    const out: DecoderData['identifiers'] = Object.create(null);
    for (const [key, value] of found) if (value) out[key] = value;
    return out;
  };
  return {
    codes: entries.map((e) => e.code),
    identifiers: collect(isDistinctive, (name) => name.toLowerCase()),
    // A plain name is a word (tungstenite's Away, axum's POLICY), not a call such as Iana(3000), and
    // counts as the library spells it ("code: Away", not "error code: away").
    plainIdentifiers: collect((name) => !isDistinctive(name) && /^[A-Za-z]+$/.test(name), (name) => name),
  };
}

/** Words that say the number next to them is a close code. */
const CLOSE_WORDS = /^(clos(?:e[ds]?|ing)|codes?|status|statuscode|closecode|close_code|closestatus|closeevent|received|sent|ws|websocket|wsclose|vs|versus|ferm(?:eture|ée?)|geschlossen|schließen|schliesscode|c[óo]digo|fecha(?:mento|d[oa]))$|关闭|代码|状态/i;
/**
 * How many words a reader typed besides those that only say "close code" and the like
 * (CLOSE_WORDS but "received" and "sent", which say what happened: "invalid close code 1006
 * received from the server" is a sentence about a message, 1002) and those that say nothing alone (text-features.ts contentWords): "websocket
 * close status code 4009" is one word, its number, as "close code 4009" is; "websocket 关闭 状态码
 * 1006" is one too, "websocket 断开 4009 是什么原因" two.
 */
export function wordsBesideCloseTalk(text: string): number {
  const rest = text.replace(/(?:(?!\p{Script=Han})[\p{L}_])+/gu, (w) => (CLOSE_WORDS.test(w) && !/^(received|sent)$/i.test(w) ? ' ' : w)).replace(/关闭码?|状态码?|错误码|代码/g, ' ');
  return contentWords(rest);
}
/**
 * A name that ends in a close word says so too: `WebSocketDisconnect: 1000`, `onClose(1006)`,
 * `ConnectionClosed 1001`, Disconnected 4004.
 */
const CLOSE_NAME = /^\w*(?:close|closed|closing|disconnect|disconnected)$/i;
/** Words that say a number is something else: an HTTP status, a port, a size or a duration. */
const OTHER_WORDS = /^(https?|response|ports?|bytes?|[km]i?b|gb|ms|millis(?:econds)?|s(?:ec(?:ond)?s?)?|min(?:utes?)?|h(?:ours?)?|line|[pt]id|_?threadid|threadname|thread|level(?:value)?|errno|winerror|v(?:ersion)?|u?id|attempt|retr(?:y|ies)|times?|x|%)$/i;

interface Token { text: string; start: number; end: number }

/** Runs of letters, or of digits: Chinese text puts digits right beside words ("关闭代码1006"). */
function tokens(query: string): Token[] {
  return [...query.matchAll(/[\p{L}_%]+|\p{N}+/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** True when the digits are part of an address, a date, a time, a version or a longer number. */
function partOfSomethingElse(query: string, t: Token, prevWord: string): boolean {
  const [b2, b1] = [query[t.start - 2] ?? '', query[t.start - 1] ?? ''];
  const [a1, a2] = [query[t.end] ?? '', query[t.end + 1] ?? ''];
  const digit = (c: string) => /\d/.test(c);
  if ((b1 === '.' && digit(b2)) || (a1 === '.' && digit(a2))) return true; // 10.0.0.1, 1.2.3
  if (a1 === ',' && digit(a2)) return true; // 1,006
  if ((b1 === '-' || b1 === '/') && digit(b2)) return true; // 2024-05, 1/2
  if (b1 === '/' && /[A-Za-z_?!]/.test(b2) && t.text.length <= 3) return true; // Socket.close/2, :gen_tcp.send/2: a function's arity (Elixir, Erlang)
  if ((a1 === '-' || a1 === '/' || a1 === ':') && digit(a2)) return true; // 2024-05-01, 12:30
  if (b1 === ':' && /[\p{L}\p{N}]/u.test(b2) && !CLOSE_WORDS.test(prevWord)) return true; // localhost:3000, not code:1006
  if (/[A-Za-z_]/.test(b1) || /[A-Za-z_]/.test(a1)) return true; // part of a name: WS_1008_…, v1006, 1006abc
  if (b1 === '-' || b1 === '$' || b1 === '+' || b1 === '#') return true; // -1, $1, +1, #1: a sign, a variable, an ordinal
  if (/(?:\d{1,3}\.){3}\d{1,3}['"]?\s*,\s*$/.test(query.slice(Math.max(0, t.start - 24), t.start))) return true; // ('127.0.0.1', 52429): a port
  if (/(?:^|\s)[VDIWEF]\/[\w.$-]+\s*\(\s*$/.test(query.slice(Math.max(0, t.start - 60), t.start))) return true; // Android's "I/flutter ( 1234):": a process id
  if (b1 === '(' && digit(b2)) return true; // http-listener-1(1001): a thread's name, not close(1001)
  // ESP-IDF's "E (6411) websocket:": milliseconds since boot; Swoole's "(ERROR 1004):" (up to 4.3.1;
  // "(ERRNO 1004)" since, which OTHER_WORDS' errno covers): its own error number
  // (include/swoole_error.h names session errors 1001–1015), not a close code.
  if (/(?:^|\s)[EWIDV] \($|\(ERROR $/.test(query.slice(Math.max(0, t.start - 8), t.start))) return true;
  if (b1 === '(' && /\[(?:NOTICE|WARNING|ALERT|ERROR|INFO|DEBUG|EMERG|CRIT)\][\s\d/]*\($/i.test(query.slice(Math.max(0, t.start - 40), t.start))) return true; // HAProxy's "[WARNING]  (1234) :": a process id
  if (/\bOs\s*\{\s*code:\s*$/i.test(query.slice(Math.max(0, t.start - 16), t.start))) return true; // Rust's Os { code: 10054, … }: an OS error
  // Python's <WSMsgType.CLOSED: 257>: an enum's value, a close code only in an enum of close codes (<CloseReason.PROTOCOL_ERROR: 1002>, <CloseCode.NORMAL_CLOSURE: 1000>)
  if (/<(?!\w*close\w*\.)[\w.]+:\s*$/i.test(query.slice(Math.max(0, t.start - 40), t.start))) return true;
  if (b1 === '=' && /[A-Za-z_]/.test(b2) && !/close|code|status|reason/i.test(prevWord)) return true; // connIndex=2: another field's value
  return false;
}

/** The text the decoder reads: its first 2,000 characters, compatibility forms folded, any digit as ASCII. */
const decoderText = (query: string) => asciiDigits(query.slice(0, 2000).normalize('NFKC'));

/** Whether the i-th token is a number 0–65535 that nothing around it says is something else (a port, a size, a thread, a date…). */
function mayBeCode(query: string, list: readonly Token[], i: number): boolean {
  const t = list[i]!;
  if (!/^\d{1,5}$/.test(t.text) || Number(t.text) > 65535 || partOfSomethingElse(query, t, list[i - 1]?.text ?? '')) return false;
  const near = [list[i - 2], list[i - 1], list[i + 1]].filter((x): x is Token => x !== undefined).map((x) => x.text);
  return !(OTHER_WORDS.test(list[i - 1]?.text ?? '') || OTHER_WORDS.test(list[i + 1]?.text ?? '') || near.some((w) => /^(https?|response|port)$/i.test(w)));
}

/**
 * The numbers of a query that may be close codes, with or without a close word beside them:
 * "1006 vs 1001" and "error 4004" hold them; "levelValue: 1000", "listener-1(1001)", ":8080" do not.
 */
export function plainNumbers(query: string): number[] {
  const text = decoderText(query);
  const list = tokens(text);
  return list.flatMap((t, i) => (mayBeCode(text, list, i) ? [Number(t.text)] : []));
}

/** Close codes the query names as numbers, in the order they appear. */
function numbers(query: string, registered: ReadonlySet<number>): Decoded[] {
  const list = tokens(query);
  const found: Decoded[] = [];
  list.forEach((t, i) => {
    if (!mayBeCode(query, list, i)) return;
    const n = Number(t.text);
    // An NSError's description, "Error Domain=NSPOSIXErrorDomain Code=57", gives the domain's own
    // error number (SocketRocket's Code=2132 is an HTTP answer other than 101): a close code only
    // where the number is a registered one.
    if (!registered.has(n) && /\bDomain=[\w.-]+\s+Code=$/.test(query.slice(Math.max(0, t.start - 80), t.start))) return;
    const near = [list[i - 2], list[i - 1], list[i + 1]].filter((x): x is Token => x !== undefined).map((x) => x.text);
    const alone = list.length === 1;
    const inParens = query[t.start - 1] === '(' || query[t.start - 1] === '=' || /code\W{0,3}$/i.test(query.slice(0, t.start));
    const closeWord = near.some((w) => CLOSE_WORDS.test(w) || CLOSE_NAME.test(w));
    // A bracket or `=` with no close word ("closed (1006)", "Bad(1014)") names a code only in the
    // range codes are sent with: a log line's "(32499)" is a process id.
    if (!closeWord && inParens && (n < 1000 || n > 4999) && !alone) return;
    const keyword = closeWord || inParens;
    // A bare protocol, registered or private-use number counts in a short query ("4001 unauthorized");
    // in a longer text a number needs a close word beside it.
    const shortQuery = list.length <= 4 && n >= 1000 && n <= 4999;
    if (!(alone || keyword || shortQuery)) return;
    if (n < 1000 && !alone && !near.some((w) => /^(close|closed|closing|closecode|close_code|closestatus)$/i.test(w))) return;
    // A number in the HTTP status range labelled a status is one, whatever closed around it
    // ("Connection closed; statusCode=400"): close codes start at 1000.
    if (n >= 100 && n <= 599 && !alone && /^(status|statuscode|status_code|httpstatus)$/i.test(list[i - 1]?.text ?? '')) return;
    // So is one in a line about the opening handshake or HTTP ("cannot close 403 during handshake").
    if (n >= 100 && n <= 599 && !alone && /\b(?:handshake|http|upgrade|forbidden|unauthori[sz]ed|not found|bad request)\b/i.test(query)) return;
    if (!found.some((f) => f.code === n)) found.push({ kind: 'number', code: n, registered: registered.has(n), match: t.text });
  });
  return found;
}

/**
 * What comes just before a plain-word name given as the code: `code: `, `code = `, `CloseCode::`,
 * `close_code::`, and the close-code words of the other languages (CLOSE_WORDS): `关闭码：`,
 * `code de fermeture : `, `código de fechamento: `.
 */
const GIVEN_AS_CODE = /(?:\bcode\s*[:=]\s*|\bclose_?code::|(?:关闭码|关闭代码|code de fermeture|c[óo]digo de fechamento)\s*[:=：]\s*)$/i;

/** Library identifiers in the query, in the order they appear. */
export function identifiersIn(query: string, data: DecoderData): Decoded[] {
  const hits: { at: number; d: Decoded }[] = [];
  for (const m of query.matchAll(/[A-Za-z_][A-Za-z0-9_]*(?:\(\d+\))?/g)) {
    // The data may come from JSON (an ordinary object): only its own keys count.
    // Envoy's response code details put a reason in braces after a word
    // (`upstream_reset_after_response_started{protocol_error}`): a detail, not a library's identifier.
    if (query[m.index! - 1] === '{' && /\w/.test(query[m.index! - 2] ?? '')) continue;
    const key = m[0].toLowerCase();
    const plain = data.plainIdentifiers;
    const hit = Object.hasOwn(data.identifiers, key)
      ? data.identifiers[key]
      : plain && Object.hasOwn(plain, m[0]) && GIVEN_AS_CODE.test(query.slice(Math.max(0, m.index! - 24), m.index!)) ? plain[m[0]] : undefined;
    if (hit && typeof hit.code === 'number') hits.push({ at: m.index!, d: { kind: 'identifier', code: hit.code, identifier: m[0], library: hit.library } });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.d);
}

/** Every close code the query identifies: numbers, then identifiers, one entry per code. */
export function decode(query: string, data: DecoderData): Decoded[] {
  const text = decoderText(query);
  const all = [...numbers(text, new Set(data.codes)), ...identifiersIn(text, data)];
  return all.filter((d, i) => all.findIndex((x) => x.code === d.code) === i);
}
