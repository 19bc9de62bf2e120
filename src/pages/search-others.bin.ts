import type { APIRoute } from 'astro';
import { searchOthersFile } from '../search-files.ts';

/**
 * The root's second search file (searchOthersUrl): the phrasings and symptoms of zh, de, pt and
 * fr that the root's English index leaves out, as packed JSON (search-files.ts). The root's
 * search fetches it only for a query in other letters or one the English index is unsure of
 * (matcher.ts wantsOthers).
 */
export const GET: APIRoute = async () => new Response(await searchOthersFile(), { headers: { 'Content-Type': 'application/octet-stream' } });
