/**
 * A pasted text cut down to what search reads (QUERY_LIMIT characters) without losing the line
 * that matters. Long pastes are mostly stack frames, and the message is not always first: a
 * Python traceback ends with its exception, a Java trace's "Caused by:" follows a run of frames.
 * So search reads a paste without its frames past the first, and when it is still too long, its
 * beginning and its end.
 */

/** How many characters of a query search reads; the forms cut what they send to the same length. */
export const QUERY_LIMIT = 1000;

/**
 * How many characters the search boxes accept: a pasted traceback of this length still reaches
 * its last line before it is condensed to QUERY_LIMIT.
 */
export const PASTE_LIMIT = 30_000;

/**
 * A Go function's name in a trace (`main.run`, `github.com/gorilla/websocket.(*Conn).ReadMessage`):
 * dotted pieces, each a run of name characters or a receiver in parentheses, from the start of a
 * token. Written so that no two parts can take the same characters: the earlier pattern
 * (`[\w\/.-]+\.[\w.*()]+`) tried every split of a long dotted run at every word boundary, and
 * a pasted run of 4,000 characters such as `a.a.a.…` (minified code) held the page for 11 seconds.
 */
const GO_NAME = String.raw`(?<![\w\/.*()-])(?:[\w\/-]+|\(\*?\w+\))(?:\.(?:[\w\/-]+|\(\*?\w+\)))+`;

/**
 * One stack frame, on its own line or run into one line (a one-line search box turns line breaks
 * into spaces):
 * - JVM and .NET: `at pkg.Class.method(File.java:12)`, `~[jar!/:1.0]`, `in /path/File.cs:line 42`;
 * - JavaScript and Rust: `at fn (file.js:1:2)`, `at file.js:1:2`, `at /rustc/…/src/lib.rs:10:5`;
 * - Python: `File "x.py", line 3, in name`, with the source line under it (or, run into one line,
 *   up to the next frame or the exception's name: `…Error`, `…Exception`, `…Closed…`) and its
 *   `~~^^` marks;
 * - Go: `/path/file.go:12 +0x1d`, `main.run(0xc000123456)`.
 */
const FRAME = new RegExp(
  [
    String.raw`\bat\s+(?:async\s+)?[\w$.<>\[\]\/\\\`'-]+\s?\([^()\n]{0,300}\)(?:\s+in\s+\S+:line\s+\d+)?(?:\s*~?\[[^\]\n]{0,200}\])?`,
    String.raw`\bat\s+(?:async\s+)?(?:[\w$.<>\[\]-]+\s+)?\(?[^\s()]+:\d+(?::\d+)?\)?`,
    String.raw`\bFile\s+"[^"\n]{1,300}",\s+line\s+\d+(?:,\s+in\s+\S+)?(?:[^\n]{0,300}?(?=\s+File\s+"|\s+[A-Za-z_][\w.]*(?:Error|Exception|Warning|Exit|Interrupt|Disconnect|Closed\w*)\b))?(?:\n[ \t]{2,}(?!File\b)[^\n]*)?(?:\n[ \t]*[~^]+[ \t]*(?=\n))?`,
    String.raw`(?:^|\s)\/\S+\.go:\d+(?:\s+\+0x[0-9a-f]+)?`,
    String.raw`${GO_NAME}\((?:0x[0-9a-f]+|\.\.\.|\{[^}\n]*\}|,\s*)+\)|^[ \t]*${GO_NAME}\(\)[ \t]*$`,
  ].join('|'),
  'gm',
);

/** What a trace says around its frames, always dropped: headers, run markers, "created by". */
const TRACE_WORDS = new RegExp(
  [
    String.raw`Traceback \(most recent call last\):|During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:`,
    String.raw`\bgoroutine \d+ \[[\w ,]+\]:|\bcreated by \S+(?: in goroutine \d+)?`,
    String.raw`\.\.\.\s+\d+\s+(?:more|common frames omitted)`,
    String.raw`---\s*End of (?:inner exception )?stack trace[^\n-]*---`,
  ].join('|'),
  'g',
);

