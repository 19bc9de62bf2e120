// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { locales, defaultLocale, localeCodes } from './src/i18n/locales.ts';
import { isAliasPath } from './src/lib/urls.ts';
import { securityHeaders } from './src/lib/security.ts';

export const site = process.env.SITE_URL ?? 'https://websocket-close-codes.example';

export default defineConfig({
  site,
  // The broken-fixture build tests use their own cache and output so they never touch dist/.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // 'ignore' so that /1006 (no slash, as error messages print it) is served like /1006/ under astro preview.
  trailingSlash: 'ignore',
  // 'jsx' (the v7 default) glues inline words together in the text Pagefind indexes.
  compressHTML: true,
  // astro preview (the test server) sends the same headers that _headers gives static hosts.
  server: { headers: securityHeaders },
  // External stylesheets only: the Content-Security-Policy allows no inline style.
  build: { inlineStylesheets: 'never' },
  // Likewise every script is a file of its own (Astro inlines scripts under this limit).
  // No modulepreload helper: the search loader must stay tiny.
  // The search UI is a bundle of its own, loaded by URL on first use (src/scripts/search-loader.ts).
  // The search bundle ships without comments: the minifier keeps 25 `/* @__PURE__ */` annotations
  // (0.4 KB of the cold search's 120 KB budget) that no later bundler reads.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false }, worker: { format: 'es', rolldownOptions: { output: { comments: false } } } },
  i18n: {
    locales: [...localeCodes],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  // No syntax highlighting: Shiki colours code with inline styles, which the CSP forbids.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !isAliasPath(new URL(page).pathname),
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((l) => [l, locales[l].htmlLang])),
      },
    }),
  ],
});
