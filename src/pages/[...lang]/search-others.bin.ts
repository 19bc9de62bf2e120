import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { searchOthersFile } from '../../search-files.ts';
import { perLocaleParams } from '../../lib/urls.ts';

/**
 * A locale's second search file (searchOthersUrl): the texts in other languages than English that
 * its index leaves out, as packed JSON (search-files.ts): at the root the phrasings and symptoms of
 * zh, de, pt and fr, in a locale its own language's texts. Search fetches it only for a query that
 * wants it (matcher.ts wantsOthers).
 */
export const getStaticPaths = perLocaleParams;

export const GET: APIRoute = async ({ props }) =>
  new Response(await searchOthersFile(props['locale'] as Locale), { headers: { 'Content-Type': 'application/octet-stream' } });
