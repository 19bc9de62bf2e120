import type { Route } from './routes.ts';

/**
 * Files that static hosts such as Netlify and Cloudflare Pages read: _redirects turns every
 * redirect page into a real HTTP 301, and _headers sends the security headers with every page.
 * Hosts that ignore them still get the meta-refresh pages and 404.html.
 */
/**
 * Only the addresses other software prints get a real 301 here: the short links (/1006, /de/4004)
 * and the slug aliases, in the form without a trailing slash that links use. Reversed comparisons
 * and the trailing-slash forms are served by their meta-refresh pages. So the file grows by
 * 5 lines per page-bearing number and 5 per registered code (5 locales), not with the square of
 * the codes, and stays under Cloudflare Pages' 2,000 static rules (REDIRECT_LIMIT).
 */
export const REDIRECT_LIMIT = 2000;

export function redirectLines(routes: readonly Route[]): string[] {
  return routes.flatMap((r) => (r.kind === 'redirect' && !/-vs-/.test(r.path) ? [`${r.path.replace(/\/$/, '')} ${r.to} 301`] : []));
}

export function redirectsFile(routes: readonly Route[]): string {
  const lines = redirectLines(routes);
  if (lines.length > REDIRECT_LIMIT) throw new Error(`_redirects would hold ${lines.length} rules, over the ${REDIRECT_LIMIT} that Cloudflare Pages accepts`);
  return `${lines.join('\n')}\n`;
}

export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}
