import { expect, test } from '@playwright/test';
import { ALL_PAGES, NOT_FOUND_PAGES } from './site.ts';

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 320, height: 720 } });

/** The page's horizontal overflow in CSS pixels, and the elements that stick out past the right edge. */
async function overflow(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && getComputedStyle(el).position !== 'fixed';
      })
      .filter((el) => !el.closest('.roadmap') || el.classList.contains('roadmap'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} (right ${Math.round(el.getBoundingClientRect().right)})`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
}

const PAGES = [...ALL_PAGES.map((p) => p.path), ...NOT_FOUND_PAGES.map((p) => p.path)];

// Chunks of pages per test: one browser page each, without paying a new context per page.
const CHUNK = 6;
for (let i = 0; i < PAGES.length; i += CHUNK) {
  const chunk = PAGES.slice(i, i + CHUNK);
  test(`no horizontal scroll at 320 px: ${chunk.join(' ')}`, async ({ page }) => {
    for (const path of chunk) {
      await page.goto(path);
      const { scrollWidth, clientWidth, culprits } = await overflow(page);
      expect.soft(scrollWidth, `${path} scrolls sideways; sticking out: ${culprits.join(', ')}`).toBeLessThanOrEqual(clientWidth);
    }
  });
}

test('no horizontal scroll at 320 px with the menu and the search dialog open', async ({ page }) => {
  await page.goto('/subsystems/containerization/');
  await page.locator('button.menu-button').click();
  await expect(page.locator('nav#site-nav')).toBeVisible();
  const nav = await page.locator('nav#site-nav').boundingBox();
  expect((nav?.x ?? 0) + (nav?.width ?? 0)).toBeLessThanOrEqual(320);
  await page.keyboard.press('Escape');
  await expect(page.locator('nav#site-nav')).toBeHidden();

  await page.locator('a.search-button').click();
  const dialog = page.locator('dialog#search-dialog');
  await dialog.locator('input.pagefind-ui__search-input').fill('仮想化');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  const box = await dialog.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
  expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
  const { scrollWidth, clientWidth } = await overflow(page);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
