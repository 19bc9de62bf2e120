import { getCollection } from 'astro:content';
import { assertNoProblems, bodyProblems, catalogueProblems, checkCatalogue, messageProblems } from './lib/catalogue-checks.ts';
import { buildCatalogue } from './lib/catalogue.ts';
import { guideProblems, pairProblems } from './lib/catalogue-checks.ts';
import { guideHeadings, type GuideSummary } from './lib/search-index.ts';
import type { PairData } from './lib/schemas/pair.ts';
import type { LimitTable } from './lib/schemas/limits.ts';
import { strayFiles } from './lib/content-root.ts';
import { allRoutes } from './lib/routes.ts';
import { handshakeMessages } from './lib/messages.ts';
import { localize, translationKey, type LocalEntry } from './lib/localize.ts';
import type { Locale } from './i18n/locales.ts';
import type { CodeData } from './lib/schema.ts';

/**
 * The collections, read and checked once per build. Every page imports from here instead of
 * calling getCollection itself. A cross-entry problem throws, failing the build with the file
 * and field named.
 */
const [loadedCodes, loadedMessages, loadedProtocols, loadedGuides, loadedPairs, loadedLimits, loadedTranslations] = await Promise.all([
  getCollection('codes'),
  getCollection('messages'),
  getCollection('protocols'),
  getCollection('guides'),
  getCollection('pairs'),
  getCollection('limits'),
  getCollection('translations'),
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
);

/** Message source id → its repository, for links to the file that prints a message. */
export const sourceRepos: ReadonlyMap<string, string | undefined> = new Map(catalogue.sources.map((s) => [s.id, s.repo]));

export const codes: number[] = entries.map((e) => e.code);
export const byCode: ReadonlyMap<number, CodeData> = new Map(entries.map((e) => [e.code, e]));
export const routes = allRoutes(entries, catalogue.numberPages, guides.map((g) => g.slug));

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

/** The translated phrasings of each code, for search in every language. */
export const translatedPhrasings: ReadonlyMap<number, string[]> = new Map(
  entries.map((e) => [e.code, loadedTranslations.filter((t) => translationKey(t.id)?.[1] === e.code).flatMap((t) => t.data.phrasings)]),
);

/** Messages of a failed opening handshake, listed by the guide that shows them (`showMessages`). */
export const handshakeList = handshakeMessages(catalogue);
export const handshakeGuide = guides.find((g) => g.data.showMessages === 'handshake');

/** The entry for a code the routes promised exists. */
export function entry(code: number): CodeData {
  const found = byCode.get(code);
  if (!found) throw new Error(`No entry for close code ${code}`);
  return found;
}
