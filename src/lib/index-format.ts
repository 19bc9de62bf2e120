import { FROM_TEXT, HANDSHAKE, type MatchData } from './matcher.ts';

/**
 * How the matcher's index travels (search-index.bin, search-others.bin): columns instead of rows,
 * so gzip meets the message texts side by side and the numbers side by side (3.9 KB less for the
 * English index at 2,980 messages, within the cold search's byte budget: README, Benchmarks).
 * The browser turns it back into the MatchData the build made (unpackIndex), unchanged but for the
 * sources' names: those travel with what their messages are printed for (search-index.ts
 * whenList), the only place a result shows them, so the index the first search fetches does not
 * carry them (1.6 KB at 150 sources, round thirty).
 */

/** Phrases grouped by their target, in the order the targets first appear: [target, texts][]. */
export type PackedPhrases = [string, string[]][];

export interface PackedIndex extends Omit<MatchData, 'lines' | 'phrases' | 'sources'> {
  /**
   * The messages as columns: texts, each code and its flags as one number (code × 4 + flags: the
   * flags are matcher.ts FROM_TEXT and HANDSHAKE, FLAG_SPAN; one column is 0.2 KB smaller than two
   * after block sorting and gzip, round thirty-one), and the source of each as runs of [source, count].
   */
  lines: { texts: string[]; codes: number[]; sources: [number, number][] };
  phrases: PackedPhrases;
}

/**
 * The phrases in the order packing keeps: grouped by target, each target where it first appears,
 * texts in their order. searchIndexData returns them so, so a packed index unpacks to the very
 * MatchData the build measured.
 */
export function groupPhrases(phrases: readonly [string, string][]): [string, string][] {
  return unpackPhrases(packPhrases(phrases));
}

export function packPhrases(phrases: readonly [string, string][]): PackedPhrases {
  const groups = new Map<string, string[]>();
  for (const [text, target] of phrases) {
    const list = groups.get(target);
    if (list) list.push(text);
    else groups.set(target, [text]);
  }
  return [...groups];
}

export function unpackPhrases(packed: PackedPhrases): [string, string][] {
  return packed.flatMap(([target, texts]) => texts.map((text): [string, string] => [text, target]));
}

/** The root's second file (search-others.bin): other languages' phrases as written, and their stop words (lexicon.ts otherStopWords). */
export interface OtherLanguages {
  phrases: [string, string][];
  stop: string;
}

/** The second file as it travels: its phrases grouped by target. */
export interface PackedOthers {
  phrases: PackedPhrases;
  stop: string;
}

/** The root's index and its second file together: more phrases, and the stop words they need. */
export function withPhrases(data: MatchData, others: OtherLanguages): MatchData {
  return { ...data, phrases: [...data.phrases, ...others.phrases], lexicon: { ...data.lexicon, stop: `${data.lexicon.stop} ${others.stop}` } };
}

/**
 * Whether bytes are a zlib stream (RFC 1950 §2.2: deflate, CM 8, and a header that is a multiple of
 * 31), as the build writes the search files (deflate.ts), rather than bytes a host already inflated:
 * JSON begins with `{`, `[` or `"`, a sorted block with "BWT1" (block-sort.ts MAGIC), none of them so.
 */
export function isZlib(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0;
}

/** What a message's code is multiplied by to make room for its flags (matcher.ts FROM_TEXT, HANDSHAKE). */
const FLAG_SPAN = (FROM_TEXT | HANDSHAKE) + 1;

export function packIndex(data: MatchData): PackedIndex {
  if (data.lines.some((l) => l[3] < 0 || l[3] >= FLAG_SPAN)) throw new Error(`search index: a message's flags must be under ${FLAG_SPAN}`);
  const sources: [number, number][] = [];
  for (const [, , source] of data.lines) {
    const last = sources[sources.length - 1];
    if (last && last[0] === source) last[1]++;
    else sources.push([source, 1]);
  }
  const { sources: _names, ...rest } = data;
  return {
    ...rest,
    lines: { texts: data.lines.map((l) => l[0]), codes: data.lines.map((l) => l[1] * FLAG_SPAN + l[3]), sources },
    phrases: packPhrases(data.phrases),
  };
}

export function unpackIndex(packed: PackedIndex): MatchData {
  const { texts, codes, sources } = packed.lines;
  const sourceOf = sources.flatMap(([source, count]) => Array<number>(count).fill(source));
  if (codes.length !== texts.length || sourceOf.length !== texts.length) {
    throw new Error(`search index: ${texts.length} texts, ${codes.length} codes, ${sourceOf.length} sources`);
  }
  return {
    ...packed,
    sources: [],
    lines: texts.map((text, i) => [text, Math.floor(codes[i]! / FLAG_SPAN), sourceOf[i]!, codes[i]! % FLAG_SPAN]),
    phrases: unpackPhrases(packed.phrases),
  };
}
