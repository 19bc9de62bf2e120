import type { APIRoute } from 'astro';
import { entries } from '../../content.ts';
import { codesJson } from '../../lib/catalogue-json.ts';

export const GET: APIRoute = ({ site }) => Response.json(codesJson(entries, site!));
