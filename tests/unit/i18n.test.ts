import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from '../../src/i18n/en.ts';
import { dictionaries, searchStringsJson, t, textOf } from '../../src/i18n/t.ts';
import { searchStringKeys } from '../../src/lib/search-strings.ts';
import { localeCodes } from '../../src/i18n/locales.ts';

const keys = Object.keys(en);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

for (const locale of localeCodes) {
  test(`${locale}: has every UI key, no extra key, and the same placeholders as English`, () => {
    const dict = dictionaries[locale] as Record<string, string>;
    assert.deepEqual(keys.filter((k) => !(k in dict)), [], 'missing keys');
    assert.deepEqual(Object.keys(dict).filter((k) => !(k in en)), [], 'extra keys');
    for (const key of keys) {
      assert.ok(dict[key]!.trim().length > 0, `${key} is empty`);
      assert.deepEqual(placeholders(dict[key]!), placeholders(en[key as keyof typeof en]), `${locale} ${key} placeholders`);
    }
  });
}

for (const locale of localeCodes.filter((l) => l !== 'en')) {
  test(`${locale}: chrome strings are translated, not copied from English`, () => {
    const dict = dictionaries[locale] as Record<string, string>;
    // Values that may legitimately equal English: proper names, numbers, and French words
    // spelled as in English (Description) or pure placeholders.
    const same = keys.filter((k) => dict[k] === en[k as keyof typeof en] && /[a-z]{4,}/i.test(dict[k]!.replace(/\{\w+\}|WebSocket|RFC|IANA/g, '')));
    // Words these languages spell as English does: Description, Guide, Sources (fr), Client (de, fr), Server (de).
    const same_ok: Record<string, string[]> = { fr: ['code.description', 'compare.description', 'diagram.client', 'search.guide', 'guides.sources', 'limits.source'], de: ['diagram.client', 'diagram.server'] };
    const allowed = new Set(same_ok[locale] ?? []);
    assert.deepEqual(same.filter((k) => !allowed.has(k)), []);
  });
}

test('t fills placeholders and textOf resolves nested texts', () => {
  assert.equal(t('en', 'code.title', { code: 1006, name: 'Abnormal Closure' }), 'WebSocket 1006 Abnormal Closure');
  assert.equal(t('de', 'compare.keyDifferences'), 'Wesentliche Unterschiede');
  assert.equal(textOf('en', { key: 'range.named', vars: { name: { key: 'range.private' }, from: 4000, to: 4999 } }), 'Private use (4000–4999)');
  assert.equal(textOf('en', { text: 'RFC 6455' }), 'RFC 6455');
});

test("the search script's strings: every key in every locale, and the handshake note after both of a message's reasons", () => {
  for (const locale of localeCodes) {
    const strings = JSON.parse(searchStringsJson(locale)) as Record<string, string>;
    for (const key of searchStringKeys) assert.equal(strings[key], t(locale, key), `${locale} ${key}`);
    const note = t(locale, 'messages.handshake');
    assert.equal(strings['search.whyHandshake'], `${t(locale, 'search.whyMessage')} ${note}`);
    assert.equal(strings['search.whyNearHandshake'], `${t(locale, 'search.whyNear')} ${note}`);
    assert.notEqual(t(locale, 'search.whyNear'), t(locale, 'search.whyMessage'), locale);
    for (const key of ['search.whyMessage', 'search.whyNear'] as const) assert.match(t(locale, key), /\{source\}.*\{when\}/, `${locale} ${key}`);
  }
});
