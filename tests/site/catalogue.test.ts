import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeCodes } from '../../src/i18n/locales.ts';
import { localePrefix } from '../../src/lib/urls.ts';
import { fileFor, readDist } from '../helpers/dist.ts';
import { loadCatalogue, loadGuides } from '../helpers/content.ts';
import { themeBootHash, themeBootScript } from '../../src/lib/theme-boot.ts';
import { FULL_MESSAGES, messagesFor } from '../../src/lib/messages.ts';

/** The catalogue as dist/ shows it: protocol numbers, guides, written comparisons, messages, which-code. */
const site = 'https://websocket-close-codes.example';
const catalogue = loadCatalogue();
const guides = loadGuides();
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('every protocol-defined number has a page in five locales with one section per protocol and the "means nothing outside" line', () => {
  for (const n of catalogue.numberPages) {
    for (const l of localeCodes) assert.ok(fileFor(`${localePrefix(l)}/websocket/${n}/`), `${l} ${n}`);
    const html = readDist(`/websocket/${n}/index.html`);
    const uses = catalogue.protocolNumbers.get(n)!;
    assert.equal((html.match(/class="protocol-use"/g) ?? []).length, uses.length, `${n}: one section per protocol`);
    assert.match(text(html), new RegExp(`The IANA registry does not define ${n}`));
  }
  const conflict = readDist('/websocket/4004/index.html');
  assert.match(text(conflict), /Careful: \d+ protocols use 4004 with different meanings/);
  assert.match(text(readDist('/websocket/2000/index.html')), /outside 4000–4999/);
});

test("a protocol number's page lists the messages libraries print for it, grouped by source, in every locale", () => {
  const listed = catalogue.numberPages.filter((n) => catalogue.messages.some((m) => m.code === n && !m.handshake));
  assert.ok(listed.length >= 20, `${listed.length} numbers with messages`);
  for (const n of listed) {
    const want = catalogue.messages.filter((m) => m.code === n && !m.handshake);
    for (const l of localeCodes) {
      const html = readDist(`${localePrefix(l)}/websocket/${n}/index.html`);
      assert.equal((html.match(/<code data-pagefind-weight="8"/g) ?? []).length, want.length, `${l} ${n}: one entry per message`);
      assert.equal((html.match(/<details class="message-source"/g) ?? []).length, new Set(want.map((m) => m.sourceId)).size, `${l} ${n}: one group per source`);
    }
  }
  const page = text(readDist('/websocket/4014/index.html'));
  assert.match(page, /Messages that report it/);
  assert.ok(page.includes('Error: Used disallowed intents'), 'discord.js ≥ 14.10 wording on 4014');
  assert.ok(page.includes('discord.js'), 'grouped under its source');
});

test("a protocol number's page shows how developers describe it (its phrasings, English as written) under each protocol, in every locale", () => {
  const described = catalogue.numberPages.filter((n) => catalogue.protocolNumbers.get(n)!.some((u) => u.phrasings.length > 0));
  assert.ok(described.length >= 5, `${described.length} numbers with phrasings`);
  for (const n of described) {
    for (const l of localeCodes) {
      const html = readDist(`${localePrefix(l)}/websocket/${n}/index.html`);
      // Each protocol's section, in order, with its own list (or none).
      const sections = html.split('<section class="protocol-use"').slice(1);
      assert.equal(sections.length, catalogue.protocolNumbers.get(n)!.length, `${l} ${n}: one section per protocol`);
      catalogue.protocolNumbers.get(n)!.forEach((u, i) => {
        const list = /<ul class="phrasings"( lang="en")?>(.*?)<\/ul>/s.exec(sections[i]!.split('</section>')[0]!);
        if (u.phrasings.length === 0) return assert.equal(list, null, `${l} ${n} ${u.protocolId}: no list`);
        assert.ok(list, `${l} ${n} ${u.protocolId}: a list of phrasings`);
        assert.equal(Boolean(list[1]), l !== 'en', `${l} ${n}: marked English outside the root`);
        assert.equal((list[2]!.match(/<li/g) ?? []).length, u.phrasings.length, `${l} ${n} ${u.protocolId}: one item per phrasing`);
      });
    }
  }
  const page = text(readDist('/websocket/4014/index.html'));
  // Under the protocol it belongs to, before the next protocol's section.
  assert.match(page, /Discord Gateway : Disallowed intent\(s\) (?:(?!Discord Voice Gateway :).)*How people describe it allowed intents Cannot start bot/s);
});

