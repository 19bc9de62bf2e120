import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { catalogue, localSource, localWhen } from '../../../content.ts';
import { whenList, whenOfSource, whenRuns } from '../../../lib/search-index.ts';
import { smallListResponse } from '../../../lib/deflate.ts';
import { langParam } from '../../../lib/urls.ts';

/**
 * What a run of one source's messages is printed for (urls.ts whenFile: "21-3" is source 21's
 * fourth run of WHEN_CHUNK), in the locale's language, as deflated JSON like the index
 * (searchWhenUrl), after the source's name (whenList): search fetches only the runs of the results it shows, so neither the matcher's
 * index nor a first search carries them all. zlib, not Zopfli (deflate.ts): there are over a thousand
 * of these files, each well under 2 KB, and Zopfli would slow the build for a few bytes a search.
 */
// Each source's list is read once per locale, then cut into its runs.
export const getStaticPaths = () =>
  localeCodes.flatMap((locale: Locale) => {
    const lists = catalogue.sources.map((_, source) => whenOfSource(catalogue, source, (m) => localWhen(m, locale).text));
    return whenRuns(catalogue).map((r) => ({ params: { lang: langParam(locale), source: r.file }, props: { list: whenList(catalogue, r, lists[r.source]!, localSource(catalogue.sources[r.source]!.id, locale).text) } }));
  });

export const GET: APIRoute = ({ props }) => smallListResponse(props['list'] as string[]);
