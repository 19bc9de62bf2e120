import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { catalogue, guideSummaries, searchTranslations } from '../../../content.ts';
import { phraseTexts } from '../../../lib/search-index.ts';
import { smallListResponse } from '../../../lib/deflate.ts';
import { langParam, PHRASE_CHUNK } from '../../../lib/urls.ts';

/**
 * A run of PHRASE_CHUNK of a locale's index phrases as written (urls.ts phraseRun, searchPhrasesUrl):
 * the index carries phrasings and symptoms in their matching form (search-index.ts matchingText),
 * and a result that one of them found shows it from here once the result is on screen. Deflated JSON
 * by zlib, as the "printed when…" runs are (search-when/[source].bin.ts).
 */
// Each locale's phrases are read once, then cut into runs.
export const getStaticPaths = () =>
  localeCodes.flatMap((locale: Locale) => {
    const texts = phraseTexts(catalogue, guideSummaries, searchTranslations(locale));
    return Array.from({ length: Math.ceil(texts.length / PHRASE_CHUNK) }, (_, run) => ({
      params: { lang: langParam(locale), run: String(run) },
      props: { list: texts.slice(run * PHRASE_CHUNK, (run + 1) * PHRASE_CHUNK) },
    }));
  });

export const GET: APIRoute = ({ props }) => smallListResponse(props['list'] as string[]);
