import type { APIRoute } from 'astro';
import { defaultLocale } from '../i18n/locales.ts';
import { catalogue, guideSummaries, searchTranslations } from '../content.ts';
import { otherLanguages } from '../lib/search-index.ts';
import { packPhrases, type PackedOthers } from '../lib/index-format.ts';
import { packJson } from '../lib/deflate.ts';

/**
 * The root's second search file (searchOthersUrl): the phrasings and symptoms of zh, de, pt and
 * fr that the root's English index leaves out (search-index.ts indexHolds), and those languages' stop
 * words, as packed JSON (deflate.ts), the texts grouped by target (index-format.ts packPhrases). The root's search fetches it only for a
 * query in other letters or one the English index is unsure of (matcher.ts wantsOthers).
 */
export const GET: APIRoute = async () => {
  const { phrases, stop } = otherLanguages(catalogue, guideSummaries, searchTranslations(defaultLocale, true));
  const packed: PackedOthers = { phrases: packPhrases(phrases), stop };
  return new Response(await packJson(packed), { headers: { 'Content-Type': 'application/octet-stream' } });
};
