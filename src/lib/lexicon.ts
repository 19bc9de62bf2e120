import { useLexicon, words, type Lexicon } from './text-features.ts';

/**
 * The matcher's word lists (text-features.ts reads them): words that say nothing alone, words too
 * common here to say much, and words that name one situation. They travel in the search index
 * (MatchData.lexicon, about 1 KB gzipped) rather than in the search code, where they would cost
 * their 2.5 KB uncompressed against the cold search's byte budget (README, Benchmark). Importing
 * this module loads them (useLexicon): the build, the tests and the scripts import it; the
 * browser's matcher loads the index's copy.
 */

/**
 * Words that alone say nothing about which page a query is about (they still count in word
 * pairs): English function words; those of German, Portuguese and French (the catalogue is mostly
 * English, so they would otherwise look rare); Chinese function characters and question words
 * ("为什么…的原因及解决方法").
 */
const STOP_LISTS = [
  'a an the of to in on at by for from with and or but is are was were be been being it its this that these those as if then than so not no into onto via per your you we our my me i he she they them their there here can could would should will shall may might must do does did done has have had having when while which who what why how where after before about over under also just only such',
  'der die das den dem des ein eine einen einem einer und oder ist sind war nicht kein keine mit bei von vom zu zum zur im ins auf für wenn wie warum wieso was wird werden ich mein meine es sich man kann nur noch auch dass aber um nach beim',
  'o os da do das dos um uma umas uns que não para com em no na nos nas se ao aos pelo pela por e ou meu minha como quando porque qual quais quanto entre mais muito isso esse essa este esta eu ele ela é está são',
  'le la les un une des du de et est pas pour avec dans au aux qui que se ne sur mon ma mes je il elle on ce cette ça comment pourquoi quand quel quelle quels en par plus y qu d l j n s c',
  '的 了 是 在 和 与 及 或 有 就 不 也 都 吗 呢 啊 吧 呀 会 能 要 我 你 他 她 它 这 那 个 一 很 把 被 让 给 到 说 么 什 怎 为 如 何 请 问 题 时 后 中 上 下 里 对 从 用 再 又 还 但 而 等 着 过 得 地 之 其 该 各 此 每 么 样 啥 么 吗 嘛 们 一直 总是 为什 什么 怎么 怎样 如何 请问 问题 原因 解决 方法 办法 出现 时候 这个 那个 可以 没有 就是 我们 你们 大家 求助 一下 是否 是不 不是 之后 以后 一个 有没 没有 为何 处理 情况 总结 详解 解析 全解 分析 及解',
];
const STOP = STOP_LISTS.join(' ');

/**
 * Words so common in this catalogue that alone they say nothing (they still count in word pairs),
 * and the filler of issue titles ("[BUG]", "Potential issue:", "help"), which names no situation.
 * The filler words were chosen on the tuning part (2026-11-30: symptoms 0.915 → 0.921, error
 * lines 0.972 → 0.974, others unchanged).
 */
const WEAK = ['websocket', 'websockets', 'ws', 'wss', 'socket', 'connection', 'error', 'err', 'exception', 'failed', 'fail', 'bug', 'issue', 'question', 'problem', 'potential', 'help'].join(' ');

/**
 * Words that name one situation in different words: a text with either word also carries the
 * group's feature (`~large`), so "a huge message" meets "a big payload" and "JWT expired" meets
 * "auth token" through it. The group's feature is as common as all its words together, so it
 * weighs little beside the words themselves. Chosen on the tuning part (2026-12-01: error lines
 * 0.975 → 0.976, symptoms 0.926 → 0.929, tuned titles 0.824 → 0.820); groups for dropping
 * (drop, disconnect, lost…) and crashing lost symptoms on the tuning part and are left out. Held
 * out and never-tuned sets reported apart (tests/search-queries/ROUNDS.md).
 */
const SYNONYMS: Record<string, string> = {
  large: 'large larger big bigger huge oversized exceed exceeds exceeded exceeding kb kib mb mib gb gib megabytes kilobytes',
  restart: 'restart restarts restarted restarting reboot reboots rebooted redeploy redeployed deploy deploys deployed deploying deployment',
  auth: 'auth authentication authenticate authenticated authorization authorize unauthorized unauthorised token tokens jwt credentials',
  idle: 'idle inactive inactivity',
  background: 'background backgrounded sleep sleeps sleeping suspended suspend minimized',
  timeout: 'timeout timeouts timed',
  reconnect: 'reconnect reconnects reconnecting reconnection reconnections retry retries retrying',
  cert: 'certificate certificates cert certs ssl tls',
  // Round twenty-eight (2026-12-03): a text message "with special characters" or emoji is what breaks UTF-8
  // (1007). On the tuning part symptoms +1, no other set moved (held out and never tuned included).
  utf8: 'utf8 unicode emoji emojis special',
  // Round thirty-one (2026-12-03, 5,871 messages): what readers call a refused origin, the compression
  // extension, a cluster and a page going away, in the words messages use. On the tuning part symptoms
  // +1, later symptoms +1, tuned titles +2, no set lower; held out unchanged; never tuned: titles +4,
  // symptoms −1 (tests/search-queries/ROUNDS.md).
  origin: 'cors origin origins cross-origin crossorigin',
  deflate: 'compression compress compressed deflate permessage-deflate inflate zlib',
  kube: 'kubernetes k8s ingress',
  unload: 'refresh refreshed refreshing reload reloads reloaded navigate navigation unload',
};

export const LEXICON: Lexicon = { stop: STOP, weak: WEAK, synonyms: SYNONYMS };

/**
 * The word lists an index carries (MatchData.lexicon): the English stop words and those of the
 * other languages that its own texts hold, so that every text reads exactly as with all of them.
 * A stop word no text holds changes nothing a query matches (a word no text holds matches
 * nothing); it only counts as a typed word (typedWords). The root's English index so carries 0.7
 * KB less against the cold search's byte budget; its second file brings the rest (otherStopWords)
 * for the queries in other languages that it answers. Measured (2026-12-03, round twenty-seven):
 * every query set ranks as with all the lists.
 */
export function lexiconFor(texts: Iterable<string>): Lexicon {
  const held = new Set<string>();
  for (const t of texts) for (const w of words(t)) if (w !== null) held.add(w);
  const english = new Set(STOP_LISTS[0]!.split(' '));
  return { ...LEXICON, stop: STOP.split(' ').filter((w, i, all) => all.indexOf(w) === i && (english.has(w) || held.has(w))).join(' ') };
}

/** The stop words of the languages other than English: what the root's second file adds to its index's (lexiconFor). */
export function otherStopWords(): string {
  return STOP_LISTS.slice(1).join(' ');
}

useLexicon(LEXICON);
