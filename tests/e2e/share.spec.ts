import { expect, test } from '@playwright/test';
import { loadCatalogue } from '../helpers/content.ts';

/**
 * The code-space map, copy buttons and heading anchors (issue 16), in the browser.
 */
const catalogue = loadCatalogue();

test('the map draws 0–65535 to scale in three rows, links every range, code and protocol number, and keeps a text list', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto('/');
  const svg = page.locator('svg.map-svg');
  await expect(svg).toBeVisible();
  // The whole-space row: 5000–65535 takes 92.4 % of the width, 0–999 1.5 %.
  const widths = await svg.locator('a rect.map-span').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  const total = 320;
  expect(widths[0]! / total).toBeCloseTo(1000 / 65536, 3);
  expect(widths[5]! / total).toBeCloseTo(60536 / 65536, 3);
  // Every registered code is a cell (1000–1015) or a mark (3000–3999), linked to its page.
  const hrefs = await svg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const e of catalogue.codes) expect(hrefs, String(e.code)).toContain(`/websocket/${e.code}/`);
  for (const n of catalogue.numberPages.filter((n) => n <= 4999)) expect(hrefs, String(n)).toContain(`/websocket/${n}/`);
  for (const r of ['0-999', '1016-2999', '3000-3999', '4000-4999', '5000-65535']) expect(hrefs).toContain(`/websocket/range/${r}/`);
  // The drawing is for pointers; the list below is its text alternative, every part a link.
  await expect(svg).toHaveAttribute('aria-hidden', 'true');
  expect(await svg.locator('a:not([tabindex="-1"])').count()).toBe(0);
  await expect(page.locator('ol.code-map > li > a.span-label')).toHaveCount(6);
  await expect(page.locator('ol.code-map > li > a.span-label').nth(1)).toHaveAttribute('href', '#range-protocol');
  const labels = await svg.locator('text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
  expect(Math.min(...labels)).toBeGreaterThanOrEqual(8);
});

test('copy buttons copy an identifier, a message and the short link, by keyboard, and announce it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/de/websocket/1006/');
  const status = page.locator('#copy-status');
  const link = page.locator('button.copy-link');
  await expect(link).toBeVisible();
  await expect(link).toHaveText('Link kopieren');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('In die Zwischenablage kopiert');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/1006', page.url()).href);

  const ident = page.locator('table.libraries button.copy-identifier').first();
  const identText = (await page.locator('table.libraries code.ident').first().textContent())!;
  await ident.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(identText);

  // A source page lists every message in full, its one group open.
  await page.goto('/de/messages/chromium/');
  const message = page.locator('.messages button.copy-message').first();
  const messageText = (await page.locator('.messages li > code').first().textContent())!;
  await message.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(messageText);
  await expect(status).toHaveAttribute('aria-live', 'polite');
});

test('a page without script shows no copy button it cannot work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/websocket/1006/');
  expect(await page.locator('button.copy').count()).toBeGreaterThan(5);
  await expect(page.locator('button.copy:visible')).toHaveCount(0);
  await context.close();
});

test('section headings carry an anchor link to themselves, in components and in guide prose', async ({ page }) => {
  for (const [path, id] of [['/websocket/1006/', 'messages'], ['/zh/guides/idle-timeouts/', 'guide-codes'], ['/guides/idle-timeouts/', 'why-it-happens']] as const) {
    await page.goto(path);
    const anchor = page.locator(`h2#${id} > a.anchor`);
    await expect(anchor).toHaveAttribute('href', `#${id}`);
    // As a reader does: scrolled to first, and clicked once it is drawn (a code page lays out its
    // later sections only when near: content-visibility). Playwright's click waits until the
    // anchor is the element under the pointer; a forced click could land before the section is drawn.
    await anchor.scrollIntoViewIfNeeded();
    await anchor.click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
  }
});

test("a link to a code page's later section lands on its heading, though the section is laid out only when near", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const id of ['messages', 'phrasings', 'libraries', 'specs']) {
    await page.goto(`/websocket/1006/#${id}`);
    await expect(page.locator(`h2#${id}`)).toBeInViewport();
  }
  // From the page's own table of contents too.
  await page.goto('/websocket/1006/');
  await page.locator('a[href="#messages"]').first().click();
  await expect(page.locator('h2#messages')).toBeInViewport();
});
