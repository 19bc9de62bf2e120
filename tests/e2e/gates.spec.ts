import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** axe-core's browser build, given to every page before its own scripts run (no CSP applies to it). */
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Quality gates over every page kind in every locale and colour scheme: axe finds no violation,
 * no request leaves this host, and nothing breaks the Content-Security-Policy the server sends.
 */
const locales = ['en', 'zh', 'de', 'pt', 'fr'];
const prefix = (l: string) => (l === 'en' ? '' : `/${l}`);
const kinds: Record<string, (l: string) => string> = {
  home: (l) => `${prefix(l)}/`,
  code: (l) => `${prefix(l)}/websocket/1006/`,
  comparison: (l) => `${prefix(l)}/websocket/1006-vs-1008/`,
  range: (l) => `${prefix(l)}/websocket/range/4000-4999/`,
  number: (l) => `${prefix(l)}/websocket/4004/`,
  guides: (l) => `${prefix(l)}/guides/`,
  guide: (l) => `${prefix(l)}/guides/idle-timeouts/`,
  whichCode: (l) => `${prefix(l)}/which-code/`,
  messageSource: (l) => `${prefix(l)}/messages/chromium/`,
  handshakeGuide: (l) => `${prefix(l)}/guides/handshake-failures/`,
  // A real unknown address: the server answers 404 with 404.html, and must send the same headers.
  notFound: (l) => (l === 'en' ? '/no-such-page/here' : `${prefix(l)}/not-found/`),
  search: (l) => `${prefix(l)}/search/?q=${encodeURIComponent('policy violation')}`,
};

/** Fails the test on the first request to another host, and collects CSP violations. */
async function guard(page: Page) {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') {
      outside.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    outside,
    csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

test.describe.configure({ timeout: 180_000 });

/**
 * The dark scheme changes colours only, and the same style sheet colours every language: its run
 * (contrast, links told apart) covers a Latin and a CJK locale, the light run all five.
 */
const darkLocales = new Set(['en', 'zh']);

for (const scheme of ['light', 'dark'] as const) {
  for (const locale of locales.filter((l) => scheme === 'light' || darkLocales.has(l))) {
    test(`${locale}, ${scheme}: every page kind passes axe, stays on this host and keeps to the CSP`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript({ path: axeSource });
      const { outside, csp } = await guard(page);
      for (const [kind, url] of Object.entries(kinds)) {
        const response = await page.goto(url(locale));
        if (kind === 'notFound' && locale === 'en') expect(response?.status()).toBe(404);
        expect(response?.headers()['content-security-policy'], `${kind}: CSP header`).toContain("default-src 'self'");
        expect(response?.headers()['permissions-policy'], `${kind}: Permissions-Policy`).toContain('camera=()');
        if (kind === 'search') await expect(page.locator('.search-page')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
        // A colour scheme changes colours only: the dark run checks what colours decide (contrast,
        // links told apart from text); the light run checks every rule. axe runs in the page, which
        // has had it since its first script; only violations come back (a page's passes, serialised
        // node by node, cost more than the run).
        const options: RunOptions = { resultTypes: ['violations'] };
        if (scheme === 'dark') options.runOnly = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };
        const { violations } = await page.evaluate(
          (o) => (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, o),
          options,
        );
        expect(violations.map((v) => `${kind}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
        expect(outside, `${kind}: requests to other hosts`).toEqual([]);
        expect(await csp(), `${kind}: CSP violations`).toEqual([]);
      }
    });
  }
}
