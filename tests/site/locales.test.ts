import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLocale, localeCodes, locales } from '../../src/i18n/locales.ts';
import { isAliasPath, localeOfPath } from '../../src/lib/urls.ts';
import { fileFor, htmlFiles, isRedirect, linksIn, readDist, urlOf } from '../helpers/dist.ts';

const site = 'https://websocket-close-codes.example';
const pages = htmlFiles()
  .filter((f) => !isAliasPath(urlOf(f)) && f !== '/404.html')
  .map((file) => ({ file, html: readDist(file) }))
  .filter((p) => !isRedirect(p.html));

test('every locale has the same number of pages', () => {
  const counts = Object.fromEntries(localeCodes.map((l) => [l, pages.filter((p) => localeOfPath(p.file) === l).length]));
  const en = counts[defaultLocale]!;
  assert.ok(en > 190, `English has ${en} pages`);
  for (const l of localeCodes) assert.equal(counts[l], en, `${l} has ${counts[l]} pages, English ${en}`);
});

test('every page declares its language and has hreflang links to all five locales that exist and link back', () => {
  for (const { file, html } of pages) {
    const locale = localeOfPath(file);
    assert.match(html, new RegExp(`<html lang="${locales[locale].htmlLang}"`), file);
    const alternates = new Map([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    assert.equal(alternates.size, localeCodes.length + 1, `${file}: ${[...alternates.keys()]}`);
    assert.ok(alternates.has('x-default'), `${file}: x-default`);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    assert.equal(canonical, `${site}${urlOf(file)}`, `${file}: canonical`);
    for (const l of localeCodes) {
      const href = alternates.get(locales[l].htmlLang);
      assert.ok(href?.startsWith(site), `${file}: hreflang ${l}`);
      const target = fileFor(href!.slice(site.length));
      assert.ok(target, `${file}: hreflang ${l} → ${href} does not exist`);
      const back = readDist(target!);
      assert.ok(back.includes(`hreflang="${locales[locale].htmlLang}" href="${canonical}"`), `${target} does not link back to ${file}`);
    }
  }
});

test('links on a localized page stay in its locale, except the language switcher and hreflang', () => {
  const leaks: string[] = [];
  for (const { file, html } of pages) {
    const locale = localeOfPath(file);
    const body = html.replace(/<nav class="languages"[\s\S]*?<\/nav>/, '').replace(/<link rel="alternate"[^>]*>/g, '');
    for (const link of linksIn(body)) {
      if (!link.startsWith('/') || link.startsWith('//') || /^\/(_astro|pagefind|favicon|opensearch|api)/.test(link)) continue;
      if (localeOfPath(link) !== locale) leaks.push(`${file} → ${link}`);
    }
  }
  assert.deepEqual(leaks.slice(0, 20), []);
});

test('sitemap.xml lists every page with its alternates and no redirect', () => {
  const sitemap = readDist('/sitemap-0.xml');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  assert.equal(urls.length, pages.length);
  assert.ok(sitemap.includes('hreflang="zh-Hans"'));
  for (const url of urls) {
    const file = fileFor(url.slice(site.length));
    assert.ok(file && !isRedirect(readDist(file)), `${url} in the sitemap is not a page`);
  }
});

test('no English UI string appears on a zh, de, pt or fr page outside content marked lang="en"', async () => {
  const { en } = await import('../../src/i18n/en.ts');
  const { dictionaries } = await import('../../src/i18n/t.ts');
  const found: string[] = [];
  for (const { file, html } of pages) {
    const locale = localeOfPath(file);
    if (locale === defaultLocale) continue;
    const text = html
      .replace(/<head>[\s\S]*?<\/head>/, '')
      .replace(/<(\w+)[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ');
    for (const [key, english] of Object.entries(en)) {
      if (english === (dictionaries[locale] as Record<string, string>)[key]) continue;
      // The fixed part of the string, without placeholders, long enough to mean something.
      for (const part of english.split(/\{\w+\}/).map((p) => p.trim()).filter((p) => p.length >= 12)) {
        if (text.includes(part)) found.push(`${file}: "${part}" (${key})`);
      }
    }
  }
  assert.deepEqual(found.slice(0, 20), []);
});
