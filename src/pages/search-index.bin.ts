import type { APIRoute } from 'astro';
import { gzipSync } from 'node:zlib';
import { catalogue, guideSummaries, searchTranslations } from '../content.ts';
import { searchIndexData } from '../lib/search-index.ts';

/**
 * What the search's matcher needs (messages, phrasings, symptoms, identifiers, names) as gzipped
 * JSON. The browser inflates it with DecompressionStream, so a reader's first search costs the
 * compressed size on any host, whether or not the host compresses JSON itself.
 */
export const GET: APIRoute = () =>
  new Response(gzipSync(JSON.stringify(searchIndexData(catalogue, guideSummaries, searchTranslations)), { level: 9 }), { headers: { 'Content-Type': 'application/octet-stream' } });
