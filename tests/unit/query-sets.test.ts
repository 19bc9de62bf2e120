import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshLocalQuerySets, isHeldOut, localQuerySets, querySets } from '../helpers/query-sets.ts';
import { loadCatalogue, loadGuides } from '../helpers/content.ts';

/**
 * Issue 12: the real lines and symptom searches (tests/search-queries/lines) say where each was
 * found and which source printed it, and together they cover every source of the message
 * catalogue, so leave-one-source-out measures each source.
 */
const catalogue = loadCatalogue();
const sources = catalogue.sources.map((s) => s.id);
const queries = querySets();
const real = queries.filter((q) => q.set.startsWith('lines/'));
/** The pages a query may want: code pages, protocol numbers' pages and guides. */
const codes = new Set([...catalogue.codes.map((c) => c.code), ...catalogue.protocolNumbers.keys()]);
const guides = new Set(loadGuides().map((g) => g.slug));

test('every real line and symptom search names where it was found', () => {
  const bare = real.filter((q) => q.origin.trim() === '').map((q) => q.q);
  assert.deepEqual(bare, []);
});

test('the source a real query names is a source of the catalogue', () => {
  const unknown = real.filter((q) => q.from !== '' && !sources.includes(q.from)).map((q) => `${q.from}: ${q.q}`);
  assert.deepEqual(unknown, []);
});

test('every source of the catalogue has real lines or symptom searches of its own', () => {
  const covered = new Set(real.map((q) => q.from));
  assert.deepEqual(sources.filter((s) => !covered.has(s)), []);
  assert.equal(sources.length, 185);
});

test('at least 300 real error lines and 100 real symptom searches', () => {
  assert.ok(real.filter((q) => q.kind === 'error-line').length >= 300);
  assert.ok(real.filter((q) => q.kind === 'symptom').length >= 100);
});

/**
 * Real issue titles (tests/search-queries/titles, tuned on with a fifth held out; fresh, never
 * tuned on): each says where it was found and wants a page that exists: a code page, a protocol
 * number's page or a guide.
 */
test('issue titles name where they were found and want a code page or guide that exists', () => {
  const fresh = queries.filter((q) => q.kind === 'fresh');
  const titles = queries.filter((q) => q.kind === 'title');
  assert.ok(fresh.length >= 450, String(fresh.length));
  assert.ok(titles.length >= 100, String(titles.length));
  const bad = [...fresh, ...titles].filter((q) => !/^https?:\/\//.test(q.origin) || (q.code != null ? !codes.has(q.code) : !guides.has(q.guide ?? ''))).map((q) => q.q);
  assert.deepEqual(bad, []);
  const unknown = [...fresh, ...titles].filter((q) => q.from !== '' && !sources.includes(q.from)).map((q) => q.q);
  assert.deepEqual(unknown, []);
  // A title is in one set only: the fresh ones say how search does on titles it was never tuned on.
  const inTitles = new Set(titles.map((q) => q.q.toLowerCase()));
  assert.deepEqual(fresh.filter((q) => inTitles.has(q.q.toLowerCase())).map((q) => q.q), []);
});

/**
 * Fresh symptom searches and fresh error lines (tests/search-queries/fresh-symptoms and
 * fresh-lines, never tuned on) and later symptom searches (later-symptoms, first fresh, tuned on
 * since): from the sources of the catalogue (or about a protocol of content/protocols: a Discord
 * library's own title; a fresh one may name another library or app instead), each with where it
 * was found and a code page that exists, none also in another set.
 */
const protocols = catalogue.protocols.map((p) => p.id);
for (const [kind, least] of [['fresh-symptom', 100], ['later-symptom', 200], ['fresh-line', 100]] as const) {
  test(`${kind} searches name their source and origin, want a page that exists, and are in no other set`, () => {
    const set = queries.filter((q) => q.kind === kind);
    assert.ok(set.length >= least, String(set.length));
    // A fresh line or symptom may come from a library or app the catalogue does not hold (`from`
    // empty, its `library` named in the file: "gradio", "heroku").
    const known = (from: string) => sources.includes(from) || protocols.includes(from) || from === '';
    assert.deepEqual(set.filter((q) => !/^https?:\/\//.test(q.origin) || q.code == null || !codes.has(q.code) || !known(q.from)).map((q) => q.q), []);
    const elsewhere = new Set(queries.filter((q) => q.kind !== kind).map((q) => q.q.toLowerCase()));
    assert.deepEqual(set.filter((q) => elsewhere.has(q.q.toLowerCase())).map((q) => q.q), []);
  });
}

/**
 * Real searches written in zh, de, pt and fr gathered after the last tuning (fresh-locales, never
 * tuned on): each names the issue or page it was found on, wants a code page or guide that exists,
 * and is in no other set.
 */
test('fresh searches in other languages name their origin, want a page that exists, and are in no other set', () => {
  const set = freshLocalQuerySets();
  assert.ok(set.length >= 30, String(set.length));
  assert.deepEqual([...new Set(set.map((q) => q.locale))].filter((l) => !['zh', 'de', 'pt', 'fr'].includes(l)), []);
  assert.deepEqual(set.filter((q) => !/^https?:\/\//.test(q.origin) || (q.code != null ? !codes.has(q.code) : !guides.has(q.guide ?? ''))).map((q) => q.q), []);
  const elsewhere = new Set([...queries, ...localQuerySets()].map((q) => q.q.toLowerCase()));
  assert.deepEqual(set.filter((q) => elsewhere.has(q.q.toLowerCase())).map((q) => q.q), []);
});

test('a line whose message the catalogue gained because of it is tuned on, never held out', () => {
  const traced = queries.filter((q) => q.traced);
  assert.ok(traced.length >= 40, `${traced.length} traced lines`);
  assert.deepEqual(traced.filter((q) => q.heldOut).map((q) => q.q), []);
  // Without the mark, some of them would fall in the held-out fifth: the mark changes something.
  assert.ok(traced.some((q) => isHeldOut(q.q)));
});
