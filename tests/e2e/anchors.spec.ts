import { expect } from '@playwright/test';
import { test } from './tab.ts';

// That every section heading has one anchor link to itself, labelled with its text, is checked in tests/dist/navigation.test.ts.

test.describe.configure({ mode: 'parallel' });

for (const path of ['/subsystems/hardware-virtualization/', '/en/about/']) {
  test(`${path}: each heading anchor is dimmed at rest and shown with a focus ring when focused`, async ({ page }) => {
    await page.goto(path);
    // Checked inside the page, one heading after another.
    const headings = await page.locator('article h2[id]').evaluateAll((hs) =>
      hs.map((h) => {
        const a = h.querySelector<HTMLAnchorElement>('a.heading-anchor');
        const before = a ? getComputedStyle(a).opacity : '';
        a?.focus();
        const style = a ? getComputedStyle(a) : undefined;
        return {
          id: h.id,
          focused: document.activeElement === a,
          shown: { before: Number(before) < 1, opacity: style?.opacity, outline: style?.outlineStyle, visibility: style?.visibility },
        };
      }),
    );
    expect(headings.length, 'section headings').toBeGreaterThan(3);
    for (const h of headings) {
      expect({ focused: h.focused, ...h.shown }, `${path}#${h.id}`).toEqual({ focused: true, before: true, opacity: '1', outline: 'solid', visibility: 'visible' });
    }
  });
}

test('deep links with a trailing slash load as they are, without a redirect, and scroll their heading into view', async ({ page }) => {
  for (const url of ['/process/#regression-testing', '/en/process/#regression-testing', '/subsystems/hardware-virtualization/#kvm', '/en/subsystems/aio/#syslets']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    expect(response?.request().redirectedFrom(), `${url} was redirected`).toBeNull();
    expect(page.url()).toBe(new URL(url, page.url()).href);
    const id = url.split('#')[1] ?? '';
    await expect(page.locator(`#${id}`), url).toBeInViewport();
    await expect.poll(() => page.evaluate(() => window.scrollY), `${url} scrolled`).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelector(':target')?.id), `${url} :target`).toBe(id);
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
