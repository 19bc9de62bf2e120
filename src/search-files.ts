import { localeCodes, defaultLocale, type Locale } from './i18n/locales.ts';
import { catalogue, guideSummaries, localEntry, localGuide, searchTranslations } from './content.ts';
import { otherLanguages, searchIndexData } from './lib/search-index.ts';
import { packIndex, packPhrases, type PackedOthers } from './lib/index-format.ts';
import { packJson } from './lib/deflate.ts';

/**
 * The search's six packed files, each packed once per build: every locale's matcher index
 * (search-index.bin.ts) and the root's other languages (search-others.bin.ts). Packing one takes
 * 3–4 s on a thread of its own (deflate.ts packJson), so the build starts all six as soon as it
 * lists its routes (packSearchFiles, from search-index.bin.ts getStaticPaths) and renders its
 * other pages meanwhile; each file's route then takes what is ready.
 */
const files = new Map<Locale | 'others', Promise<Uint8Array<ArrayBuffer>>>();

function pack(key: Locale | 'others', value: () => unknown): Promise<Uint8Array<ArrayBuffer>> {
  let file = files.get(key);
  if (!file) {
    file = packJson(value());
    files.set(key, file);
  }
  return file;
}

/**
 * What the search's matcher needs (messages, phrasings, symptoms, identifiers, names) in columns
 * (index-format.ts), for one locale: English and its own language's texts (searchTranslations),
 * the names and guide titles its results show in its language.
 */
export const searchIndexFile = (locale: Locale) =>
  pack(locale, () =>
    packIndex(
      searchIndexData(catalogue, guideSummaries, searchTranslations(locale), {
        name: (code) => localEntry(code, locale).localName,
        guideTitle: (slug) => localGuide(slug, locale).title,
      }),
    ),
  );

/**
 * The phrasings and symptoms of zh, de, pt and fr that the root's English index leaves out
 * (search-index.ts indexHolds), and those languages' stop words, the texts grouped by target
 * (index-format.ts packPhrases).
 */
export const searchOthersFile = () =>
  pack('others', () => {
    const { phrases, stop } = otherLanguages(catalogue, guideSummaries, searchTranslations(defaultLocale, true));
    const packed: PackedOthers = { phrases: packPhrases(phrases), stop };
    return packed;
  });

/** Starts packing all six, the root's other languages first (its route is rendered before the indexes). */
export function packSearchFiles(): void {
  void searchOthersFile();
  for (const locale of localeCodes) void searchIndexFile(locale);
}
