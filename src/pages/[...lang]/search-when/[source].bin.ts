import type { APIRoute } from 'astro';
import { gzipSync } from 'node:zlib';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { catalogue, localWhen } from '../../../content.ts';
import { whenOfSource } from '../../../lib/search-index.ts';
import { langParam } from '../../../lib/urls.ts';

/**
 * What each message of one source is printed for, in the locale's language, as gzipped JSON like
 * the index (searchWhenUrl): search fetches it only for the sources of the results it shows, so
 * the matcher's index stays small. zlib, not Zopfli (gzip.ts): there are a few hundred of these
 * files, a few KB each, and Zopfli would add about 15 s to the build to save some 0.1 KB a search.
 */
export const getStaticPaths = () =>
  localeCodes.flatMap((locale) => catalogue.sources.map((_, source) => ({ params: { lang: langParam(locale), source: String(source) }, props: { locale, source } })));

export const GET: APIRoute = ({ props }) => {
  const locale = props['locale'] as Locale;
  const list = whenOfSource(catalogue, props['source'] as number, (m) => localWhen(m, locale).text);
  return new Response(gzipSync(JSON.stringify(list), { level: 9 }), { headers: { 'Content-Type': 'application/octet-stream' } });
};
