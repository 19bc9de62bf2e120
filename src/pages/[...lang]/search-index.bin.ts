import type { APIRoute } from 'astro';
import { gzipSync } from 'node:zlib';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { catalogue, guideSummaries, localEntry, localGuide, localWhen, searchTranslations } from '../../content.ts';
import { searchIndexData } from '../../lib/search-index.ts';
import { langParam } from '../../lib/urls.ts';

/**
 * What the search's matcher needs (messages, phrasings, symptoms, identifiers, names) as gzipped
 * JSON, one file per locale (searchIndexUrl): each holds English and its own language's texts
 * (searchTranslations), and the names, guide titles and messages' "printed when…" that its
 * results show are in its language. The browser inflates it with
 * DecompressionStream, so a reader's first search costs the compressed size on any host.
 */
export const getStaticPaths = () => localeCodes.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));

export const GET: APIRoute = ({ props }) => {
  const locale = props['locale'] as Locale;
  const data = searchIndexData(catalogue, guideSummaries, searchTranslations(locale), {
    when: (m) => localWhen(m, locale).text,
    name: (code) => localEntry(code, locale).localName,
    guideTitle: (slug) => localGuide(slug, locale).title,
  });
  return new Response(gzipSync(JSON.stringify(data), { level: 9 }), { headers: { 'Content-Type': 'application/octet-stream' } });
};
