import { expect, test } from '@playwright/test';

test('the language switcher on /de/websocket/1006-vs-1008/ leads to the French comparison', async ({ page }) => {
  await page.goto('/de/websocket/1006-vs-1008/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.locator('nav.languages a', { hasText: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/websocket\/1006-vs-1008\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('main h2', { hasText: 'Différences clés' })).toBeVisible();
});

test('html lang is zh-Hans and pt-BR on Chinese and Portuguese pages', async ({ page }) => {
  await page.goto('/zh/websocket/1006/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.goto('/pt/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
});
