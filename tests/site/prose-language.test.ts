import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLocale, locales } from '../../src/i18n/locales.ts';
import { isAliasPath, localeOfPath } from '../../src/lib/urls.ts';
import { fileFor, htmlFiles, isRedirect, readDist, urlOf } from '../helpers/dist.ts';
import { looksEnglish, textNodes } from '../helpers/text-nodes.ts';

/**
 * A zh, de, pt or fr page is written in its language: English appears only inside elements
 * marked lang="en" (identifiers, messages, IANA names, source titles), and the page's title and
 * h1 are not the English page's.
 */
const pages = htmlFiles()
  .filter((f) => !isAliasPath(urlOf(f)) && f !== '/404.html' && localeOfPath(f) !== defaultLocale)
  .map((file) => ({ file, html: readDist(file) }))
  .filter((p) => !isRedirect(p.html));

test('no zh, de, pt or fr page holds English prose outside an element marked lang="en"', () => {
  const found: string[] = [];
  for (const { file, html } of pages) {
    const own = locales[localeOfPath(file)].htmlLang;
    for (const node of textNodes(html)) {
      if (node.lang !== own) continue;
      if (looksEnglish(node.text, own)) found.push(`${file}: ${node.path.slice(-2).join('>')}: ${node.text.trim().slice(0, 400)}`);
    }
  }
  const shown = [...new Set(found.map((f) => f.replace(/^[^:]*: /, '')))];
  for (const line of shown.slice(0, 40)) console.log(`English prose: ${line}`);
  assert.equal(found.length, 0, `${found.length} English text nodes on ${new Set(found.map((f) => f.split(':')[0])).size} pages`);
  assert.ok(pages.length > 1000, `${pages.length} localized pages checked`);
});

test('every localized page has a title and h1 of its own language, not the English page\'s', () => {
  const same: string[] = [];
  for (const { file, html } of pages) {
    const english = fileFor(urlOf(file).replace(/^\/[a-z]{2}\//, '/'));
    if (!english) continue;
    const en = readDist(english);
    const title = (h: string) => /<title>([^<]*)<\/title>/.exec(h)?.[1];
    const h1 = (h: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(h)?.[1]?.replace(/<[^>]+>/g, '');
    if (title(html) === title(en)) same.push(`${file}: <title> ${title(html)}`);
    if (h1(html) === h1(en)) same.push(`${file}: <h1> ${h1(html)}`);
  }
  for (const line of same.slice(0, 20)) console.log(line);
  assert.deepEqual(same, []);
});
