import { localeCodes, type Locale } from './i18n/locales.ts';
import { catalogue, guideSummaries, localEntry, localGuide, searchTranslations } from './content.ts';
import { otherLanguages, searchIndexData } from './lib/search-index.ts';
import { packIndex, packPhrases, type PackedOthers } from './lib/index-format.ts';
import { packJson } from './lib/deflate.ts';

/**
 * The search's packed files, each packed once per build: every locale's matcher index
 * (search-index.bin.ts) and its phrasings in other languages (search-others.bin.ts). Packing an
 * index takes 3–4 s on a thread of its own (deflate.ts packJson), so the build starts all ten as
 * soon as it lists its routes (packSearchFiles, from search-index.bin.ts getStaticPaths) and
 * renders its other pages meanwhile; each file's route then takes what is ready.
 */
const files = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

function pack(key: string, value: () => unknown): Promise<Uint8Array<ArrayBuffer>> {
  let file = files.get(key);
  if (!file) {
    file = packJson(value());
    files.set(key, file);
  }
  return file;
}

/**
 * What the search's matcher needs (messages, phrasings, symptoms, identifiers, names) in columns
 * (index-format.ts), for one locale: the English texts (no translation: search-index.ts
 * indexHolds), with the names and guide titles its results show in its language.
 */
export const searchIndexFile = (locale: Locale) =>
  pack(locale, () =>
    packIndex(
      searchIndexData(catalogue, guideSummaries, undefined, {
        name: (code) => localEntry(code, locale).localName,
        guideTitle: (slug) => localGuide(slug, locale).title,
      }),
    ),
  );

/**
 * The texts in other languages that a locale's index leaves out (search-index.ts indexHolds): at
 * the root the phrasings and symptoms of zh, de, pt and fr, in a locale its own language's texts;
 * with the stop words of those languages, the texts grouped by target (index-format.ts packPhrases).
 */
export const searchOthersFile = (locale: Locale) =>
  pack(`others:${locale}`, () => {
    const { phrases, stop } = otherLanguages(catalogue, guideSummaries, searchTranslations(locale, true));
    const packed: PackedOthers = { phrases: packPhrases(phrases), stop };
    return packed;
  });

/**
 * Starts packing all ten in the order their routes are rendered: the indexes, then the second
 * files. (Second files first, the build waited 2.3–2.6 s for each index once its route came.)
 */
export function packSearchFiles(): void {
  for (const locale of localeCodes) void searchIndexFile(locale);
  for (const locale of localeCodes) void searchOthersFile(locale);
}
