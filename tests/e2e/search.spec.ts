import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The search query set: tests/search-queries/<code>.json (English, the expected code is the file's)
 * and locales.json. Each query runs through the search page; hit@1 and hit@3 are printed.
 */
const dir = join(import.meta.dirname, '..', 'search-queries');
interface Query { locale: string; q: string; code: number }
const english: Query[] = readdirSync(dir)
  .filter((f) => /^\d+\.json$/.test(f))
  .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { q: string }[]).map(({ q }) => ({ locale: 'en', q, code: Number(f.replace('.json', '')) })));
const localized: Query[] = JSON.parse(readFileSync(join(dir, 'locales.json'), 'utf8'));
const prefix = (l: string) => (l === 'en' ? '' : `/${l}`);

async function resultsFor(page: Page, locale: string, q: string): Promise<string[]> {
  await page.goto(`${prefix(locale)}/search/?q=${encodeURIComponent(q)}`);
  await expect(page.locator('.search-page')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  return page.locator('#search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function score(page: Page, queries: Query[]) {
  let hit1 = 0;
  let hit3 = 0;
  const misses: string[] = [];
  for (const { locale, q, code } of queries) {
    const urls = await resultsFor(page, locale, q);
    const want = `${prefix(locale)}/websocket/${code}/`;
    if (urls[0] === want) hit1++;
    else misses.push(`${locale} ${code} "${q}" → ${urls.slice(0, 3).join(' ') || 'nothing'}`);
    if (urls.slice(0, 3).includes(want)) hit3++;
  }
  return { hit1: hit1 / queries.length, hit3: hit3 / queries.length, misses };
}

test.describe.configure({ timeout: 300_000 });

test('English query set: at least 50 queries over all 19 codes, hit@1 ≥ 0.9', async ({ page }) => {
  expect(english.length).toBeGreaterThanOrEqual(50);
  expect(new Set(english.map((q) => q.code)).size).toBe(19);
  const { hit1, hit3, misses } = await score(page, english);
  console.log(`search en: ${english.length} queries, hit@1 ${hit1.toFixed(3)}, hit@3 ${hit3.toFixed(3)}`);
  for (const m of misses) console.log(`  miss: ${m}`);
  expect(hit1).toBeGreaterThanOrEqual(0.9);
});

test('each non-English locale: at least 3 queries, each finding its code first', async ({ page }) => {
  for (const locale of ['zh', 'de', 'pt', 'fr']) {
    const set = localized.filter((q) => q.locale === locale);
    expect(set.length).toBeGreaterThanOrEqual(3);
    const { hit1, hit3, misses } = await score(page, set);
    console.log(`search ${locale}: ${set.length} queries, hit@1 ${hit1.toFixed(3)}, hit@3 ${hit3.toFixed(3)}`);
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
  await expect(first.locator('.reason')).toHaveText('Close code 1006 found in your text');
  await resultsFor(page, 'en', 'websocket: close 1009 (message too big)');
  await expect(page.locator('#search-results > li .reason').first()).toHaveText('A library prints this message for close code 1009');
  await resultsFor(page, 'de', 'StatusPolicyViolation');
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute('href', '/de/websocket/1008/');
  await resultsFor(page, 'en', 'close code 4321');
  await expect(page.locator('#search-results > li a').first()).toHaveAttribute('href', '/websocket/range/4000-4999/');
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
    await expect(page.locator('#search-page-q')).toHaveValue(q);
    if (q.includes('<img')) await expect(page.locator('#search-status')).toContainText('<img src=x');
  }
});

test('a page that is only read fetches nothing under /pagefind/; opening search does', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/websocket/1006/');
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(500);
  expect(fetched.filter((p) => p.startsWith('/pagefind/') || p.includes('search-ui'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.locator('#site-search').fill('policy violation');
  await expect(page.locator('.search-panel li').first()).toBeVisible();
  expect(fetched.some((p) => p.startsWith('/pagefind/'))).toBe(true);
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
