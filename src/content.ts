import { getCollection } from 'astro:content';
import { assertNoProblems, bodyProblems, catalogueProblems, checkCatalogue, messageProblems } from './lib/catalogue-checks.ts';
import { buildCatalogue } from './lib/catalogue.ts';
import { guideProblems, pairProblems, quotedMessageProblems } from './lib/catalogue-checks.ts';
import { guideHeadings, indexHolds, translatedPhrases, type GuideSummary, type TranslatedPhrases } from './lib/search-index.ts';
import type { PairData } from './lib/schemas/pair.ts';
import type { LimitTable } from './lib/schemas/limits.ts';
import { strayFiles } from './lib/content-root.ts';
import { allRoutes } from './lib/routes.ts';
import { handshakeMessages, messagesBySource } from './lib/messages.ts';
import { localize, pick, translationId, translationKey, type LocalEntry, type Picked } from './lib/localize.ts';
import { guideProseHash, limitsProseHash, messagesProseHash, pairProseFields, proseHash, protocolProseHash } from './lib/translation.ts';
import type { SourcedMessage } from './lib/catalogue.ts';
import type { LimitsTranslation, MessagesTranslation, PairTranslation, ProtocolTranslation } from './lib/schemas/translation.ts';
import type { Locale } from './i18n/locales.ts';
import type { CodeData } from './lib/schema.ts';

/**
 * The collections, read and checked once per build. Every page imports from here instead of
 * calling getCollection itself. A cross-entry problem throws, failing the build with the file
 * and field named.
 */
const [loadedCodes, loadedMessages, loadedProtocols, loadedGuides, loadedPairs, loadedLimits, loadedTranslations, pairTranslations, guideTranslations, protocolTranslations, messageTranslations, limitTranslations] = await Promise.all([
  getCollection('codes'),
  getCollection('messages'),
  getCollection('protocols'),
  getCollection('guides'),
  getCollection('pairs'),
  getCollection('limits'),
  getCollection('translations'),
  getCollection('pairTranslations'),
  getCollection('guideTranslations'),
  getCollection('protocolTranslations'),
  getCollection('messageTranslations'),
  getCollection('limitTranslations'),
]);

const withPath = <T extends { id: string; filePath?: string | undefined }>(kind: string, e: T) => ({ ...e, filePath: e.filePath ?? `content/${kind}/${e.id}` });
const codeFiles = loadedCodes.map((e) => withPath('codes', e));
const messageFiles = loadedMessages.map((e) => withPath('messages', e));
const protocolFiles = loadedProtocols.map((e) => withPath('protocols', e));

assertNoProblems(strayFiles(), catalogueProblems(codeFiles), bodyProblems(codeFiles));

/** Every code entry, sorted by code. */
export const entries: CodeData[] = checkCatalogue(codeFiles).map((e) => e.data);
export const catalogue = buildCatalogue(entries, messageFiles, protocolFiles);

/** The guides in their list order, each with the codes it is about (most likely first). */
export const guides = loadedGuides
  .map((g) => ({ entry: g, data: g.data, filePath: g.filePath ?? `content/guides/${g.id}`, slug: g.id.replace(/\.mdx$/, '') }))
  .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
export const guideSummaries: GuideSummary[] = guides.map((g) => ({
  slug: g.slug,
  title: g.data.title,
  symptoms: g.data.symptoms,
  codes: g.data.codes,
  headings: guideHeadings(g.data.summary, g.entry.body ?? ''),
}));

/** The written comparisons, by "a-vs-b". */
export const pairEntries: ReadonlyMap<string, PairData> = new Map(loadedPairs.map((p) => [p.id.replace(/\.md$/, ''), p.data]));
const pairFiles = loadedPairs.map((e) => withPath('pairs', e));

/** The tables of numbers the guides show, by id. */
export const limitTables: ReadonlyMap<string, LimitTable> = new Map(loadedLimits.map((t) => [t.id.replace(/\.ya?ml$/, ''), t.data]));

