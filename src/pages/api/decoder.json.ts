import type { APIRoute } from 'astro';
import { entries } from '../../content.ts';
import { decoderData } from '../../lib/decoder.ts';
import { libraries } from '../../lib/libraries.ts';

/** What the search's decoder needs, built from the entries: codes, names and identifiers. */
export const GET: APIRoute = () =>
  Response.json({
    ...decoderData(entries, Object.fromEntries(Object.entries(libraries).map(([key, lib]) => [key, lib.name]))),
    names: Object.fromEntries(entries.map((e) => [e.code, e.name])),
  });