/**
 * How many frames search reads: the first names the library (its markers) and where it failed;
 * the rest are noise that dilutes the message. Chosen on the tuning part (2026-11-30: keeping 1
 * lifted error lines 0.969 → 0.971 over keeping all, 0 lost them to 0.964; lines wrapped in 40
 * generated frames, a Python traceback or a Go panic kept 0.954–0.973 where cutting at 1,000
 * characters kept 0.740 of those with frames first); held out reported apart (tests/search-queries/ROUNDS.md).
 */
const FRAMES_KEPT = 1;

/** Of a long text, the share of QUERY_LIMIT kept from its end (a traceback's last line). */
const TAIL_SHARE = 0.5;

/**
 * A line copied out of a JSON log (Docker's `{"log":"…\\n"}`, a logger's `"msg"`) or a string
 * literal carries its escapes: `\\n` and `\\t` are line breaks and tabs, `\\"` a quote, `\\u003c` a
 * character. Read them as what they stand for, so frames are seen as frames and words as words.
 */
export function unescaped(text: string): string {
  if (!text.includes('\\')) return text;
  // Each run of backslashes is read from its first (the lookbehind): tried from every backslash of
  // a long run, the patterns took time that grew with the run's square (3 s for 30,000 of them).
  return text
    .replace(/(?<!\\)\\+u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/(?<!\\)\\+(?:r\\+)?n/g, '\n')
    .replace(/(?<!\\)\\+t/g, '\t')
    .replace(/(?<!\\)\\+(["'\/])/g, '$1');
}

/** The named HTML entities a copied line carries where a page or a log viewer escaped it. */
const ENTITIES: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&', nbsp: '\u00a0' };

/**
 * A line copied out of HTML source, an escaped log viewer or an API's HTML body carries entities:
 * `&quot;`, `&#39;`, `&lt;`, `&#x27;`. Read them as the characters they stand for (an unknown name
 * or a number past Unicode stays as it is), so `&quot;Connection refused&quot;` is not read as the
 * words "quot connection refused quot".
 */
export function unentitied(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,4}));/gi, (all, dec?: string, hex?: string, name?: string) => {
    const n = dec ? Number(dec) : hex ? parseInt(hex, 16) : NaN;
    return name ? (ENTITIES[name.toLowerCase()] ?? all) : n <= 0x10ffff ? String.fromCodePoint(n) : all;
  });
}

/**
 * A logger's level, in brackets (`[ERROR]`, `[WARN]`) or in capitals at the start of a line or
 * after its time (`2024-01-31 10:00:00 ERROR …`, `10:00:00.123  WARN 15392 --- …`): it says how
 * loud the line is, not what happened, and the word "error" it adds weighs for the library texts
 * that hold it. Chosen on the tuning part (round forty-two): error lines 2,204 → 2,205 of 2,319,
 * no other set moved; the never-tuned lines +1, the held-out fifth unchanged. (Every level word in
 * capitals anywhere won nothing: a library's own `FIREBASE WARNING:` is part of its message.)
 */
const LEVELS = 'ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRITICAL|SEVERE|NOTICE';
const LOG_LEVEL = new RegExp(String.raw`\[(?:${LEVELS})\]|(?<=^|\d\s{1,3})(?:${LEVELS})\b`, 'gm');