assertNoProblems(
  messageProblems(messageFiles, catalogue.pages),
  guideProblems(guides, catalogue.pages),
  pairProblems(pairFiles, entries),
  quotedMessageProblems(
    [
      ...codeFiles.map((e) => ({ filePath: e.filePath, codes: [e.data.code], phrasings: e.data.phrasings })),
      ...loadedTranslations.flatMap((t) => {
        const key = translationKey(t.id);
        return key ? [{ filePath: t.filePath ?? `content/translations/${t.id}`, codes: [key[1]], phrasings: t.data.phrasings }] : [];
      }),
      ...guides.map((g) => ({ filePath: g.filePath, codes: g.data.codes, phrasings: g.data.symptoms, field: 'symptoms' })),
      ...protocolFiles.flatMap((p) => p.data.codes.map((c, i) => ({ filePath: p.filePath, codes: [c.code], phrasings: c.phrasings, field: `codes.${i}.phrasings` }))),
    ],
    catalogue.messages.map((m) => ({ ...m, where: `content/messages/${m.sourceId}.yaml messages.${m.index}` })),
  ),
);

/** Message source id → its repository, for links to the file that prints a message. */
export const sourceRepos: ReadonlyMap<string, string | undefined> = new Map(catalogue.sources.map((s) => [s.id, s.repo]));

export const codes: number[] = entries.map((e) => e.code);
export const byCode: ReadonlyMap<number, CodeData> = new Map(entries.map((e) => [e.code, e]));
export const routes = allRoutes(entries, catalogue.numberPages, guides.map((g) => g.slug), catalogue.sources.map((s) => s.id));

const translationsByKey = new Map(loadedTranslations.flatMap((t) => {
  const key = translationKey(t.id);
  return key ? [[`${key[0]}/${key[1]}`, t.data] as const] : [];
}));

/** A code entry as a page in `locale` shows it: the English facts, the prose of its translation. */
export function localEntry(code: number, locale: Locale): LocalEntry {
  return localize(entry(code), locale, translationsByKey.get(`${locale}/${code}`));
}

/** Every entry of a locale, in code order. */
export const localEntries = (locale: Locale): LocalEntry[] => entries.map((e) => localEntry(e.code, locale));

/**
 * The translations' texts that a locale's search index holds, or with `others` what the root's
 * second file adds (search-index.ts indexHolds chooses them).
 */
