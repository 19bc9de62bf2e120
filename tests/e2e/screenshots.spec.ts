import { expect, test } from '@playwright/test';

/**
 * Screenshots of the main page kinds at 320 px (the narrowest phone), 375 px and 1280 px, in both
 * colour schemes, kept in test-results/screenshots/ for anyone to look at. Each asserts no
 * horizontal scrolling and no overlap between the header's parts.
 */
const pages = { home: '/', code: '/websocket/1006/', comparison: '/websocket/1006-vs-1008/' };
const widths = [320, 375, 1280];

for (const [name, path] of Object.entries(pages)) {
  for (const width of widths) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${name} at ${width}px, ${scheme}: no horizontal overflow, no overlap in the header`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const boxes = await page.locator('.site-header .brand, .site-header .search-form, .site-header nav.languages li').evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { name: el.textContent?.trim().slice(0, 20) ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
          }),
        );
        const overlaps: string[] = [];
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            if (a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5) overlaps.push(`${a.name} × ${b.name}`);
          }),
        );
        expect(overlaps).toEqual([]);
        await page.screenshot({ path: `test-results/screenshots/${name}-${width}-${scheme}.png`, fullPage: true });
      });
    }
  }
}

test('the colour-scheme switch applies and remembers the choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/websocket/1006/');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await bg();
  await page.locator('#theme-select').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await page.goto('/de/websocket/1008/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#theme-select')).toHaveValue('dark');
});

test('every code page has a handshake diagram with a text alternative; 1006 shows no frame on the wire', async ({ page }) => {
  await page.goto('/websocket/1006/');
  const svg = page.locator('figure.diagram svg[role="img"]');
  await expect(svg).toHaveCount(1);
  await expect(svg.locator('desc')).toContainText('No Close frame carrying 1006 crosses the network');
  await expect(svg.locator('.diagram-cross')).toHaveCount(1);
  await page.goto('/de/websocket/1010/');
  await expect(page.locator('figure.diagram desc')).toHaveText('Client sendet einen Close-Frame mit 1010; die Gegenseite antwortet mit einem eigenen Close-Frame, danach wird die TCP-Verbindung geschlossen.');
  await page.goto('/websocket/1006-vs-1010/');
  await expect(page.locator('.side-by-side > figure.diagram')).toHaveCount(2);
  await expect(page.locator('.side-by-side > table.compare')).toHaveCount(1);
});
