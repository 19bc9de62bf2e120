import type { APIRoute } from 'astro';
import { locales, type Locale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { openSearchXml } from '../../lib/opensearch.ts';
import { perLocaleParams, searchUrl } from '../../lib/urls.ts';

export const getStaticPaths = perLocaleParams;

export const GET: APIRoute = ({ props, site }) => {
  const locale = props['locale'] as Locale;
  const body = openSearchXml({
    shortName: t(locale, 'search.shortName'),
    description: t(locale, 'search.label'),
    searchPage: new URL(searchUrl(locale), site).href,
    language: locales[locale].htmlLang,
    icon: new URL('/favicon.svg', site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
