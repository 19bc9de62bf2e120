import type { APIRoute } from 'astro';
import { catalogue, entries } from '../../content.ts';
import { rangesJson } from '../../lib/catalogue-json.ts';

export const GET: APIRoute = ({ site }) => Response.json(rangesJson(entries, site!, catalogue.numberPages));
