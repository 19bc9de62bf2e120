import { CONFIDENT, Matcher, wantsOthers } from '../lib/matcher.ts';
import { isZlib, unpackIndex, unpackPhrases, withPhrases, type PackedIndex, type PackedOthers } from '../lib/index-format.ts';
import { phraseRuns, rankContext, rankResults, sourceInList, whenFiles, whenInList, type ResultItem } from '../lib/search-rank.ts';
import { localeOfPath, PHRASE_CHUNK, phraseRun, searchIndexUrl, searchOthersUrl, searchPhrasesUrl, searchWhenUrl, whenFile } from '../lib/urls.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { fill, type SearchStrings } from '../lib/search-strings.ts';
import { condense, QUERY_LIMIT } from '../lib/paste.ts';
import { isSortedBlock, unsortBlock } from '../lib/block-sort.ts';

export { condense, QUERY_LIMIT };

/**
 * Runs a query: the matcher over the compact index of messages, numbers and situations first;
 * Pagefind's full text only when the matcher is unsure (or the reader asks for more), so that a
 * pasted line costs one small file. Loaded only when the reader opens search.
 */

let matcherPromise: Promise<Matcher> | undefined;

/**
 * Deflated JSON (a zlib stream: deflate.ts), inflated here (a host that already decoded it is read
 * as is: index-format.ts isZlib), and unsorted when the build block-sorted it (deflate.ts packJson).
 */
async function packedJson<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  let bytes = new Uint8Array(await r.arrayBuffer());
  if (isZlib(bytes)) bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'))).arrayBuffer());
  return JSON.parse(new TextDecoder().decode(isSortedBlock(bytes) ? unsortBlock(bytes) : bytes)) as T;
}

function matcher(): Promise<Matcher> {
  matcherPromise ??= packedJson<PackedIndex>(searchIndexUrl(localeOfPath(location.pathname))).then((packed) => new Matcher(unpackIndex(packed)));
  // A failed fetch may be retried by the next search.
  matcherPromise.catch(() => (matcherPromise = undefined));
  return matcherPromise;
}

let othersPromise: Promise<Matcher> | undefined;

/** The locale's matcher with its phrasings in other languages than English too, fetched the first time a query wants them. */
function othersMatcher(base: Matcher, locale: Locale): Promise<Matcher> {
  othersPromise ??= packedJson<PackedOthers>(searchOthersUrl(locale)).then(({ phrases, stop }) => new Matcher(withPhrases(base.data, { phrases: unpackPhrases(phrases), stop }), base));
  othersPromise.catch(() => (othersPromise = undefined));
  return othersPromise;
}

/**
 * Lists fetched the first time a result needs one, each once: "printed when…" lists, a run of a
 * source's messages each (urls.ts whenFile), and phrases as written, a run of the index's phrases
 * each (urls.ts phraseRun).
 */
function lazyLists<K>(url: (locale: Locale, key: K) => string) {
  const lists = new Map<K, string[]>();
  const loads = new Map<K, Promise<void>>();
  const load = (locale: Locale, keys: readonly K[]): Promise<void> =>
    Promise.all(
      keys.map((k) => {
        let p = loads.get(k);
        if (!p) {
          p = packedJson<string[]>(url(locale, k)).then((list) => void lists.set(k, list));
          // A failed fetch may be retried by the next search.
          p.catch(() => loads.delete(k));
          loads.set(k, p);
        }
        return p;
      }),
    ).then(() => undefined);
  return { lists, load };
}

const whens = lazyLists<string>(searchWhenUrl);
const phrases = lazyLists<number>((_, run) => searchPhrasesUrl(run));

/** Starts fetching and building the matcher before the reader has typed: opening search is enough. */
export function warm(): void {
  matcher().catch(() => undefined);
}

export interface SearchOutcome {
  items: ResultItem[];
  /**
   * The same items once what their messages are printed for has arrived (one small file per
   * source, fetched after the first results are on screen); undefined when nothing was missing.
   */
  explained?: Promise<ResultItem[]>;
  /** The first result is a confident match (a known message, number, identifier or situation). */
  confident: boolean;
  /** Full-text results are included. */
  full: boolean;
}

export async function search(query: string, strings: SearchStrings, wantFull = false): Promise<SearchOutcome> {
  const q = condense(query);
  if (!q) return { items: [], confident: false, full: false };
  const locale = localeOfPath(location.pathname);
  // Without the matcher (its index failed to load), full text still answers.
  let m = await matcher().catch(() => undefined);
  let matches = m ? m.match(q) : [];
  // A query in other letters, one English leaves unsure, or in a locale one in words asks the
  // phrasings in other languages too: every other language's at the root, the page's own in a locale.
  if (m && wantsOthers(q, matches, locale !== defaultLocale)) {
    const all = await othersMatcher(m, locale).catch(() => undefined);
    if (all) [m, matches] = [all, all.match(q)];
  }
  const confident = (matches[0]?.score ?? 0) >= CONFIDENT;
  const full = wantFull || !confident;
  // Full text is a chunk of its own (full-text.ts): a line the matcher knows never fetches it.
  const hits = full ? await import('./full-text.ts').then(({ fullText }) => fullText(q)) : [];
  const ctx = rankContext(m?.data ?? { names: {}, numbers: {}, guides: {} }, locale, (a, b, names) => fill(strings['compare.title'], { a, nameA: names.get(a) ?? '', b, nameB: names.get(b) ?? '' }), strings['search.guide']);
  const whenListOf = (source: number, at: number) => whens.lists.get(whenFile(source, at));
  const when = (source: number, at: number) => whenInList(whenListOf(source, at), at);
  const sourceName = (source: number, at: number) => sourceInList(whenListOf(source, at));
  const phrase = (at: number) => phrases.lists.get(phraseRun(at))?.[at % PHRASE_CHUNK];
  const withFiles = { ...ctx, when, source: sourceName, phrase };
  const items = rankResults(matches, hits, withFiles);
  const missingWhens = whenFiles(matches).filter((f) => !whens.lists.has(f));
  const missingPhrases = phraseRuns(matches).filter((r) => !phrases.lists.has(r));
  if (missingWhens.length === 0 && missingPhrases.length === 0) return { items, confident, full };
  const explained = Promise.all([whens.load(locale, missingWhens), phrases.load(locale, missingPhrases)]).then(() => rankResults(matches, hits, withFiles));
  return { items, confident, full, explained };
}
