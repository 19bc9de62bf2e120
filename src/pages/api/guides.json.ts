import type { APIRoute } from 'astro';
import { guideSummaries } from '../../content.ts';
import { guidesJson } from '../../lib/catalogue-json.ts';

/** Every guide with its codes (most likely first) and its URL in each locale. */
export const GET: APIRoute = ({ site }) => Response.json(guidesJson(guideSummaries, site!));
