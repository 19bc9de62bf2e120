import type { APIRoute } from 'astro';
import { routes } from '../content.ts';
import { headersFile, redirectsFile } from '../lib/host-files.ts';
import { securityHeaders } from '../lib/security.ts';

/** _redirects and _headers at the root of dist/ (file names starting with _ are not routed). */
export const getStaticPaths = () => [{ params: { hostFile: '_redirects' } }, { params: { hostFile: '_headers' } }];

export const GET: APIRoute = ({ params }) =>
  new Response(params['hostFile'] === '_redirects' ? redirectsFile(routes) : headersFile(securityHeaders), { headers: { 'Content-Type': 'text/plain' } });
