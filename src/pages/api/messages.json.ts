import type { APIRoute } from 'astro';
import { catalogue } from '../../content.ts';
import { messagesJson } from '../../lib/search-index.ts';

/** The message catalogue, for tools: every source with its messages, codes, files and versions. */
export const GET: APIRoute = () => Response.json(messagesJson(catalogue));
