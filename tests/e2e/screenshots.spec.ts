import { expect, test } from '@playwright/test';

/**
 * Screenshots of every page kind at 320, 375, 768 and 1280 px in the light scheme, and at 375 and
 * 1280 px (phone and desktop) in the dark one, kept in test-results/screenshots/ for anyone to look
 * at. Each asserts no horizontal scrolling, no overlap between the header's parts, and no
 * identifier split inside a word. (A colour scheme changes colours, not layout: the dark run at
 * every width repeated the light one's checks and cost CI a minute.)
 */
const pages = {
  home: '/',
  code: '/websocket/1006/',
  comparison: '/websocket/1006-vs-1008/',
  range: '/websocket/range/4000-4999/',
  number: '/websocket/4004/',
  guide: '/guides/idle-timeouts/',
  source: '/messages/chromium/',
  search: `/search/?q=${encodeURIComponent('websocket: close 1006 (abnormal closure): unexpected EOF')}`,
  // A pasted line with a long path and no space in it: "Results for …" and the results wrap it.
  'search, a pasted path': `/search/?q=${encodeURIComponent('RangeError: Invalid WebSocket frame: invalid status code 40000\n    at Receiver.controlMessage (/srv/app/node_modules/ws/lib/receiver.js:450:18)')}`,
};
const widths = [320, 375, 768, 1280];
const darkWidths = new Set([375, 1280]);

for (const [name, path] of Object.entries(pages)) {
  for (const scheme of ['light', 'dark'] as const) {
    const sizes = widths.filter((w) => scheme === 'light' || darkWidths.has(w));
    test(`${name}, ${scheme}, at ${sizes.join(', ')} px: no horizontal overflow, no overlap in the header, no identifier broken in a word`, async ({ page }) => {
      // One load per page and scheme; each width is the same page resized (media queries and
      // layout follow the viewport): four loads per page cost CI about half a minute.
      await page.setViewportSize({ width: sizes[0]!, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (name.startsWith('search')) await expect(page.locator('.search-page')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      for (const width of sizes) {
        await page.setViewportSize({ width, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${width}px: horizontal overflow`).toBeLessThanOrEqual(0);
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
        expect(overlaps, `${width}px: header parts overlap`).toEqual([]);
        // An identifier may wrap only at a <wbr>: each of its text pieces sits on one line.
        const split = await page.locator('code.ident').evaluateAll((codes) =>
          codes.flatMap((code) =>
            [...code.childNodes]
              .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
              .filter((n) => {
                const range = document.createRange();
                range.selectNodeContents(n);
                const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                return lines.size > 1;
              })
              .map((n) => n.textContent!),
          ),
        );
        expect(split, `${width}px: identifiers split inside a word`).toEqual([]);
        // The first screen: what a reader sees on arrival.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `test-results/screenshots/${name}-${width}-${scheme}.png` });
      }
    });
  }
}

test('code page at 375 px: the code, its name, the summary and the way to the fix are on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/websocket/1006/');
  await expect(page.locator('h1')).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.code-head > p[lang], .code-head > p:not(.note)').first()).toBeInViewport({ ratio: 1 });
  const jump = page.locator('.jump a[href="#code-howToFix"]');
  await expect(jump).toBeInViewport({ ratio: 1 });
  await jump.click();
  await expect(page.locator('#code-howToFix')).toBeInViewport();
});

test('code page at 1280 px: the facts and the diagram take the side column beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/websocket/1006/');
  const side = await page.locator('.code-side').boundingBox();
  const body = await page.locator('.code-body').boundingBox();
  expect(side!.x).toBeGreaterThan(body!.x + body!.width - 1);
});

test('no flash of the wrong scheme: a stored choice opposite to the system applies before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Read the scheme in the first animation frame: it runs just before the first paint, which
  // waits for the render-blocking stylesheet, and before any deferred script has run.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { __first?: string }).__first = `${document.documentElement.getAttribute('data-theme')} ${getComputedStyle(document.documentElement).backgroundColor}`;
    });
  });
  await page.goto('/websocket/1006/', { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => (window as unknown as { __first?: string }).__first !== undefined);
  const first = await page.evaluate(() => (window as unknown as { __first?: string }).__first);
  expect(first).toBe('dark rgb(17, 20, 24)');
  expect(errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
});

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
  await expect(page.locator('figure.diagram desc')).toContainText('Close-Frame mit 1010');
  await page.goto('/websocket/1006-vs-1010/');
  await expect(page.locator('.side-by-side > figure.diagram')).toHaveCount(2);
  await expect(page.locator('table.compare')).toHaveCount(1);
});