const searchTranslationsByLocale = new Map<string, TranslatedPhrases>();
export function searchTranslations(locale: Locale, others = false): TranslatedPhrases {
  const cacheKey = `${locale}${others ? '+' : ''}`;
  let phrases = searchTranslationsByLocale.get(cacheKey);
  if (!phrases) {
    const held = (id: string) => indexHolds(locale, id.split('/')[0]!, others);
    phrases = translatedPhrases(
      loadedTranslations.flatMap((t) => {
        const key = translationKey(t.id);
        const h = held(t.id);
        return key && h ? [{ code: key[1], brief: h.brief, data: t.data }] : [];
      }),
      guideTranslations.flatMap((g) => {
        const h = held(g.id);
        return h ? [{ slug: g.id.replace(/^.*\//, ''), brief: h.brief, data: g.data, body: g.body ?? '' }] : [];
      }),
    );
    searchTranslationsByLocale.set(cacheKey, phrases);
  }
  return phrases;
}

/** Messages of a failed opening handshake, listed by the guide that shows them (`showMessages`). */
export const handshakeList = handshakeMessages(catalogue);
export const handshakeGuide = guides.find((g) => g.data.showMessages === 'handshake');

/** The entry for a code the routes promised exists. */
export function entry(code: number): CodeData {
  const found = byCode.get(code);
  if (!found) throw new Error(`No entry for close code ${code}`);
  return found;
}

/** Translations of pairs, guides, protocols, message files and limits tables, by "<locale>/<kind>/<id>". */
const translationsById = new Map<string, unknown>(
  [...pairTranslations, ...guideTranslations, ...protocolTranslations, ...messageTranslations, ...limitTranslations].flatMap((t) => {
    const id = translationId(t.id);
    return id ? [[id, t] as const] : [];
  }),
);
const translationOf = <T>(locale: Locale, kind: string, id: string) => translationsById.get(`${locale}/${kind}/${id}`) as { data: T } | undefined;

/** A written comparison's prose in `locale` (English, with `missing`, when untranslated). */
export function localPair(id: string, locale: Locale): (PairData & Picked<unknown>) | undefined {
  const english = pairEntries.get(id);
  if (!english) return undefined;
  const t = translationOf<PairTranslation>(locale, 'pairs', id)?.data;
  const picked = pick(locale, t, () => proseHash(english, pairProseFields));
  return { ...english, ...(t ? { difference: t.difference, tellApart: t.tellApart, mixedUp: t.mixedUp, whichToSend: t.whichToSend } : {}), ...picked };
}

/** A guide as a page in `locale` shows it: title, summary, symptoms and the body to render. */
export function localGuide(slug: string, locale: Locale) {
  const english = guides.find((g) => g.slug === slug)!;
  const t = translationsById.get(`${locale}/guides/${slug}`) as (typeof guideTranslations)[number] | undefined;
  const picked = pick(locale, t?.data, () => guideProseHash(english.data, english.entry.body ?? ''));
  return {
    ...picked,
    title: t?.data.title ?? english.data.title,
    summary: t?.data.summary ?? english.data.summary,
    symptoms: t?.data.symptoms ?? english.data.symptoms,
    body: t ?? english.entry,
  };
}

const protocolById = new Map(catalogue.protocols.map((p) => [p.id, p]));
/** A protocol's description and its codes' meanings in `locale`. */
export function localProtocol(protocolId: string, locale: Locale) {
  const english = protocolById.get(protocolId)!;
  const t = translationOf<ProtocolTranslation>(locale, 'protocols', protocolId)?.data;
  const picked = pick(locale, t, () => protocolProseHash(english));
  return { ...picked, about: t?.about ?? english.about, meaning: (code: number) => t?.meanings[String(code)] ?? english.codes.find((c) => c.code === code)!.meaning };
}

/**
 * A limits table's words in `locale`: each English string (limits.ts limitStrings) → its text and
 * the language it is in (English, marked so, where the translation lacks it).
 */
export function localLimits(table: string, locale: Locale): Picked<LimitsTranslation> & { say: (english: string) => { text: string; lang: Locale } } {
  const english = limitTables.get(table)!;
  const t = translationOf<LimitsTranslation>(locale, 'limits', table)?.data;
  const picked = pick(locale, t, () => limitsProseHash(english));
  return {
    ...picked,
    say: (s) => {
      const text = picked.translation?.strings[s];
      return text ? { text, lang: locale } : { text: s, lang: 'en' };
    },
  };
}

const sourceById = new Map(catalogue.sources.map((s) => [s.id, s]));
const messagesPicked = new Map<string, Picked<MessagesTranslation>>();
/** One source's message-file translation in `locale`, read once. */
function pickedMessages(sourceId: string, locale: Locale): Picked<MessagesTranslation> {
  const key = `${locale}/${sourceId}`;
  let picked = messagesPicked.get(key);
  if (!picked) {
    picked = pick(locale, translationOf<MessagesTranslation>(locale, 'messages', sourceId)?.data, () => messagesProseHash(sourceById.get(sourceId)!));
    messagesPicked.set(key, picked);
  }
  return picked;
}

/** When a message is printed, in `locale`, with the language it is written in. */
export function localWhen(m: SourcedMessage, locale: Locale): { text: string; lang: Locale; stale: boolean } {
  const picked = pickedMessages(m.sourceId, locale);
  const text = picked.translation?.when[m.index];
  return text ? { text, lang: picked.lang, stale: picked.stale } : { text: m.when, lang: 'en', stale: false };
}

/**
 * A source's name on a page in `locale`: its translation's where the English name holds more than
 * names ("Apple TLS errors (…)"), else the English name, with `lang` "en" on a page in another
 * language (the attribute its element takes).
 */
export function localSource(sourceId: string, locale: Locale): { text: string; lang: 'en' | undefined } {
  const name = pickedMessages(sourceId, locale).translation?.source;
  return name ? { text: name, lang: undefined } : { text: sourceById.get(sourceId)!.source, lang: locale === 'en' ? undefined : 'en' };
}

/** A list's messages grouped by source (lib/messages.ts), each group with its source's name on a page in `locale`. */
export const sourceGroups = (messages: readonly SourcedMessage[], locale: Locale) =>
  messagesBySource(messages).map((g) => ({ ...g, name: localSource(g.sourceId, locale) }));