/** Colour codes, with or without their escape character, and invisible characters. */
const TERMINAL_NOISE = /\x1b\[[\d;?]*[A-Za-z]|\[(?:[0-49]|2[2-9]|[349]\d|10[0-7])(?:;\d{1,3})*m(?!\])|[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** A browser console's link to the script that logged a line, at the start of the line. */
const CONSOLE_SOURCE = /^([ \t]*)(?:[\w.@~\/-]+\.(?:m?js|cjs|tsx?|jsx|vue|svelte|html?)|VM\d+|client|<anonymous>)(?::\d+){1,2}(?=[ \t]+\S)/gm;

/**
 * What a terminal or a browser console adds to a copied line and no library prints: colour codes
 * (`\x1b[31m`, or `[31m` when the escape character was lost on the way), invisible characters
 * (zero-width spaces, soft hyphens, a byte-order mark), and the console's link to the script that
 * logged the line (`main.4f2a.js:2`, `client:732`, `VM123:1`) at the start of a line.
 */
export function withoutTerminalNoise(text: string): string {
  return text.replace(TERMINAL_NOISE, '').replace(CONSOLE_SOURCE, '$1');
}

/**
 * The fields of a structured log record that say when, where and how loud, not what happened:
 * zap, logrus, zerolog, pino, bunyan, Serilog, Logstash and Docker's JSON logs.
 */
const LOG_METADATA = new Set(['level', 'lvl', 'severity', 'loglevel', 'log.level', 'level_value', 'time', 'ts', 'timestamp', '@timestamp', 't', 'date', 'datetime', 'caller', 'logger', 'logger_name', 'pid', 'hostname', 'v', '@version', 'thread', 'thread_name', 'stream', 'trace_id', 'span_id', 'traceid', 'spanid', 'request_id', 'req_id', 'func', 'function', 'file', 'line', 'module']);

/** The keys that hold a record's message, which say nothing themselves ("msg": pino, zap, logrus; "log": Docker). */
const MESSAGE_KEYS = new Set(['msg', 'log']);

/** One `"key": value` of a JSON record, the value a string (its escapes kept), a number or a literal; also with its quotes escaped. */
const JSON_FIELD = /(\\?)"([\w@.-]{1,40})\1"\s*:\s*(\1"(?:[^"\\]|\\(?!")|\\")*?\1"|-?\d[\d.eE+-]*|true|false|null)/g;

/**
 * A JSON log record read without its metadata: `{"level":"error","ts":1.7e9,"msg":"websocket: close
 * 1006"}` reads as `{ websocket: close 1006}`. The metadata would otherwise count as words of the
 * line; the other keys stay (an API Gateway body's "connectionId" says which service wrote it).
 */
export function jsonLogFields(text: string): string {
  if (!/\{\s*\\?"[\w@.-]+\\?"\s*:/.test(text)) return text;
  return text.replace(JSON_FIELD, (_, q: string, key: string, value: string) => {
    if (LOG_METADATA.has(key.toLowerCase())) return ' ';
    return `${MESSAGE_KEYS.has(key) ? '' : key} ${q ? value.replace(/^\\"|\\"$/g, '') : value.replace(/^"|"$/g, '')}`;
  });
}

/**
 * The text without its stack frames past the first FRAMES_KEPT, and without runs of blank space.
 * `names`: whether a frame names a library (matcher.ts, by the sources' markers); a first frame
 * that names none is the application's own code and is dropped too.
 */
export function withoutFrames(text: string, names: (frame: string) => boolean = () => true): string {
  let frames = 0;
  return withoutTerminalNoise(unentitied(unescaped(jsonLogFields(text))))
    .replace(LOG_LEVEL, ' ')
    .replace(TRACE_WORDS, ' ')
    .replace(FRAME, (frame) => (++frames <= FRAMES_KEPT && names(frame) ? frame : ' '))
    // (From the first space or tab of a run only: tried from each, a long run of spaces with no line
    // break after it took time that grew with the run's square.)
    .replace(/(?<![ \t])[ \t]*\n\s*/g, '\n')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .trim();
}

/**
 * The text search reads: without its frames (withoutFrames), and when that is still longer than
 * `limit`, its beginning and its end joined by " … ".
 */
export function condense(text: string, limit = QUERY_LIMIT, names?: (frame: string) => boolean): string {
  const short = withoutFrames(text.length > PASTE_LIMIT ? text.slice(0, PASTE_LIMIT) : text, names);
  if (short.length <= limit) return short;
  const tail = Math.floor((limit - 3) * TAIL_SHARE);
  const head = limit - 3 - tail;
  return `${short.slice(0, head)} … ${short.slice(short.length - tail)}`;
}
