import { expect, test } from '@playwright/test';
import { ALL_PAGES, LANGS, REPORT_ORDER, localized, sitemapPaths } from './site.ts';

test.describe.configure({ mode: 'parallel' });

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

test('the fixed page list matches the built sitemap', () => {
  expect(sitemapPaths().sort()).toEqual(ALL_PAGES.map((p) => p.path).sort());
});

for (const lang of LANGS) {
  test.describe(`${lang}`, () => {
    test.use({ viewport: DESKTOP });

    test('pagination walks the whole report forward, and the sidebar marks each page as current', async ({ page }) => {
      test.setTimeout(90_000);
      const order = REPORT_ORDER.map((route) => localized(route, lang));
      await page.goto(order[0] ?? '/');
      await expect(page.locator('nav.pagination a[rel=prev]')).toHaveCount(0);
      for (const [i, path] of order.entries()) {
        await expect(page).toHaveURL(path);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        const current = page.locator('nav#site-nav a[aria-current="page"]');
        await expect(current).toHaveCount(1);
        await expect(current).toHaveAttribute('href', path);
        await expect(current).toBeVisible();
        const prev = page.locator('nav.pagination a[rel=prev]');
        if (i > 0) await expect(prev).toHaveAttribute('href', order[i - 1] ?? '');
        const next = page.locator('nav.pagination a[rel=next]');
        if (i === order.length - 1) {
          await expect(next).toHaveCount(0);
        } else {
          await expect(next).toHaveAttribute('href', order[i + 1] ?? '');
          await next.click();
        }
      }
    });

    test('the sidebar marks the current page on the reference pages', async ({ page }) => {
      for (const route of ['/about/', '/glossary/', '/people/', '/timeline/']) {
        const path = localized(route, lang);
        await page.goto(path);
        const current = page.locator('nav#site-nav a[aria-current="page"]');
        await expect(current, path).toHaveCount(1);
        await expect(current, path).toHaveAttribute('href', path);
      }
      // A person's page belongs to no single nav entry: nothing claims to be it.
      await page.goto(localized('/people/mel-gorman/', lang));
      const current = page.locator('nav#site-nav a[aria-current="page"]');
      const count = await current.count();
      if (count > 0) await expect(current).toHaveAttribute('href', localized('/people/', lang));
    });

    test('breadcrumbs on a subsystem page lead home › roadmap › page', async ({ page }) => {
      await page.goto(localized('/subsystems/kevent/', lang));
      const crumbs = page.locator('main nav.breadcrumbs li');
      await expect(crumbs).toHaveCount(3);
      await expect(crumbs.nth(0).locator('a')).toHaveAttribute('href', localized('/', lang));
      await expect(crumbs.nth(1).locator('a')).toHaveAttribute('href', localized('/roadmap/', lang));
      const here = crumbs.nth(2).locator('[aria-current="page"]');
      await expect(here).toHaveText((await page.locator('header.page-header h1').textContent())?.trim() ?? '');
      await expect(crumbs.nth(2).locator('a')).toHaveCount(0);
      const roadmapTitle = (await crumbs.nth(1).textContent())?.trim() ?? '';
      await crumbs.nth(1).locator('a').click();
      await expect(page).toHaveURL(localized('/roadmap/', lang));
      await expect(page.locator('header.page-header h1')).toHaveText(roadmapTitle);
    });

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
    await expect(page.locator('main#main')).toHaveCount(1);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await expect(skip).toHaveAttribute('href', '#main');
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main');
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
