import type { APIRoute } from 'astro';
import type { Locale } from '../../i18n/locales.ts';
import { packSearchFiles, searchIndexFile } from '../../search-files.ts';
import { perLocaleParams } from '../../lib/urls.ts';

/**
 * The search's matcher index, one file per locale (searchIndexUrl): JSON in columns, block-sorted
 * and deflated (search-files.ts, deflate.ts). The browser inflates it with DecompressionStream and
 * undoes the block sort, so a reader's first search costs the compressed size on any host. What a
 * message is printed for comes in runs per source (search-when/[source].bin.ts). Listing the
 * routes starts the packing of all ten search files, which runs while the other pages render.
 */
export const getStaticPaths = () => {
  packSearchFiles();
  return perLocaleParams();
};

export const GET: APIRoute = async ({ props }) =>
  new Response(await searchIndexFile(props['locale'] as Locale), { headers: { 'Content-Type': 'application/octet-stream' } });
