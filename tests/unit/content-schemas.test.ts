import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { codeSchema } from '../../src/lib/schema.ts';
import { messageFileSchema } from '../../src/lib/schemas/message.ts';
import { protocolSchema } from '../../src/lib/schemas/protocol.ts';
import { guideSchema } from '../../src/lib/schemas/guide.ts';
import { pairSchema } from '../../src/lib/schemas/pair.ts';
import { limitTableSchema } from '../../src/lib/schemas/limits.ts';
import { codeTranslationSchema } from '../../src/lib/schemas/translation.ts';
import { frontmatterOf, schemaProblems } from '../../src/lib/entry-file.ts';
import { guideProblems, messageProblems, pairProblems, quotedMessageProblems } from '../../src/lib/catalogue-checks.ts';
import { strayFiles } from '../../src/lib/content-root.ts';
import { localize, staleTranslations } from '../../src/lib/localize.ts';
import { proseHash } from '../../src/lib/translation.ts';
import { loadCatalogue } from '../helpers/content.ts';

/** "field: message" for every problem a schema finds in some data. */
function problems(schema: { safeParse: (d: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, data: unknown): string[] {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`);
}
const entry = frontmatterOf('content/codes/1006.md') as Record<string, unknown>;
const with_ = (patch: Record<string, unknown>) => ({ ...entry, ...patch });

test('every file in every content folder passes its schema', () => {
  const files = ['codes', 'messages', 'protocols', 'guides', 'pairs', 'limits'].flatMap((k) => readdirSync(`content/${k}`).map((f) => `content/${k}/${f}`));
  const translations = readdirSync('content/translations').flatMap((l) => readdirSync(`content/translations/${l}/codes`).map((f) => `content/translations/${l}/codes/${f}`));
  assert.deepEqual([...files, ...translations].flatMap((f) => schemaProblems(f)), []);
  assert.deepEqual(strayFiles('content'), []);
});

test('code entries (W7): whitespace phrasings, duplicate related, vs- slugs, out-of-range codes and http URLs say what is wrong', () => {
  assert.deepEqual(problems(codeSchema, with_({ phrasings: ['   '] })), ['phrasings.0: must hold at least 3 characters besides spaces']);
  assert.deepEqual(problems(codeSchema, with_({ related: [1000, 1000] })), ['related.1: related code 1000 appears twice']);
  assert.match(problems(codeSchema, with_({ name: 'VS 1008' }))[0]!, /^name: name must give a URL slug .* "vs-"/);
  assert.match(problems(codeSchema, with_({ name: '异常关闭' }))[0]!, /^name: name must give a URL slug/);
  assert.deepEqual(problems(codeSchema, with_({ code: 70000 })), ['code: a close code is 0–65535: above 65535']);
  assert.deepEqual(problems(codeSchema, with_({ code: -1 })), ['code: a close code is 0–65535: below 0']);
  assert.deepEqual(problems(codeSchema, with_({ specs: [{ title: 'RFC', url: 'http://example.org/' }] })), ['specs.0.url: url must be an https:// address']);
});

test('a file the loaders would skip is reported, naming it', () => {
  assert.deepEqual(strayFiles('tests/fixtures/broken/stray-extension'), ['tests/fixtures/broken/stray-extension/codes/4000.MD: this file is not read (content/codes takes .mdx? files); rename or remove it']);
});

test('messages: exact text, a code with a page, a file, versions and a whole when sentence are required', () => {
  const file = { source: 'Xlib', kind: 'library', url: 'https://example.org', messages: [{ text: 'boom {code}', code: 1002, file: 'a.js', versions: '1.0', when: 'When something breaks badly.' }] };
  assert.deepEqual(problems(messageFileSchema, file), []);
  assert.deepEqual(problems(messageFileSchema, { ...file, messages: [{ ...file.messages[0], versions: undefined }] }), ['messages.0.versions: Invalid input: expected string, received undefined']);
  assert.deepEqual(problems(messageFileSchema, { ...file, messages: [file.messages[0], file.messages[0]] }), ['messages.1: the message text boom {code} appears twice']);
  assert.deepEqual(problems(messageFileSchema, { ...file, markers: ['org.xlib', 'xl'] }), ['markers.1: a marker needs at least 5 characters']);
  // A `when` that YAML cut at an unquoted " #" (`when: The URL ended in a #fragment.` reads "The URL ended in a").
  assert.deepEqual(problems(messageFileSchema, { ...file, messages: [{ ...file.messages[0], when: 'The WebSocket URL ended in a' }] }), [
    'messages.0.when: when must end its sentence with a period; if it holds " #", quote the value (YAML reads the rest as a comment)',
  ]);
  assert.deepEqual(messageProblems([{ filePath: 'content/messages/x.yaml', data: { messages: [{ code: 4321 }] } }], new Set([1006])), [
    'content/messages/x.yaml: messages.0.code: 4321 has no page (no content/codes/4321.md and no protocol defines it)',
  ]);
});

test("a phrasing that quotes a message of another code fails, naming the file, the phrasing and the message; the message's own code, a number it takes from its text and short texts pass", () => {
  const messages = [
    { text: 'La connexion avec {url} a été interrompue pendant le chargement de la page.', code: 1006, where: 'content/messages/firefox-l10n.yaml messages.3' },
    { text: 'Invalid close code: {code}', code: 1002, codeFromText: true, where: 'content/messages/x.yaml messages.0' },
    { text: 'Going away', code: 1001, where: 'content/messages/x.yaml messages.1' },
  ];
  const page = (code: number, ...phrasings: string[]) => ({ filePath: `content/translations/fr/codes/${code}.yaml`, codes: [code], phrasings });
  assert.deepEqual(quotedMessageProblems([page(1001, 'websocket fermé au rechargement', 'la connexion avec wss a ete interrompue pendant le chargement de la page')], messages), [
    'content/translations/fr/codes/1001.yaml: phrasings.1: "la connexion avec wss a ete interrompue pendant le chargement de la page" quotes the message "La connexion avec {url} a été interrompue pendant le chargement de la page." (content/messages/firefox-l10n.yaml messages.3), which the catalogue says means 1006, not 1001; remove the phrasing or correct the message\'s code',
  ]);
  // The same words on the message's own page, more words than the quote, a code taken from the text, a text too short to tell.
  assert.deepEqual(quotedMessageProblems([page(1006, 'La connexion avec wss://x a été interrompue pendant le chargement de la page.')], messages), []);
  assert.deepEqual(quotedMessageProblems([page(1001, 'pourquoi la connexion avec wss a été interrompue pendant le chargement de la page')], messages), []);
  assert.deepEqual(quotedMessageProblems([page(1003, 'Invalid close code: 1003')], messages), []);
  assert.deepEqual(quotedMessageProblems([page(1000, 'going away')], messages), []);
  // A guide's symptom may quote a message of any of the guide's codes, not of another.
  const guide = (...codes: number[]) => ({ filePath: 'content/guides/x.mdx', codes, phrasings: ['La connexion avec wss a été interrompue pendant le chargement de la page'], field: 'symptoms' });
  assert.deepEqual(quotedMessageProblems([guide(1001, 1006)], messages), []);
  assert.match(quotedMessageProblems([guide(1001, 1012)], messages)[0]!, /^content\/guides\/x\.mdx: symptoms\.0: .* means 1006, not 1001 or 1012;/);
});

test('the real content: no phrasing of a code page in any language, no guide symptom and no protocol code phrasing quotes a message the catalogue gives another code', () => {
  const catalogue = loadCatalogue();
  const english = readdirSync('content/codes').map((f) => `content/codes/${f}`);
  const translated = readdirSync('content/translations').flatMap((l) => readdirSync(`content/translations/${l}/codes`).map((f) => `content/translations/${l}/codes/${f}`));
  const pages = [...english, ...translated].map((filePath) => ({
    filePath,
    codes: [Number(filePath.replace(/^.*\//, '').replace(/\..*$/, ''))],
    phrasings: ((frontmatterOf(filePath) as { phrasings?: string[] }).phrasings ?? []),
  }));
  assert.ok(pages.reduce((n, p) => n + p.phrasings.length, 0) > 1500, 'the phrasings were read');
  for (const f of readdirSync('content/guides')) {
    const g = frontmatterOf(`content/guides/${f}`) as { codes: number[]; symptoms: string[] };
    pages.push({ filePath: `content/guides/${f}`, codes: g.codes, phrasings: g.symptoms });
  }
  for (const f of readdirSync('content/protocols')) {
    const p = frontmatterOf(`content/protocols/${f}`) as { codes: { code: number; phrasings?: string[] }[] };
    for (const c of p.codes) pages.push({ filePath: `content/protocols/${f}`, codes: [c.code], phrasings: c.phrasings ?? [] });
  }
  assert.deepEqual(quotedMessageProblems(pages, catalogue.messages.map((m) => ({ ...m, where: `${m.sourceId} messages.${m.index}` }))), []);
});

test('protocols: a code without a source, a number outside 0–65535 and a duplicate number fail, naming the field', () => {
  const p = frontmatterOf('content/protocols/discord-gateway.yaml') as { codes: Record<string, unknown>[]; source: Record<string, unknown> };
  assert.deepEqual(problems(protocolSchema, p), []);
  assert.deepEqual(problems(protocolSchema, { ...p, source: undefined }), ['source: Invalid input: expected object, received undefined']);
  assert.deepEqual(problems(protocolSchema, { ...p, source: { ...p.source, version: undefined } }), ['source.version: Invalid input: expected string, received undefined']);
  assert.deepEqual(problems(protocolSchema, { ...p, codes: [{ ...p.codes[0], code: 70000 }] }), ['codes.0.code: a close code is 0–65535: above 65535']);
  assert.deepEqual(problems(protocolSchema, { ...p, codes: [p.codes[0], p.codes[0]] }), [`codes.1: code ${p.codes[0]!['code']} appears twice`]);
  // A code's phrasings (real issue titles) are optional, and a blank one says where it is.
  assert.deepEqual(problems(protocolSchema, { ...p, codes: [{ ...p.codes[0], phrasings: ['Invalid Intents'] }] }), []);
  assert.deepEqual(problems(protocolSchema, { ...p, codes: [{ ...p.codes[0], phrasings: ['  '] }] }), ['codes.0.phrasings.0: must hold at least 3 characters besides spaces']);
});

test('guides: no sources, no symptoms, no codes, or a code without a page fail, naming the field', () => {
  const g = frontmatterOf('content/guides/keepalive.mdx') as Record<string, unknown>;
  assert.deepEqual(problems(guideSchema, g), []);
  assert.deepEqual(problems(guideSchema, { ...g, sources: [] }), ['sources: sources: a guide needs at least one source']);
  assert.deepEqual(problems(guideSchema, { ...g, symptoms: ['websocket drops'] }), ['symptoms: symptoms: at least 3, as people type them']);
  assert.deepEqual(problems(guideSchema, { ...g, codes: [] }), ['codes: codes: name at least one code, most likely first']);
  assert.deepEqual(guideProblems([{ filePath: 'content/guides/x.mdx', data: { codes: [1006, 4321] } }], new Set([1006])), ['content/guides/x.mdx: codes.1: 4321 has no page (no content/codes/4321.md and no protocol defines it)']);
});

test('pairs: a missing field, a second sentence, an unknown or unrelated pair, and a related pair without its entry fail', () => {
  const p = frontmatterOf('content/pairs/1001-vs-1006.md') as Record<string, unknown>;
  assert.deepEqual(problems(pairSchema, p), []);
  assert.deepEqual(problems(pairSchema, { ...p, tellApart: undefined }), ['tellApart: tellApart is required: write it for this site']);
  assert.deepEqual(problems(pairSchema, { ...p, difference: 'One sentence here is fine. A second one is not allowed here.' }), ['difference: difference must be one sentence']);
  const { codes } = loadCatalogue();
  const related = readdirSync('content/pairs').map((f) => ({ id: f, filePath: `content/pairs/${f}` }));
  assert.deepEqual(pairProblems(related, codes), []);
  assert.deepEqual(pairProblems([...related, { id: '1000-vs-1015.md', filePath: 'content/pairs/1000-vs-1015.md' }], codes), [
    'content/pairs/1000-vs-1015.md: (file name): 1000 and 1015 are not related; add each to the other\'s related list in content/codes, or remove this file',
  ]);
  assert.deepEqual(pairProblems([...related, { id: 'x-vs-y.md', filePath: 'content/pairs/x-vs-y.md' }], codes), ['content/pairs/x-vs-y.md: (file name): must be <a>-vs-<b>.md with the lower code first']);
  assert.deepEqual(pairProblems(related.filter((r) => r.id !== '1001-vs-1006.md'), codes), [
    'content/pairs/1001-vs-1006.md: (missing): 1001 and 1006 are related in content/codes, so they need a written comparison',
  ]);
});

test('limit tables: a value without a source fails; a cell with only a note is allowed', () => {
  const t = frontmatterOf('content/limits/idle-timeouts.yaml') as { rows: { name: string; cells: Record<string, unknown> }[] };
  assert.deepEqual(problems(limitTableSchema, t), []);
  const bad = { ...t, rows: [{ name: 'nginx', cells: { idle: { value: '60 s' } } }] };
  assert.ok(problems(limitTableSchema, bad).some((p) => p.startsWith('rows.0.cells.idle')), JSON.stringify(problems(limitTableSchema, bad)));
  assert.deepEqual(problems(limitTableSchema, { ...t, rows: [{ name: 'nginx', cells: { idle: { note: 'not documented' } } }] }), []);
  assert.deepEqual(problems(limitTableSchema, { ...t, rows: [{ name: 'nginx', cells: { nope: { note: 'x y' } } }] }).map((p) => p.split(':')[0]), ['rows.0.cells.nope']);
});

test('translations: the hash of the English they translate; a changed English makes them stale', () => {
  const english = codeSchema.parse(frontmatterOf('content/codes/1000.md'));
  const de = codeTranslationSchema.parse(frontmatterOf('content/translations/de/codes/1000.yaml'));
  assert.equal(de.translates, proseHash(english), 'the committed translation is current');
  assert.equal(localize(english, 'de', de).stale, false);
  const changed = { ...english, howToFix: `${english.howToFix} One more sentence.` };
  assert.equal(localize(changed, 'de', de).stale, true);
  assert.deepEqual(staleTranslations([changed], [{ id: 'de/codes/1000.yaml', data: de }]), [`de/codes/1000.yaml: translates ${de.translates}, the English is now ${proseHash(changed)}`]);
  assert.equal(localize(english, 'de', undefined).translated, false, 'no translation: English prose, marked as such');
  assert.deepEqual(problems(codeTranslationSchema, { ...de, translates: 'abc' }), ['translates: translates must be the 12-character hash printed by scripts/prose-hash.ts']);
});
