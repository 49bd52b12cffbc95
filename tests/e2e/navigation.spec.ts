import { expect } from '@playwright/test';
import { LANGS, localized } from './site.ts';
import { test } from './tab.ts';

test.describe.configure({ mode: 'parallel' });

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

// What the pages say about getting around (the sidebar's current page, breadcrumbs, pagination
// targets, table-of-contents targets, the skip link's target) is checked in tests/dist/navigation.test.ts;
// here, what it does.

for (const lang of LANGS) {
  test.describe(`${lang}`, () => {
    test.use({ viewport: DESKTOP });

    test('sidebar table of contents jumps to each section at 1280 px', async ({ page }) => {
      for (const route of ['/subsystems/hardware-virtualization/', '/process/']) {
        await page.goto(localized(route, lang));
        await expect(page.locator('details.toc-inline')).toBeHidden();
        const links = page.locator('nav.toc-sidebar a');
        await expect(links.first()).toBeVisible();
        const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(hrefs.length).toBeGreaterThan(2);
        for (const href of hrefs) {
          expect(href).toMatch(/^#[\w-]+$/);
          const target = page.locator(href);
          await expect(target, `${route}${href} exists`).toHaveCount(1);
          await page.locator(`nav.toc-sidebar a[href="${href}"]`).click();
          await expect(page).toHaveURL(new RegExp(`${href}$`));
          await expect(target, `${route}${href} scrolled into view`).toBeInViewport();
        }
      }
    });
  });

  test.describe(`${lang} at 390 px`, () => {
    test.use({ viewport: PHONE });

    test('the folded table of contents opens and its links jump to sections', async ({ page }) => {
      await page.goto(localized('/subsystems/memory-management/', lang));
      await expect(page.locator('nav.toc-sidebar')).toBeHidden();
      const details = page.locator('main details.toc-inline');
      await expect(details).toBeVisible();
      const links = details.locator('a');
      await expect(links.first()).toBeHidden();
      await details.locator('summary').click();
      await expect(details).toHaveAttribute('open', '');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(2);
      for (const href of hrefs) {
        const target = page.locator(href);
        await expect(target, `${href} exists`).toHaveCount(1);
        await details.locator(`a[href="${href}"]`).click();
        await expect(page).toHaveURL(new RegExp(`${href}$`));
        await expect(target, `${href} scrolled into view`).toBeInViewport();
      }
    });

    test('the menu button opens the navigation popover and its links work', async ({ page }) => {
      await page.goto(localized('/keynote/', lang));
      const nav = page.locator('nav#site-nav');
      const button = page.locator('header.site-header button.menu-button');
      await expect(button).toBeVisible();
      await expect(nav).toBeHidden();
      await button.click();
      await expect(nav).toBeVisible();
      expect(await nav.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      const link = nav.locator(`a[href="${localized('/subsystems/utrace/', lang)}"]`);
      await expect(link).toBeInViewport();
      await link.click();
      await expect(page).toHaveURL(localized('/subsystems/utrace/', lang));
      await expect(page.locator('nav#site-nav')).toBeHidden();
      await expect(page.locator('nav#site-nav a[aria-current="page"]')).toHaveAttribute('href', localized('/subsystems/utrace/', lang));
    });
  });

  test(`${lang}: the menu button is hidden and the sidebar shown from 1024 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(localized('/qa/', lang));
    await expect(page.locator('button.menu-button')).toBeHidden();
    await expect(page.locator('nav#site-nav')).toBeVisible();
  });

  test(`${lang}: the skip link is first in tab order and moves focus to main`, async ({ page }) => {
    await page.goto(localized('/roadmap/', lang));
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main');
  });
}

test('the 404 page has a skip link first in tab order too', async ({ page }) => {
  await page.goto('/en/nope/');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveAccessibleName('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});
