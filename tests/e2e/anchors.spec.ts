import { expect, test } from '@playwright/test';
import { LANGS, REPORT_ORDER, localized } from './site.ts';

test.describe.configure({ mode: 'parallel' });

const PAGES = LANGS.flatMap((lang) => [...REPORT_ORDER, '/about/'].map((route) => ({ route, path: localized(route, lang) })));

// A few pages per test, one browser page each.
const CHUNK = 4;
for (let i = 0; i < PAGES.length; i += CHUNK) {
  const chunk = PAGES.slice(i, i + CHUNK);
  test(`every section heading has an anchor link named after it, shown on focus: ${chunk.map((p) => p.path).join(' ')}`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const { route, path } of chunk) {
      await page.goto(path);
      if (route !== '/about/') expect(await page.locator('section.report h2[id]').count(), `${path}: report headings`).toBeGreaterThan(0);
      // Everything but the accessible name is checked inside the page, one heading after another.
      const headings = await page.locator('article h2[id]').evaluateAll((hs) =>
        hs.map((h) => {
          const anchors = h.querySelectorAll('a.heading-anchor');
          const a = anchors[0] as HTMLAnchorElement | undefined;
          const copy = h.cloneNode(true) as HTMLElement;
          copy.querySelector('.heading-anchor')?.remove();
          const text = copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          const before = a ? getComputedStyle(a).opacity : '';
          a?.focus();
          const style = a ? getComputedStyle(a) : undefined;
          return {
            id: h.id,
            text,
            anchors: anchors.length,
            href: a?.getAttribute('href'),
            label: a?.getAttribute('aria-label') ?? '',
            focused: document.activeElement === a,
            // Dimmed at rest, fully shown with a focus ring when focused from the keyboard.
            shown: { before: Number(before) < 1, opacity: style?.opacity, outline: style?.outlineStyle, visibility: style?.visibility },
          };
        }),
      );
      expect(headings.length, `${path}: section headings`).toBeGreaterThan(0);
      for (const h of headings) {
        const where = `${path}#${h.id}`;
        expect(h.text, `${where} has text`).not.toBe('');
        expect({ anchors: h.anchors, href: h.href, focused: h.focused }, where).toEqual({ anchors: 1, href: `#${h.id}`, focused: true });
        expect(h.label, `${where}: the anchor's label names the heading`).toContain(h.text);
        expect(h.shown, `${where}: anchor shown on focus`).toEqual({ before: true, opacity: '1', outline: 'solid', visibility: 'visible' });
        await expect(page.locator(`[id="${h.id}"] > a.heading-anchor`), where).toHaveAccessibleName(h.label);
      }
    }
  });
}

test('/process/#regression-testing scrolls that heading into view', async ({ page }) => {
  await page.goto('/process/#regression-testing');
  const heading = page.locator('#regression-testing');
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('regression-testing');
});

test('/en/process/#regression-testing scrolls that heading into view', async ({ page }) => {
  await page.goto('/en/process/#regression-testing');
  await expect(page.locator('#regression-testing')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('deep links with a trailing slash load as they are, without a redirect', async ({ page }) => {
  for (const url of ['/process/#regression-testing', '/en/process/#regression-testing', '/subsystems/hardware-virtualization/#kvm', '/en/subsystems/aio/#syslets']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    expect(response?.request().redirectedFrom(), `${url} was redirected`).toBeNull();
    expect(page.url()).toBe(new URL(url, page.url()).href);
    const id = url.split('#')[1] ?? '';
    await expect(page.locator(`#${id}`), url).toBeInViewport();
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical, 'canonical URL').toMatch(/\/$/);
    expect(new URL(canonical ?? '').pathname).toBe(new URL(url, page.url()).pathname);
  }
});

test('a deep link without the trailing slash is redirected to the slash form and keeps its section', async ({ page }) => {
  await page.goto('/process#regression-testing');
  await expect(page).toHaveURL(/\/process\/#regression-testing$/);
  await expect(page.locator('#regression-testing')).toBeInViewport();
});

test('clicking a heading anchor puts its hash in the URL and keeps the heading in view', async ({ page }) => {
  await page.goto('/subsystems/memory-management/');
  const heading = page.locator('section.report h2[id]').nth(1);
  const id = await heading.getAttribute('id');
  await heading.hover();
  await heading.locator('a.heading-anchor').click();
  await expect(page).toHaveURL(new RegExp(`/subsystems/memory-management/#${id}$`));
  await expect(heading).toBeInViewport();
});
