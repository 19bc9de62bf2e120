// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { locales, defaultLocale, localeCodes } from './src/i18n/locales.ts';
import { pagefind } from './src/integrations/pagefind.ts';

export const site = process.env.SITE_URL ?? 'https://websocket-close-codes.example';

export default defineConfig({
  site,
  // The broken-fixture build tests use their own cache and output so they never touch dist/.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // 'jsx' (the v7 default) glues inline words together in the text Pagefind indexes.
  compressHTML: true,
  i18n: {
    locales: localeCodes,
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((l) => [l, locales[l].htmlLang])),
      },
    }),
    pagefind(),
  ],
});
