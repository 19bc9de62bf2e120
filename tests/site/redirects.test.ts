import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { localeCodes } from '../../src/i18n/locales.ts';
import { fileFor, htmlFiles, isRedirect, readDist, urlOf } from '../helpers/dist.ts';
import { loadCatalogue } from '../helpers/content.ts';
import { REDIRECT_LIMIT } from '../../src/lib/host-files.ts';

const site = 'https://websocket-close-codes.example';
const redirects = htmlFiles().map((file) => ({ file, html: readDist(file) })).filter((p) => isRedirect(p.html));
const codeCount = readdirSync('content/codes').length;
const numbers = loadCatalogue().numberPages.length;

test('redirect pages: /<code>, /<protocol number>, /websocket/<code>-<slug>/ and every reversed comparison, in every locale', () => {
  const pairs = (codeCount * (codeCount - 1)) / 2;
  assert.equal(codeCount, 19);
  assert.equal(redirects.length, (codeCount + numbers + codeCount + pairs) * localeCodes.length);
  assert.ok(redirects.some((r) => r.file === '/4004/index.html'));
  assert.ok(redirects.some((r) => r.file === '/websocket/1006-abnormal-closure/index.html'));
  assert.ok(redirects.some((r) => r.file === '/de/websocket/1010-vs-1008/index.html'));
});

test('every redirect is immediate, canonical, noindex, out of the index, and points to a page that exists', () => {
  for (const { file, html } of redirects) {
    const target = /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(html)?.[1];
    assert.ok(target, `${file}: no immediate refresh`);
    const page = fileFor(target!);
    assert.ok(page && !isRedirect(readDist(page)), `${file} → ${target} is not a page`);
    assert.match(html, new RegExp(`<link rel="canonical" href="${site}${target}"`), file);
    assert.match(html, /<meta name="robots" content="noindex"/, file);
    assert.doesNotMatch(html, /data-pagefind-body/, file);
  }
});

test('no redirect is listed in the sitemap', () => {
  const sitemap = readDist('/sitemap-0.xml');
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.slice(site.length)));
  assert.deepEqual(redirects.map((r) => urlOf(r.file)).filter((u) => listed.has(u)), []);
});

test('_redirects: a 301 for every short link and slug alias, within Cloudflare Pages\' 2,000 static rules', () => {
  const lines = readDist('/_redirects').trim().split('\n');
  assert.equal(lines.length, (codeCount + numbers + codeCount) * localeCodes.length);
  assert.ok(lines.length <= REDIRECT_LIMIT, `${lines.length} rules`);
  assert.ok(lines.includes('/1006 /websocket/1006/ 301'));
  assert.ok(lines.includes('/de/4004 /de/websocket/4004/ 301'));
  for (const line of lines) {
    const [from, to, status] = line.split(' ');
    assert.equal(status, '301');
    assert.ok(fileFor(to!), `${line}: target missing`);
    assert.ok(fileFor(from!), `${line}: no redirect page for hosts that ignore _redirects`);
  }
});

test('/api/codes.json has the 19 codes and every URL in it exists', () => {
  const { codes } = JSON.parse(readDist('/api/codes.json')) as { codes: { code: number; urls: Record<string, string> }[] };
  assert.equal(codes.length, 19);
  assert.deepEqual(codes.map((c) => c.code), [...Array.from({ length: 16 }, (_, i) => 1000 + i), 3000, 3003, 3008]);
  for (const c of codes) {
    assert.deepEqual(Object.keys(c.urls), localeCodes);
    for (const url of Object.values(c.urls)) assert.ok(fileFor(url.slice(site.length)), url);
  }
});

test('/api/ranges.json accounts for all 65,536 numbers, 1000–1015 included, and every range page exists', () => {
  const { ranges } = JSON.parse(readDist('/api/ranges.json')) as { ranges: { id: string; from: number; to: number; registered: number[]; urls: Record<string, string> | null }[] };
  assert.deepEqual(ranges.map((r) => r.id), ['0-999', '1000-1015', '1016-2999', '3000-3999', '4000-4999', '5000-65535']);
  assert.equal(ranges.reduce((n, r) => n + r.to - r.from + 1, 0), 65536);
  ranges.slice(1).forEach((r, i) => assert.equal(r.from, ranges[i]!.to + 1, r.id));
  assert.deepEqual(ranges.find((r) => r.id === '1000-1015')!.registered, Array.from({ length: 16 }, (_, i) => 1000 + i));
  assert.equal(ranges.find((r) => r.id === '1000-1015')!.urls, null);
  assert.deepEqual(ranges.find((r) => r.id === '3000-3999')!.registered, [3000, 3003, 3008]);
  for (const r of ranges) for (const url of Object.values(r.urls ?? {})) assert.ok(fileFor(url.slice(site.length)), url);
});
