import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { localeCodes } from '../../src/i18n/locales.ts';
import { fileFor, htmlFiles, isRedirect, readDist, urlOf } from '../helpers/dist.ts';

const site = 'https://websocket-close-codes.example';
const redirects = htmlFiles().map((file) => ({ file, html: readDist(file) })).filter((p) => isRedirect(p.html));
const codeCount = readdirSync('content/codes').length;

test('redirect pages: /<code>, /websocket/<code>-<slug>/ and every reversed comparison, in every locale', () => {
  const pairs = (codeCount * (codeCount - 1)) / 2;
  assert.equal(codeCount, 19);
  assert.equal(redirects.length, (codeCount + codeCount + pairs) * localeCodes.length);
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

test('_redirects turns every redirect page into a 301 to an existing page', () => {
  const lines = readDist('/_redirects').trim().split('\n');
  assert.equal(lines.length, redirects.length * 2);
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

test('/api/ranges.json lists the five range pages, each existing', () => {
  const { ranges } = JSON.parse(readDist('/api/ranges.json')) as { ranges: { id: string; registered: number[]; urls: Record<string, string> }[] };
  assert.deepEqual(ranges.map((r) => r.id), ['0-999', '1016-2999', '3000-3999', '4000-4999', '5000-65535']);
  assert.deepEqual(ranges.find((r) => r.id === '3000-3999')!.registered, [3000, 3003, 3008]);
  for (const r of ranges) for (const url of Object.values(r.urls)) assert.ok(fileFor(url.slice(site.length)), url);
});
