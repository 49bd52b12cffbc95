import { expect, type Page } from '@playwright/test';
import { test } from './tab.ts';

/** A4's printable width at the print stylesheet's margins (210 mm − 2 × 18 mm), in CSS pixels. */
const A4_TEXT_WIDTH = Math.floor(((210 - 36) / 25.4) * 96);

/** Pages of a PDF that Chromium wrote (one /Type /Page object per page). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** Lays the page out as printed on A4, and lists what sticks out of the printable width. */
async function overflowInPrint(page: Page): Promise<string[]> {
  await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(element).display === 'none') continue;
      if (box.right > width + 1 || box.left < -1) out.push(`${element.tagName.toLowerCase()}.${element.className}: ${Math.round(box.left)}–${Math.round(box.right)}px`);
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') out.push(`${element.tagName.toLowerCase()}.${element.className} scrolls`);
    }
    return out;
  });
}

const CHROME = ['.site-header', '.site-nav', '.toc', '.pagination', '.breadcrumbs', '.offline-save', '.copy-button', '.skip-link', '.heading-anchor'];

for (const { path, lang } of [{ path: '/full/', lang: 'ja' }, { path: '/en/full/', lang: 'en' }]) {
  test(`${path} prints on A4, each report page starting a new sheet, with no navigation and no clipped text`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    const sections = await page.locator('section.full-section').count();
    expect(sections).toBe(16);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 is 595 × 842 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
    // One sheet per report page at least (the first follows the title); long pages take two.
    const sheets = pageCount(pdf);
    test.info().annotations.push({ type: 'sheets', description: String(sheets) });
    expect(sheets).toBeGreaterThanOrEqual(sections);
    expect(sheets).toBeLessThanOrEqual(sections * 2);

    expect(await overflowInPrint(page)).toEqual([]);
    for (const selector of CHROME) {
      for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
    }
    const breaks = await page.locator('section.full-section').evaluateAll((all) => all.map((s) => getComputedStyle(s).breakBefore));
    expect(breaks).toEqual(['auto', ...Array(sections - 1).fill('page')]);
    // Japanese keeps the screen's line breaking rules on paper, and is justified as JLREQ sets body text.
    const paragraph = page.locator('.report-body p').first();
    await expect(paragraph).toHaveCSS('line-break', lang === 'ja' ? 'strict' : 'auto');
    await expect(paragraph).toHaveCSS('text-align', lang === 'ja' ? 'justify' : 'start');
  });
}

for (const path of ['/subsystems/memory-management/', '/en/subsystems/memory-management/', '/glossary/', '/en/timeline/']) {
  test(`${path} prints on A4 without navigation or clipped text`, async ({ page }) => {
    await page.goto(path);
    const sheets = pageCount(await page.pdf({ preferCSSPageSize: true }));
    expect(sheets).toBeGreaterThanOrEqual(1);
    expect(sheets).toBeLessThanOrEqual(12);
    expect(await overflowInPrint(page)).toEqual([]);
    for (const selector of CHROME) {
      for (const element of await page.locator(selector).all()) await expect(element).toBeHidden();
    }
  });
}

test('external links print their address; links inside the site do not', async ({ page }) => {
  await page.goto('/en/about/');
  await page.emulateMedia({ media: 'print' });
  const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after('main a[href^="http://www.linux-foundation.jp/"]')).toBe('" (http://www.linux-foundation.jp/)"');
  expect(await after('main .prose a[href="/en/keynote/"]')).toBe('none');
});
