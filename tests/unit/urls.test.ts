import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeUrl, compareUrl, homeUrl, isAliasPath, localeOfPath, notFoundUrl, rangeUrl, searchUrl, slugOf, switchLocale } from '../../src/lib/urls.ts';
import { allRoutes, localeRoutes } from '../../src/lib/routes.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { rangePages, spanOf } from '../../src/lib/ranges.ts';

test('code, comparison, range and search URLs follow the public URL contract', () => {
  assert.equal(codeUrl('en', 1006), '/websocket/1006/');
  assert.equal(codeUrl('zh', 1006), '/zh/websocket/1006/');
  assert.equal(compareUrl('en', 1008, 1006), '/websocket/1006-vs-1008/');
  assert.equal(compareUrl('de', 1006, 1008), '/de/websocket/1006-vs-1008/');
  assert.equal(rangeUrl('fr', spanOf(4321)), '/fr/websocket/range/4000-4999/');
  assert.equal(homeUrl('en'), '/');
  assert.equal(homeUrl('pt'), '/pt/');
  assert.equal(searchUrl('en', '1006 vs 1001'), '/search/?q=1006%20vs%201001');
  assert.equal(notFoundUrl('en'), '/404.html');
  assert.equal(notFoundUrl('de'), '/de/not-found/');
});

test('slugOf turns an IANA name into a URL segment', () => {
  assert.equal(slugOf('Abnormal Closure'), 'abnormal-closure');
  assert.equal(slugOf('TLS handshake'), 'tls-handshake');
  assert.equal(slugOf('Unsupported Data'), 'unsupported-data');
});

test('switchLocale keeps the reader on the same page', () => {
  assert.equal(switchLocale('/de/websocket/1006-vs-1008/', 'fr'), '/fr/websocket/1006-vs-1008/');
  assert.equal(switchLocale('/websocket/1006/', 'zh'), '/zh/websocket/1006/');
  assert.equal(switchLocale('/zh/websocket/1006/', 'en'), '/websocket/1006/');
  assert.equal(switchLocale('/de/', 'en'), '/');
  assert.equal(switchLocale('/', 'pt'), '/pt/');
  assert.equal(localeOfPath('/design/'), 'en', 'a path that merely starts like a locale is English');
});

test('the routes hold one page per code, pair, range, home and search in every locale', () => {
  const codes = [1000, 1006, 1008, 1010];
  const one = localeRoutes('en', codes);
  assert.equal(one.filter((r) => r.kind === 'code').length, 4);
  assert.equal(one.filter((r) => r.kind === 'compare').length, 6);
  assert.equal(one.filter((r) => r.kind === 'range').length, rangePages.length);
  const all = allRoutes(codes.map((code) => ({ code, name: `Name ${code}` }))).filter((r) => r.kind !== 'redirect');
  assert.equal(all.length, one.length * localeCodes.length);
  assert.equal(new Set(all.map((r) => r.path)).size, all.length, 'every path is unique');
});

test('every number 0–65535 falls in exactly one span', () => {
  assert.equal(spanOf(0).id, '0-999');
  assert.equal(spanOf(1015).id, '1000-1015');
  assert.equal(spanOf(1016).id, '1016-2999');
  assert.equal(spanOf(3999).id, '3000-3999');
  assert.equal(spanOf(4000).id, '4000-4999');
  assert.equal(spanOf(65535).id, '5000-65535');
  assert.throws(() => spanOf(65536), /not a close code number/);
});

test('isAliasPath marks exactly the redirects that routes.ts makes', () => {
  const codes = [1000, 1006, 1008].map((code) => ({ code, name: `Name ${code}` }));
  const routes = allRoutes(codes);
  for (const r of routes) assert.equal(isAliasPath(r.path), r.kind === 'redirect', `${r.kind} ${r.path}`);
  assert.equal(isAliasPath('/de/not-found/'), true);
  assert.equal(isAliasPath('/404.html'), true);
});
