import { protocolNamesOf, type Catalogue, type SourcedMessage } from './catalogue.ts';
import { decoderData, identifiersIn, type DecoderData } from './decoder.ts';
import { features, matchingForm, useLexicon } from './text-features.ts';
import { segments } from './prose.ts';
import { libraries } from './libraries.ts';
import { LEXICON, lexiconFor, otherStopWords } from './lexicon.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { FROM_TEXT, HANDSHAKE, markerPattern, standaloneNumbers, type MatchData } from './matcher.ts';
import { groupPhrases, type OtherLanguages } from './index-format.ts';
import { WHEN_CHUNK, whenFile } from './urls.ts';

/**
 * /api/search-index.json: everything the matcher needs, built once from the catalogue. The
 * browser fetches it on the first search, before (and often instead of) the full-text index.
 */

export interface GuideSummary {
  slug: string;
  title: string;
  symptoms: readonly string[];
  /** The codes the guide is about, most likely first. */
  codes: readonly number[];
  /** The guide's summary and the headings of its sections: words a situation is searched by. */
  headings: readonly string[];
}

/** The summary and `##` headings of a guide's MDX body. */
export function guideHeadings(summary: string, body: string): string[] {
  return [summary, ...[...body.matchAll(/^#{2,3}\s+(.+)$/gm)].map((m) => m[1]!.replace(/[`*]/g, ''))];
}

/** What the translations add to search: texts per code and per guide slug, in every language. */
export interface TranslatedPhrases {
  codes: ReadonlyMap<number, readonly string[]>;
  guides: ReadonlyMap<string, readonly string[]>;
}

/**
 * The translations' search texts: a code's name, summary and phrasings; a guide's title, summary,
 * symptoms and section headings. `codes` and `guides` are the translation files' data; an item
 * marked `brief` adds only its phrasings or symptoms (what readers type), not the page's prose.
 */
export function translatedPhrases(
  codes: readonly { code: number; brief?: boolean; data: { name: string; summary: string; phrasings: readonly string[] } }[],
  guides: readonly { slug: string; brief?: boolean; data: { title: string; summary: string; symptoms: readonly string[] }; body: string }[],
): TranslatedPhrases {
  const group = <K,>(items: readonly (readonly [K, readonly string[]])[]) => {
    const map = new Map<K, string[]>();
    for (const [k, texts] of items) map.set(k, [...(map.get(k) ?? []), ...texts]);
    return map;
  };
  return {
    codes: group(codes.map((t) => [t.code, t.brief ? t.data.phrasings : [t.data.name, t.data.summary, ...t.data.phrasings]] as const)),
    guides: group(guides.map((g) => [g.slug, g.brief ? g.data.symptoms : [g.data.title, ...g.data.symptoms, ...guideHeadings(g.data.summary, g.body)]] as const)),
  };
}

/**
 * Each page's texts without those that three or more pages share: the guides' structural headings
 * ("Fix it", "How to recognise it", in every language) say nothing about which guide a query is
 * about, and "fix" alone would match them all.
 */
export function distinctTexts(lists: readonly (readonly string[])[]): string[][] {
  const pages = new Map<string, number>();
  for (const list of lists) for (const text of new Set(list)) pages.set(text, (pages.get(text) ?? 0) + 1);
  return lists.map((list) => [...new Set(list)].filter((text) => pages.get(text)! < 3));
}

const noTranslations: TranslatedPhrases = { codes: new Map(), guides: new Map() };

/** What a locale's results show, in its language: a code's name, a guide's title (English by default). */
export interface ShownText {
  name?: (code: number) => string;
  guideTitle?: (slug: string) => string;
}

/**
 * Which translations a locale's search files hold. Every locale's index holds English alone (with
 * the names and guide titles its results show in its language): a pasted line, which is English
 * whatever the page's language, costs the same bytes from every page. The translations come in a
 * second file (`others`: searchOthersUrl): the root's holds every other language's phrasings and
 * symptoms, a locale's its own language in full (names, summaries, phrasings, guide texts). Search
 * fetches it only for a query that wants it (matcher.ts wantsOthers): at the root one the English
 * index is unsure of or written in other letters, in a locale any query in words as well. Until
 * round thirty-six a locale's index held its own language itself, and a pasted line cost 10–13 KB
 * more from a localized page (README, Benchmark). `undefined`: none of that translation.
 */
export function indexHolds(indexLocale: string, translationLocale: string, others = false): { brief: boolean } | undefined {
  if (!others) return undefined;
  if (indexLocale === defaultLocale) return translationLocale !== defaultLocale ? { brief: true } : undefined;
  return indexLocale === translationLocale ? { brief: false } : undefined;
}

/** The phrases of `full` that `base` lacks: what a locale's second file adds (searchOthersUrl). */
export function addedPhrases(base: MatchData, full: MatchData): [string, string][] {
  const known = new Set(base.phrases.map(([text, target]) => `${target}\u0000${text}`));
  return full.phrases.filter(([text, target]) => !known.has(`${target}\u0000${text}`));
}

/**
 * A locale's second file (searchOthersUrl): the phrases that the translations it holds (`others`,
 * indexHolds with `others`: at the root the other languages', in a locale its own) add to its
 * index, which holds none of them, and the stop words of the languages besides English
 * (lexicon.ts lexiconFor: an index carries only those its texts hold).
 */
export function otherLanguages(catalogue: Catalogue, guides: readonly GuideSummary[], others: TranslatedPhrases): OtherLanguages {
  // As written: the second file's phrases are shown as they are (MatchData formedPhrases).
  return { phrases: addedPhrases(searchIndexData(catalogue, guides, noTranslations, {}, false), searchIndexData(catalogue, guides, others, {}, false)), stop: otherStopWords() };
}

/**
 * `translated`: the translations' texts, so search finds a page by words of other languages
 * (indexHolds chooses them). `shown`: what the results show, in the reader's language. `formed`:
 * the phrases in their matching form (matchingText), as the index carries them, their texts as
 * written in runs (phraseTexts); false keeps them as written.
 */
export function searchIndexData(
  catalogue: Catalogue,
  guides: readonly GuideSummary[] = [],
  translated: TranslatedPhrases = noTranslations,
  shown: ShownText = {},
  formed = true,
): MatchData {
  const sourceIndex = new Map(catalogue.sources.map((s, i) => [s.id, i]));
  const libraryNames = Object.fromEntries(Object.entries(libraries).map(([key, lib]) => [key, lib.name]));
  // The build reads with every word list (a Matcher built before loads its index's own).
  useLexicon(LEXICON);
  const decoder = decoderData(catalogue.codes, libraryNames);
  const lines: MatchData['lines'] = catalogue.messages.map((m) => [matchingText(m.text, decoder), m.code, sourceIndex.get(m.sourceId)!, (m.codeFromText ? FROM_TEXT : 0) | (m.handshake ? HANDSHAKE : 0)]);
  // Grouped by page, as the index travels (index-format.ts), so the browser's matcher is this one.
  const written = indexPhrases(catalogue, guides, translated);
  const phrases = formPhrases(written, formed ? decoder : undefined);
  return {
    ...decoder,
    // The stop words its texts hold, in either form, so that both read alike (matchingText).
    lexicon: lexiconFor([...catalogue.messages.map((m) => m.text), ...lines.map(([text]) => text), ...written.map(([text]) => text), ...phrases.phrases.map(([text]) => text)]),
    names: Object.fromEntries(catalogue.codes.map((e) => [e.code, shown.name?.(e.code) ?? e.name])),
    numbers: Object.fromEntries(catalogue.numberPages.map((n) => [n, protocolNamesOf(catalogue, n)])),
    guides: Object.fromEntries(guides.map((g) => [g.slug, shown.guideTitle?.(g.slug) ?? g.title])),
    guideCodes: Object.fromEntries(guides.map((g) => [g.slug, [...g.codes]])),
    sources: catalogue.sources.map((s) => s.source),
    // A marker that holds another of its source's markers as a whole word ("simple_websocket.ws"
    // beside "simple_websocket") finds no line the shorter one misses: it stays out of the index
    // (0.4 KB at 173 sources, round thirty-one). Its words then stay in the source's messages
    // (matcher.ts takes a qualified marker's words out): on the tuning part one error line won,
    // no query lost.
    markers: catalogue.sources.map((s) => s.markers.filter((m) => !s.markers.some((o) => o.length < m.length && markerPattern([o])!.test(m.toLowerCase())))),
    lines,
    ...phrases,
  };
}

/**
 * The index's phrases, as written, grouped by page as the index travels (index-format.ts): each
 * code's phrasings, name and summary, each protocol code's, each guide's title, symptoms and
 * headings, with `translated`'s.
 */
function indexPhrases(catalogue: Catalogue, guides: readonly GuideSummary[], translated: TranslatedPhrases): [string, string][] {
  // A guide's symptom that quotes a library's message would compete with the message itself,
  // which knows its code: the message answers that line, and the guide is found by its other texts.
  const plain = (t: string) => ` ${t.toLowerCase().replace(/\{[a-z]+\}/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const messageTexts = catalogue.messages.map((m) => plain(m.text));
  const quotesMessage = (t: string) => {
    const p = plain(t);
    return p.split(' ').filter(Boolean).length >= 4 && messageTexts.some((m) => m.includes(p));
  };
  return groupPhrases([
    ...catalogue.codes.flatMap((e) =>
      [...e.phrasings, ...(translated.codes.get(e.code) ?? []), `${e.code} ${e.name}`, e.summary].map((p): [string, string] => [p, String(e.code)]),
    ),
    ...[...catalogue.protocolNumbers.entries()].flatMap(([n, uses]) =>
      uses.flatMap((u): [string, string][] => [[`${u.protocol.name} ${u.protocol.aliases.join(' ')} ${n} ${u.name}`, String(n)], ...u.phrasings.map((p): [string, string] => [p, String(n)])]),
    ),
    ...distinctTexts(guides.map((g) => [g.title, ...g.symptoms, ...g.headings, ...(translated.guides.get(g.slug) ?? [])])).flatMap((texts, i) =>
      texts.filter((t) => !quotesMessage(t)).map((s): [string, string] => [s, `g:${guides[i]!.slug}`]),
    ),
  ]);
}

/** The phrases in their matching form where it reads the same (matchingText), and how many: all of them. */
function formPhrases(phrases: [string, string][], decoder: DecoderData | undefined): Pick<MatchData, 'phrases' | 'formedPhrases'> {
  if (!decoder) return { phrases };
  return { phrases: phrases.map(([text, target]) => [matchingText(text, decoder), target]), formedPhrases: phrases.length };
}

/** The index's phrases as written, in its order: the texts of the runs a result's phrase is shown from (searchPhrasesUrl). */
export function phraseTexts(catalogue: Catalogue, guides: readonly GuideSummary[], translated: TranslatedPhrases = noTranslations): string[] {
  return indexPhrases(catalogue, guides, translated).map(([text]) => text);
}

/**
 * The text of a message the index carries: its matching form (text-features.ts matchingForm),
 * about a sixth fewer bytes once gzipped, when the matcher reads that form exactly as the text:
 * the same features, the same standalone numbers (a code the text names) and the same library
 * identifiers. Otherwise, and for a text with letters outside ASCII or a `{code}` placeholder
 * (whose neighbouring words find the number in a pasted line: matcher.ts numberAtPlaceholder),
 * the text as written.
 */
export function matchingText(text: string, decoder: DecoderData): string {
  if (/[^\x00-\x7f]/.test(text) || text.includes('{code}')) return text;
  const form = matchingForm(text);
  const same = (f: (t: string) => unknown) => JSON.stringify(f(form)) === JSON.stringify(f(text));
  return same((t) => [...features(t)].sort()) && same(standaloneNumbers) && same((t) => identifiersIn(t, decoder).map((d) => [d.code, d.kind === 'identifier' ? d.library : ''])) ? form : text;
}

/**
 * What each message of one source is printed for ("when"), in the order of the index's lines of
 * that source, served in runs (whenRuns, searchWhenUrl) and fetched only for the results shown, so
 * the index itself stays within the search's byte budget.
 */
export function whenOfSource(catalogue: Catalogue, sourceIndex: number, when: (m: SourcedMessage) => string = (m) => m.when): string[] {
  const id = catalogue.sources[sourceIndex]?.id;
  // Results show plain text: `code` marks are dropped, their words kept.
  return catalogue.messages.filter((m) => m.sourceId === id).map((m) => segments(when(m)).map((s) => s.text).join(''));
}

/**
 * One "printed when…" file as it travels: the source's name first, in the file's language where
 * its translation gives one (a result's sentence shows it, and the index does not carry it:
 * index-format.ts), then what each message of the run is printed
 * for (search-rank.ts whenInList reads it).
 */
export function whenList(catalogue: Catalogue, run: { source: number; from: number }, whens: readonly string[], name = catalogue.sources[run.source]!.source): string[] {
  return [name, ...whens.slice(run.from, run.from + WHEN_CHUNK)];
}

/** Every "printed when…" file: each source's messages in runs of WHEN_CHUNK (urls.ts whenFile). */
export function whenRuns(catalogue: Catalogue): { file: string; source: number; from: number }[] {
  return catalogue.sources.flatMap((s, source) => {
    const count = catalogue.messages.filter((m) => m.sourceId === s.id).length;
    return Array.from({ length: Math.ceil(count / WHEN_CHUNK) }, (_, k) => ({ file: whenFile(source, k * WHEN_CHUNK), source, from: k * WHEN_CHUNK }));
  });
}

/** /api/messages.json: the message catalogue for tools, grouped by source. */
export function messagesJson(catalogue: Catalogue) {
  return {
    sources: catalogue.sources.map((s) => ({
      id: s.id,
      source: s.source,
      kind: s.kind,
      repo: s.repo ?? null,
      url: s.url,
      markers: s.markers,
      messages: s.messages.map((m) => ({ text: m.text, code: m.code, codeFromText: m.codeFromText ?? false, handshake: m.handshake ?? false, file: m.file, versions: m.versions, when: m.when, lang: m.lang ?? 'en' })),
    })),
  };
}