test('range pages link every protocol number inside them', () => {
  for (const [id, from, to] of [['1016-2999', 1016, 2999], ['3000-3999', 3000, 3999], ['4000-4999', 4000, 4999]] as const) {
    const html = readDist(`/websocket/range/${id}/index.html`);
    for (const n of catalogue.numberPages.filter((x) => x >= from && x <= to)) assert.ok(html.includes(`href="/websocket/${n}/"`), `${id} lacks ${n}`);
  }
});

test('/api/protocols.json publishes every protocol and code with URLs that exist; /api/codes.json stays the registry', () => {
  const { protocols } = JSON.parse(readDist('/api/protocols.json')) as { protocols: { id: string; codes: { code: number; urls: Record<string, string> }[] }[] };
  assert.equal(protocols.length, catalogue.protocols.length);
  assert.ok(protocols.length >= 10);
  for (const p of protocols) for (const c of p.codes) for (const url of Object.values(c.urls)) assert.ok(fileFor(url.slice(site.length)), url);
  assert.equal((JSON.parse(readDist('/api/codes.json')) as { codes: unknown[] }).codes.length, 19);
});

test('every guide exists in five locales with its headings; /guides/ lists them; code pages link the guides that name them', () => {
  assert.ok(guides.length >= 14);
  const list = readDist('/guides/index.html');
  for (const g of guides) {
    for (const l of localeCodes) assert.ok(fileFor(`${localePrefix(l)}/guides/${g.slug}/`), `${l} ${g.slug}`);
    assert.ok(list.includes(`href="/guides/${g.slug}/"`), `/guides/ lacks ${g.slug}`);
    const de = readDist(`/de/guides/${g.slug}/index.html`);
    assert.match(de, /<h2 id="guide-codes">Codes, auf die es hinausläuft<a class="anchor" href="#guide-codes"/);
    for (const c of g.codes) {
      assert.ok(readDist(`/websocket/${c}/index.html`).includes(`href="/guides/${g.slug}/"`), `${c} page lacks ${g.slug}`);
    }
  }
  assert.ok(readDist('/index.html').includes('href="/guides/idle-timeouts/"'), 'home lists the guides');
});

test('/api/guides.json matches dist/', () => {
  const json = JSON.parse(readDist('/api/guides.json')) as { guides: { slug: string; codes: number[]; urls: Record<string, string> }[] };
  assert.deepEqual(json.guides.map((g) => g.slug).sort(), guides.map((g) => g.slug).sort());
  for (const g of json.guides) {
    assert.deepEqual(g.codes, guides.find((x) => x.slug === g.slug)!.codes);
    assert.deepEqual(Object.keys(g.urls), localeCodes);
    for (const url of Object.values(g.urls)) assert.ok(fileFor(url.slice(site.length)), url);
  }
});

test('guides show their pictures and tables; every table cell names a source or says it has none', () => {
  const idle = readDist('/guides/idle-timeouts/index.html');
  assert.match(idle, /<figure class="diagram idle-timeline">/);
  assert.match(idle, /<figure class="limit-table">/);
  assert.match(readDist('/guides/handshake-failures/index.html'), /<figure class="diagram handshake-flow">/);
  const cells = [...idle.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[0]);
  assert.ok(cells.length > 20);
  for (const cell of cells) assert.ok(/class="cell-source"/.test(cell) || /class="empty"/.test(cell), cell.slice(0, 120));
});

