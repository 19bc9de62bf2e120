import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { catalogue, guideSummaries, localEntry, localGuide, searchTranslations } from '../../content.ts';
import { searchIndexData } from '../../lib/search-index.ts';
import { packIndex } from '../../lib/index-format.ts';
import { langParam } from '../../lib/urls.ts';
import { packJson } from '../../lib/deflate.ts';

/**
 * What the search's matcher needs (messages, phrasings, symptoms, identifiers, names) as JSON in
 * columns (index-format.ts), block-sorted and deflated (deflate.ts), one file per locale (searchIndexUrl): each holds English and its own language's texts
 * (searchTranslations), and the names and guide titles that its results show are in its language
 * (what a message is printed for comes in runs per source: search-when/[source].bin.ts). The browser inflates it with
 * DecompressionStream and undoes the block sort, so a reader's first search costs the compressed size on any host.
 */
export const getStaticPaths = () => localeCodes.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));

export const GET: APIRoute = async ({ props }) => {
  const locale = props['locale'] as Locale;
  const data = searchIndexData(catalogue, guideSummaries, searchTranslations(locale), {
    name: (code) => localEntry(code, locale).localName,
    guideTitle: (slug) => localGuide(slug, locale).title,
  });
  return new Response(await packJson(packIndex(data)), { headers: { 'Content-Type': 'application/octet-stream' } });
};
