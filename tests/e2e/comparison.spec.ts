import { expect, test } from '@playwright/test';

/** The seeds' page shape, with the headings exactly as DESIGN.md's table gives them. */
const headings = {
  en: ['Description', 'When you see it', 'How to fix', 'Key differences', 'When to use which', 'Learn more'],
  zh: ['描述', '何时出现', '如何修复', '主要区别', '何时使用哪个', '了解更多'],
  de: ['Beschreibung', 'Wann Sie es sehen', 'Wie man es behebt', 'Wesentliche Unterschiede', 'Wann welchen verwenden', 'Mehr erfahren'],
  pt: ['Descrição', 'Quando você o vê', 'Como corrigir', 'Diferenças principais', 'Quando usar qual', 'Saiba mais'],
  fr: ['Description', 'Quand vous le voyez', 'Comment résoudre', 'Différences clés', 'Quand utiliser lequel', 'En savoir plus'],
} as const;

/** The code page's headings (DESIGN.md); zh is the site's own choice. */
const codeHeadings = {
  en: ['Description', 'When you see this code', 'How to fix', 'Compare with'],
  zh: ['描述', '何时会看到此关闭码', '如何修复', '与其他关闭码对比'],
  de: ['Beschreibung', 'Wenn Sie diesen Code sehen', 'Wie man es behebt', 'Vergleichen mit'],
  pt: ['Descrição', 'Quando você vê este código', 'Como corrigir', 'Comparar com'],
  fr: ['Description', 'Quand vous voyez ce code', 'Comment résoudre', 'Comparer avec'],
} as const;

const prefix = (l: string) => (l === 'en' ? '' : `/${l}`);

for (const [locale, [d, w, h, k, u, l]] of Object.entries(headings)) {
  test(`${locale}: 1008 vs 1010 answers first (key differences, which to use), then each code's sections, then learn more`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/websocket/1008-vs-1010/`);
    const wanted = new Set<string>(headings[locale as keyof typeof headings]);
    const seen = (await page.locator('main h2, main h3').allInnerTexts()).map((s) => s.trim()).filter((s) => wanted.has(s));
    expect(seen).toEqual([k, u, d, w, h, d, w, h, l]);
    await expect(page.locator('h1')).toHaveText(/1008.+1010/);
  });

  test(`${locale}: the 1006 code page shows its localized headings in order`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/websocket/1006/`);
    const wanted = codeHeadings[locale as keyof typeof codeHeadings];
    const seen = (await page.locator('main h2').allInnerTexts()).map((s) => s.trim()).filter((s) => (wanted as readonly string[]).includes(s));
    expect(seen).toEqual([...wanted]);
  });
}

test('1008 vs 1010 has the exact title and links to both code pages', async ({ page }) => {
  await page.goto('/websocket/1008-vs-1010/');
  await expect(page.locator('h1')).toHaveText('WebSocket 1008 Policy Violation vs 1010 Mandatory Extension');
  await expect(page).toHaveTitle('WebSocket 1008 Policy Violation vs 1010 Mandatory Extension');
  await expect(page.locator('main a[href="/websocket/1008/"]').first()).toBeVisible();
  await expect(page.locator('main a[href="/websocket/1010/"]').first()).toBeVisible();
  // Key differences come from the facts: 1010 is sent by a client only, 1008 by either endpoint.
  const sender = page.locator('table.compare tr', { hasText: 'Who sends it' });
  await expect(sender.locator('td')).toHaveText(['Either endpoint', 'The client']);
});

test('the 1006 code page links to all 18 comparisons', async ({ page }) => {
  await page.goto('/websocket/1006/');
  const hrefs = await page.locator('nav.compare-with a:not(.anchor)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(18);
  expect(new Set(hrefs).size).toBe(18);
  expect(hrefs).toContain('/websocket/1001-vs-1006/');
  expect(hrefs).toContain('/websocket/1006-vs-1008/');
  expect(hrefs).toContain('/websocket/1006-vs-3008/');
  for (const href of hrefs) {
    expect(href).toMatch(/^\/websocket\/(\d+)-vs-(\d+)\/$/);
    const [, a, b] = /(\d+)-vs-(\d+)/.exec(href!)!;
    expect(Number(a)).toBeLessThan(Number(b));
    expect([a, b]).toContain('1006');
  }
});

test('at 375 px the written difference of 1001 vs 1006 is on the first screen, above both codes', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/websocket/1001-vs-1006/');
  const lead = page.locator('.difference[data-written="true"]');
  await expect(lead).toBeInViewport();
  const box = await lead.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(667);
  await expect(lead).toContainText('1001');
});

test('a pair nobody confuses gets a generated lead and links to the pairs each code is confused with', async ({ page }) => {
  await page.goto('/websocket/1003-vs-3008/');
  await expect(page.locator('.difference[data-written="false"]')).toHaveText(/1003|3008/);
  await expect(page.locator('.rarely')).toHaveText('These two codes are rarely confused. The comparisons readers need most for them:');
  expect(await page.locator('.usual-pairs a').count()).toBeGreaterThanOrEqual(2);
});
