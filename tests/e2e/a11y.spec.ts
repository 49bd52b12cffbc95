import { expect, test } from '@playwright/test';
import { bothSchemes } from './axe.ts';
import { openSearch, resultPaths } from './site.ts';

// Axe on every page is in every-page.spec.ts; here the states a page reaches when used.

// Two full axe runs on a page with Pagefind's results: on a busy 2-core machine that can pass 30 s.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

for (const [home, query] of [['/', 'KVM'], ['/en/', 'namespaces']] as const) {
  test(`axe: ${home} with the search dialog open and showing results, in dark and light`, async ({ page }) => {
    await page.goto(home);
    const dialog = await openSearch(page, 'click');
    await dialog.locator('input.pagefind-ui__search-input').fill(query);
    await resultPaths(dialog, query);
    await bothSchemes(page, `${home} search dialog`);
  });
}

test('axe: the search page with results and the section filter open, in dark and light', async ({ page }) => {
  await page.goto('/en/search/?q=KVM');
  await resultPaths(page.locator('#search-page-ui'), 'KVM');
  await page.locator('#search-page-ui summary.pagefind-ui__filter-name').click();
  await bothSchemes(page, '/en/search/?q=KVM');
});

test.describe('glossary term tooltips', () => {
  for (const path of ['/subsystems/hardware-virtualization/', '/en/subsystems/hardware-virtualization/']) {
    test(`${path}: hover and keyboard focus show the tip, and it is the link's description`, async ({ page }) => {
      await page.goto(path);
      const term = page.locator('section.report span.term').first();
      const link = term.locator('a.term-link');
      const id = (await link.getAttribute('aria-describedby')) ?? '';
      expect(id).not.toBe('');
      // (That every term link is described by its tooltip, the next element, is checked in tests/dist/knowledge.test.ts.)
      const tip = page.locator(`[id="${id}"]`);
      await expect(tip).toBeHidden();

      // The accessible description is the tip's text.
      const text = ((await tip.textContent()) ?? '').replace(/\s+/g, ' ').trim();
      expect(text.length).toBeGreaterThan(10);
      await expect(link).toHaveAccessibleDescription(text);

      // Hover.
      await term.hover();
      await expect(tip).toBeVisible();
      await page.mouse.move(0, 0);
      await expect(tip).toBeHidden();

      // Keyboard: Tab to the link from the heading anchor just before it.
      await page.locator('#kvm a.heading-anchor').focus();
      await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      await expect(tip).toBeVisible();
      await expect(tip).toBeInViewport();
      await page.keyboard.press('Tab');
      await expect(tip).toBeHidden();
    });
  }
});
