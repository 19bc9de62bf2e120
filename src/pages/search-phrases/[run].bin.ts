import type { APIRoute } from 'astro';
import { catalogue, guideSummaries } from '../../content.ts';
import { phraseTexts } from '../../lib/search-index.ts';
import { smallListResponse } from '../../lib/deflate.ts';
import { PHRASE_CHUNK } from '../../lib/urls.ts';

/**
 * A run of PHRASE_CHUNK of the index's phrases as written (urls.ts phraseRun, searchPhrasesUrl):
 * the index carries phrasings and symptoms in their matching form (search-index.ts matchingText),
 * and a result that one of them found shows it from here once the result is on screen. Deflated JSON
 * by zlib, as the "printed when…" runs are (search-when/[source].bin.ts). One set for every locale:
 * every locale's index holds the same English phrases (search-index.ts indexHolds), each locale's
 * own language coming as written in its second file. (Until round thirty-six each locale had its
 * own runs, 693 files each, the same bytes once the indexes held English alone.)
 */
export const getStaticPaths = () => {
  const texts = phraseTexts(catalogue, guideSummaries);
  return Array.from({ length: Math.ceil(texts.length / PHRASE_CHUNK) }, (_, run) => ({
    params: { run: String(run) },
    props: { list: texts.slice(run * PHRASE_CHUNK, (run + 1) * PHRASE_CHUNK) },
  }));
};

export const GET: APIRoute = ({ props }) => smallListResponse(props['list'] as string[]);
