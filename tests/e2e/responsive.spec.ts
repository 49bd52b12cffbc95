import { expect, test } from '@playwright/test';
import { overflow } from './layout.ts';

test.describe.configure({ mode: 'parallel' });
test.use({ viewport: { width: 320, height: 720 } });

// Every page at 320 px is checked in every-page.spec.ts; here, with the menu and the search dialog open.

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
  await dialog.locator('input[role="combobox"]').fill('仮想化');
  await expect(dialog.locator('[role="option"]').first()).toBeVisible();
  const box = await dialog.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
  expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
  const { scrollWidth, clientWidth } = await overflow(page);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});