test('related pairs lead with their written difference before the per-code sections; other pairs with a generated lead', () => {
  const related = new Set<string>();
  for (const e of catalogue.codes) for (const r of e.related) related.add(`${Math.min(e.code, r)}-vs-${Math.max(e.code, r)}`);
  assert.equal(related.size, 50);
  const codes = catalogue.codes.map((e) => e.code);
  for (const a of codes) {
    for (const b of codes.filter((x) => x > a)) {
      const html = readDist(`/websocket/${a}-vs-${b}/index.html`);
      const lead = html.indexOf('class="difference"');
      assert.ok(lead > 0 && lead < html.indexOf('class="code-block"'), `${a}-vs-${b}: lead first`);
      assert.ok(html.includes(`data-written="${related.has(`${a}-vs-${b}`)}"`), `${a}-vs-${b}`);
      if (!related.has(`${a}-vs-${b}`)) assert.match(html, /These two codes are rarely confused/);
    }
  }
});

test('/which-code/ exists in five locales and links every code that may be sent', () => {
  for (const l of localeCodes) {
    const html = readDist(`${localePrefix(l)}/which-code/index.html`);
    for (const e of catalogue.codes.filter((c) => c.onTheWire)) assert.ok(html.includes(`href="${localePrefix(l)}/websocket/${e.code}/"`), `${l} lacks ${e.code}`);
    // Static HTML: apart from the colour-scheme boot, no inline script (and the page works without any).
    assert.doesNotMatch(html.replace(`<script>${themeBootScript}</script>`, ''), /<script(?![^>]*src=)/, 'no inline script');
  }
});

test('code pages list their messages grouped by source with versions; /api/messages.json publishes the catalogue', () => {
  const { sources } = JSON.parse(readDist('/api/messages.json')) as { sources: { id: string; messages: { text: string; code: number; versions: string }[] }[] };
  assert.ok(sources.length >= 30, `${sources.length} sources`);
  assert.ok(sources.reduce((n, s) => n + s.messages.length, 0) >= 400);
  // Each source's markers (package, module, logger names) come with it, for tools that read lines.
  assert.deepEqual((sources as unknown as { id: string; markers: string[] }[]).find((s) => s.id === 'java-websocket')?.markers, ['org.java_websocket']);
  const page = readDist('/websocket/1009/index.html');
  assert.ok((page.match(/<details class="message-source"/g) ?? []).length >= 10, 'grouped by source');
  assert.ok(page.includes('failed to read: websocket: message too big: read limited at {n} bytes'), 'current coder/websocket wording');
  // Up to FULL_MESSAGES (60) a code page shows each message with its versions and file; beyond,
  // their wording only. The registered code with the most messages at or under it shows them in
  // full (1008 passed 60 in round eighteen, 1011 in round nine); 1009, with more, its wording only.
  // A page counts what it lists (messagesFor): no failed handshake, and on a code that is never
  // on the wire (1005, 1006, 1015) the messages whose `{code}` may be it as well.
  const perCode = new Map(catalogue.codes.map((c) => [c.code, messagesFor(c.code, catalogue, c).length]));
  const [fullCode] = [...perCode].filter(([code, n]) => code >= 1000 && code <= 1015 && n <= FULL_MESSAGES).sort((a, b) => b[1] - a[1])[0]!;
  const full = readDist(`/websocket/${fullCode}/index.html`);
  assert.ok((full.match(/<details class="message-source"/g) ?? []).length >= 5, `${fullCode} grouped by source`);
  assert.match(full, /Printed by: /);
  assert.ok(perCode.get(1009)! > FULL_MESSAGES);
  assert.doesNotMatch(page, /Printed by: /, '1009 has over 60 messages: each source links its page with the details');
});

test('the one inline script is the colour-scheme boot, allowed by its hash in the shipped CSP', () => {
  const html = readDist('/websocket/1006/index.html');
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.deepEqual(inline, [themeBootScript]);
  assert.ok(readDist('/_headers').includes(themeBootHash), '_headers carries the hash');
});
