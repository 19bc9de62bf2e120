import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const shots: [string, number, number, 'light' | 'dark', string][] = [
  ['/zh/guides/idle-timeouts/', 390, 844, 'dark', 'zh-phone-dark'],
  ['/de/guides/idle-timeouts/', 1280, 900, 'light', 'de-desktop-light'],
  ['/fr/guides/keepalive/', 390, 844, 'light', 'fr-phone-light'],
  ['/pt/guides/message-too-big/', 1280, 900, 'dark', 'pt-desktop-dark'],
];
for (const [path, w, h, scheme, name] of shots) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:4400${path}`);
  await page.evaluate(() => document.querySelector('.limit-table')?.scrollIntoView());
  await page.screenshot({ path: `/tmp/shot-${name}.png` });
  await ctx.close();
}
// search result reason in fr
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4400/fr/search/?q=' + encodeURIComponent('websocket: close 1009 (message too big)'));
await page.locator('#search-results li').first().waitFor();
await page.screenshot({ path: '/tmp/shot-fr-search.png' });
await browser.close();
