import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { localeCodes } from '../../src/i18n/locales.ts';
import { localePrefix, whenFile } from '../../src/lib/urls.ts';
import { whenRuns } from '../../src/lib/search-index.ts';
import { distDir, distFiles, fileFor, htmlFiles, isRedirect, linksIn, readDist } from '../helpers/dist.ts';
import { loadCatalogue } from '../helpers/content.ts';

const pages = htmlFiles().filter((f) => !isRedirect(readDist(f)));
const catalogue = loadCatalogue();

for (const locale of localeCodes) {
  const prefix = localePrefix(locale);
  test(`${locale}: exactly 19 code pages, one page per protocol-defined number, and 171 comparison pages`, () => {
    const numberPages = pages.filter((f) => new RegExp(`^${prefix}/websocket/\\d+/index\\.html$`).test(f));
    const comparePages = pages.filter((f) => new RegExp(`^${prefix}/websocket/\\d+-vs-\\d+/index\\.html$`).test(f));
    assert.equal(catalogue.codes.length, 19);
    assert.ok(catalogue.numberPages.length >= 50, `${catalogue.numberPages.length} protocol numbers`);
    assert.equal(numberPages.length, 19 + catalogue.numberPages.length);
    assert.equal(comparePages.length, 171);
    for (const f of comparePages) {
      const [, a, b] = /(\d+)-vs-(\d+)/.exec(f)!;
      assert.ok(Number(a) < Number(b), `${f}: lower code first`);
    }
  });
}

test('every internal link and asset resolves to a built file', () => {
  const broken: string[] = [];
  for (const file of htmlFiles()) {
    for (const link of linksIn(readDist(file))) {
      if (!link.startsWith('/') || link.startsWith('//')) continue;
      if (!fileFor(link)) broken.push(`${file} → ${link}`);
    }
  }
  assert.deepEqual(broken.slice(0, 20), []);
});

test('every #fragment link points to an element with that id', () => {
  const broken: string[] = [];
  for (const file of htmlFiles()) {
    const html = readDist(file);
    for (const link of linksIn(html)) {
      const hash = link.indexOf('#');
      if (hash < 0 || link.startsWith('//') || /^[a-z]+:/i.test(link)) continue;
      const path = link.slice(0, hash);
      const target = path === '' ? file : fileFor(path);
      const id = decodeURIComponent(link.slice(hash + 1));
      if (!target || !readDist(target).includes(`id="${id}"`)) broken.push(`${file} → ${link}`);
    }
  }
  assert.deepEqual(broken.slice(0, 20), []);
});

test("dist/ holds the search's when-runs for every source in every locale, and fewer files than the 20,000 Cloudflare Pages' free plan takes", () => {
  const files = distFiles();
  const runs = whenRuns(catalogue);
  for (const locale of localeCodes) {
    const folder = join(distDir, localePrefix(locale), 'search-when');
    assert.equal(readdirSync(folder).length, runs.length, `${folder}: one file per run of WHEN_CHUNK messages`);
  }
  assert.ok(files.length < 20_000, `dist/ holds ${files.length} files (README, Deployment notes)`);
});

/**
 * A source whose English name holds more than names is named in the page's language on its page,
 * in the code pages' lists and in the search's sentence (the first entry of its "printed when…"
 * files); a source named by names alone stays English, marked lang="en" on a localized page.
 */
test('a source is named in the page\'s language where its name holds words, and marked English where it stays English', () => {
  const h1 = (path: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readDist(fileFor(path)!))?.[1];
  assert.equal(h1('/messages/windows-sockets/'), 'Messages printed by <span>Windows Sockets (Winsock) error texts</span>');
  assert.equal(h1('/de/messages/windows-sockets/'), 'Meldungen von <span>Windows Sockets (Winsock, Fehlertexte)</span>');
  assert.equal(h1('/fr/messages/firefox-l10n/'), 'Messages affichés par <span>Firefox dans d&#39;autres langues</span>');
  assert.equal(h1('/de/messages/ws/'), 'Meldungen von <span lang="en">Node ws</span>');
  const summaries = (path: string) => [...readDist(fileFor(path)!).matchAll(/<summary>(<span[^>]*>[^<]*<\/span>)/g)].map((m) => m[1]);
  assert.ok(summaries('/zh/websocket/1015/').includes('<span>Ably JavaScript 客户端（ably-js）</span>'), 'the 1015 page in Chinese names ably-js in Chinese');
  assert.ok(summaries('/zh/websocket/1015/').includes('<span lang="en">Python aiohttp</span>'), 'and aiohttp in English, marked');
  const source = catalogue.sources.findIndex((s) => s.id === 'windows-sockets');
  const first = (locale: string) => JSON.parse(inflateSync(readFileSync(join(distDir, locale, 'search-when', `${whenFile(source, 0)}.bin`))).toString())[0];
  assert.deepEqual([first(''), first('de'), first('pt')], ['Windows Sockets (Winsock) error texts', 'Windows Sockets (Winsock, Fehlertexte)', 'Windows Sockets (Winsock, textos de erro)']);
});
