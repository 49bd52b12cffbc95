import { expect, type Page } from '@playwright/test';
import { violations } from './axe.ts';
import { test } from './tab.ts';

test.describe.configure({ mode: 'parallel' });

/** The pages that show "the roadmap at a glance", and the widths of a small phone, a phone and a laptop. */
const PATHS = ['/', '/roadmap/', '/en/', '/en/roadmap/'];
const WIDTHS = [320, 390, 1280];
const PHONE = 480;

/** The browser's own accessibility tree: roles as a screen reader gets them, CSS display included. */
async function axRoles(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const counts: Record<string, number> = {};
  for (const node of nodes) {
    const role = String(node.role?.value ?? '');
    if (!node.ignored) counts[role] = (counts[role] ?? 0) + 1;
  }
  return counts;
}

/** WCAG contrast of each visible text of the chart against the box behind it: "name: ratio". */
async function chartContrast(page: Page): Promise<{ text: string; ratio: number }[]> {
  return page.evaluate(() => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = rgb(css).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backgroundOf = (el: Element): string => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (!/rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const svg = [...document.querySelectorAll('svg.tn-chart')].find((s) => s.getBoundingClientRect().width > 0);
    return [...(svg?.querySelectorAll('text') ?? [])].map((text) => {
      const [a, b] = [luminance(getComputedStyle(text).fill), luminance(backgroundOf(svg!))].sort((x, y) => y - x);
      return { text: text.textContent ?? '', ratio: (a! + 0.05) / (b! + 0.05) };
    });
  });
}

for (const width of WIDTHS) {
  for (const path of PATHS) {
    test(`${path} at ${width} px: the roadmap shows every summary without sideways scrolling, in light and dark`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const table = page.locator('table.roadmap-table');
      const summaries = table.locator('td.roadmap-summary');
      await expect(summaries).toHaveCount(12);

      const scroll = await page.evaluate(() => {
        const root = document.scrollingElement!;
        const box = document.querySelector('.roadmap')!;
        return { page: root.scrollWidth - root.clientWidth, box: box.scrollWidth - box.clientWidth };
      });
      expect(scroll, 'horizontal overflow of the page and of the table’s box').toEqual({ page: 0, box: 0 });

      const tableBox = (await table.boundingBox())!;
      for (const cell of await summaries.all()) {
        await expect(cell).toBeVisible();
        const box = (await cell.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await cell.evaluate((td) => td.scrollWidth <= td.clientWidth), 'the summary’s text fits its cell').toBe(true);
        if (width <= PHONE) expect(box.width, 'on a phone the summary spans the card').toBeGreaterThan(tableBox.width * 0.9);
        else expect(box.width, 'on a wide screen the summary is not a narrow strip').toBeGreaterThanOrEqual(240);
      }
      if (width > PHONE) {
        // The box holding the table takes the content column's width, wider than the text's measure.
        const widths = await page.evaluate(() => ({
          main: document.querySelector('main')!.clientWidth,
          box: document.querySelector('section.addition:has(.roadmap)')!.getBoundingClientRect().width,
          text: document.querySelector('.page-header')!.getBoundingClientRect().width,
        }));
        expect(Math.abs(widths.box - widths.main)).toBeLessThanOrEqual(1);
        expect(widths.box).toBeGreaterThan(widths.text);
      }

      // The table stays a table for screen readers, cards or not: 12 row headers, 4 column headers.
      const roles = await axRoles(page);
      expect(roles['table']).toBe(1);
      expect(roles['rowheader']).toBe(12);
      expect(roles['columnheader']).toBe(4);

      // Of the chart's two drawings, exactly the one that fits shows (and only /roadmap/ has the chart).
      await expect(page.locator('svg.tn-chart:visible')).toHaveCount(path.endsWith('/roadmap/') ? 1 : 0);
      expect(roles['image'] ?? 0).toBe(path.endsWith('/roadmap/') ? 1 : 0);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect.soft(await violations(page), `axe (${scheme})`).toEqual([]);
        if (path.endsWith('/roadmap/')) {
          const low = (await chartContrast(page)).filter((t) => t.ratio < 4.5).map((t) => `${t.text}: ${t.ratio.toFixed(2)}`);
          expect.soft(low, `chart text below 4.5:1 (${scheme})`).toEqual([]);
        }
      }
    });
  }
}
