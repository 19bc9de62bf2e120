import type { APIRoute } from 'astro';
import { catalogue } from '../../content.ts';
import { protocolsJson } from '../../lib/catalogue-json.ts';

/** Every protocol that defines close codes of its own, with each code, its meaning and source. */
export const GET: APIRoute = ({ site }) => Response.json(protocolsJson(catalogue, site!));
