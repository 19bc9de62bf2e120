import { expect, test } from '@playwright/test';
import { loadCatalogue } from '../helpers/content.ts';

const pages = loadCatalogue().pages;

test('/1006 lands on /websocket/1006/', async ({ page }) => {
  await page.goto('/1006');
  await expect(page).toHaveURL(/\/websocket\/1006\/$/);
  await expect(page.locator('h1')).toHaveText('WebSocket 1006 Abnormal Closure');
});

test('/de/websocket/1010-vs-1008/ lands on /de/websocket/1008-vs-1010/', async ({ page }) => {
  await page.goto('/de/websocket/1010-vs-1008/');
  await expect(page).toHaveURL(/\/de\/websocket\/1008-vs-1010\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('/websocket/1006-abnormal-closure/ lands on the code page', async ({ page }) => {
  await page.goto('/websocket/1006-abnormal-closure/');
  await expect(page).toHaveURL(/\/websocket\/1006\/$/);
});

/** A sample across every range of numbers that have no page of their own (no registry entry, no protocol). */
const ranges: [number, string][] = ([[0, '0-999'], [999, '0-999'], [1016, '1016-2999'], [2998, '1016-2999'], [3333, '3000-3999'], [3999, '3000-3999'], [4321, '4000-4999'], [4998, '4000-4999'], [5000, '5000-65535'], [65535, '5000-65535']] as [number, string][]);
test('the sample holds only numbers without a page', () => {
  expect(ranges.filter(([n]) => pages.has(n))).toEqual([]);
});
for (const [n, range] of ranges) {
  test(`/websocket/${n}/ lands on the range page ${range}`, async ({ page }) => {
    await page.goto(`/websocket/${n}/`);
    await expect(page).toHaveURL(new RegExp(`/websocket/range/${range}/$`));
    await expect(page.locator('h1')).toContainText(range.replace('-', '–'));
  });
}

test('/4321 and /pt/websocket/4321 land on the private-use range page in their locale', async ({ page }) => {
  await page.goto('/4321');
  await expect(page).toHaveURL(/\/websocket\/range\/4000-4999\/$/);
  await page.goto('/pt/websocket/4321');
  await expect(page).toHaveURL(/\/pt\/websocket\/range\/4000-4999\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
});

test('a number a protocol defines has its own page: /4004, /de/4004, /websocket/4004', async ({ page }) => {
  await page.goto('/4004');
  await expect(page).toHaveURL(/\/websocket\/4004\/$/);
  await expect(page.locator('h1')).toContainText('WebSocket close code 4004 in');
  await expect(page.locator('.protocol-use h2').first()).toBeVisible();
  await page.goto('/de/4004');
  await expect(page).toHaveURL(/\/de\/websocket\/4004\/$/);
  await expect(page.locator('h1')).toContainText('WebSocket-Close-Code 4004 in');
});

test('/websocket/1004/ is a code page', async ({ page }) => {
  const response = await page.goto('/websocket/1004/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('WebSocket 1004 Reserved');
});

test('a path that is no number gets the localized 404', async ({ page }) => {
  await page.goto('/de/websocket/no-such-code/');
  await expect(page).toHaveURL(/\/de\/not-found\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('h1')).toHaveText('Seite nicht gefunden');
  await expect(page.locator('main form[role="search"]')).toBeVisible();
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
