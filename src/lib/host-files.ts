import type { Route } from './routes.ts';

/**
 * Files that static hosts such as Netlify and Cloudflare Pages read: _redirects turns every
 * redirect page into a real HTTP 301, and _headers sends the security headers with every page.
 * Hosts that ignore them still get the meta-refresh pages and 404.html.
 */
export function redirectsFile(routes: readonly Route[]): string {
  const lines = routes.flatMap((r) => (r.kind === 'redirect' ? [`${r.path} ${r.to} 301`, `${r.path.replace(/\/$/, '')} ${r.to} 301`] : []));
  return `${lines.join('\n')}\n`;
}

export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}
