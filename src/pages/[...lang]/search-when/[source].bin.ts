import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { catalogue, localWhen } from '../../../content.ts';
import { whenOfSource } from '../../../lib/search-index.ts';
import { langParam } from '../../../lib/urls.ts';
import { gzipJson } from '../../../lib/gzip.ts';

/**
 * What each message of one source is printed for, in the locale's language, as gzipped JSON like
 * the index (searchWhenUrl): search fetches it only for the sources of the results it shows, so
 * the matcher's index stays small.
 */
export const getStaticPaths = () =>
  localeCodes.flatMap((locale) => catalogue.sources.map((_, source) => ({ params: { lang: langParam(locale), source: String(source) }, props: { locale, source } })));

export const GET: APIRoute = async ({ props }) => {
  const locale = props['locale'] as Locale;
  const list = whenOfSource(catalogue, props['source'] as number, (m) => localWhen(m, locale).text);
  return new Response(await gzipJson(list), { headers: { 'Content-Type': 'application/octet-stream' } });
};
