import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ALL_PAGES, NOT_FOUND_PAGES, openSearch, resultPaths } from './site.ts';

test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Axe's violations, one line per failing node, readable in a test failure. */
async function violations(page: Page, include?: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself rather than finishing in a new blank page: about twice
  // as fast, and the site has no iframes for the newer mode to reach into.
  let builder = new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
}

/** Runs axe in the light and then the dark scheme, without reloading the page. */
async function bothSchemes(page: Page, label: string, include?: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  expect.soft(await violations(page, include), `${label} (light)`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect.soft(await violations(page, include), `${label} (dark)`).toEqual([]);
}

const PAGES = [...ALL_PAGES.map((p) => ({ path: p.path, status: 200 })), ...NOT_FOUND_PAGES.map((p) => ({ path: p.path, status: 404 }))];

for (const { path, status } of PAGES) {
  test(`axe: ${path} in light and dark`, async ({ page }) => {
    test.setTimeout(60_000);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    if (path.endsWith('/search/')) await expect(page.locator('#search-page-ui input')).toBeVisible();
    await bothSchemes(page, path);
  });
}

for (const [home, query] of [['/', 'KVM'], ['/en/', 'namespaces']] as const) {
  test(`axe: ${home} with the search dialog open and showing results, in light and dark`, async ({ page }) => {
    await page.goto(home);
    const dialog = await openSearch(page, 'click');
    await dialog.locator('input.pagefind-ui__search-input').fill(query);
    await resultPaths(dialog, query);
    await bothSchemes(page, `${home} search dialog`);
  });
}

test('axe: the search page with results and the section filter open', async ({ page }) => {
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
      const tip = page.locator(`[id="${id}"]`);
      await expect(tip).toHaveAttribute('role', 'tooltip');
      await expect(tip).toHaveClass(/term-tip/);
      expect(await tip.evaluate((el, termEl) => termEl?.contains(el), await term.elementHandle())).toBe(true);
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

  test('every term link on a page describes itself with an existing tooltip', async ({ page }) => {
    for (const path of ['/subsystems/containerization/', '/en/subsystems/memory-management/', '/process/']) {
      await page.goto(path);
      const problems = await page.locator('a.term-link').evaluateAll((links) =>
        links.flatMap((a) => {
          const id = a.getAttribute('aria-describedby');
          const tip = id ? document.getElementById(id) : null;
          if (!tip) return [`${a.textContent}: no tooltip #${id}`];
          if (tip.getAttribute('role') !== 'tooltip') return [`${a.textContent}: #${id} is not role=tooltip`];
          if (a.nextElementSibling !== tip) return [`${a.textContent}: #${id} is not the link's next sibling`];
          return [];
        }),
      );
      expect(problems, path).toEqual([]);
    }
  });
});
