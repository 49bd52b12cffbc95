import { expect, test } from '@playwright/test';
import { tabTo } from './site.ts';

test.describe.configure({ mode: 'parallel' });

// That every page's switch is a link to the same page in the other language (href, hreflang, lang) is checked in tests/dist/navigation.test.ts.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch is a plain link that works', async ({ page }) => {
    await page.goto('/subsystems/aio/');
    await page.locator('header.site-header a[data-language-switch]').click();
    await page.waitForURL('/en/subsystems/aio/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('from /process/#regression-testing the switch leads to /en/process/#regression-testing', async ({ page }) => {
  await page.goto('/process/#regression-testing');
  await expect(page.locator('#regression-testing')).toBeInViewport();
  await page.locator('a[data-language-switch]').click();
  await expect(page).toHaveURL('/en/process/#regression-testing');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#regression-testing')).toBeInViewport();
});

test('after scrolling to a paragraph (no hash in the URL), switching lands on the same paragraph', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/subsystems/hardware-virtualization/');
  // Scroll the way a reader does, so the paragraph they read sits just below the sticky header.
  const paragraph = page.locator('#hardware-virtualization-p3');
  await page.evaluate(() => {
    const p = document.querySelector('#hardware-virtualization-p3');
    const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    if (p) window.scrollTo({ top: window.scrollY + p.getBoundingClientRect().top - header - 8, behavior: 'instant' });
  });
  await expect(paragraph).toBeInViewport();
  expect(new URL(page.url()).hash).toBe('');
  // Then use the switch in the sticky header where it is, as a reader would: a mouse click at its
  // position (locator.click() first calls scrollIntoView, which scrolls a sticky element's page).
  const box = await page.locator('a[data-language-switch]').boundingBox();
  if (!box) throw new Error('the language switch is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL('/en/subsystems/hardware-virtualization/#hardware-virtualization-p3');
  await expect(page.locator('#hardware-virtualization-p3')).toBeInViewport();
});

test('the switch is reachable with Tab and activates with Enter', async ({ page }) => {
  await page.goto('/en/subsystems/kprobes/');
  await tabTo(page, 'a[data-language-switch]', 15);
  await expect(page.locator('a[data-language-switch]')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/subsystems/kprobes/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test.describe('the 404 page', () => {
  /** Every element of one language's block is hidden, and the other's main block is shown. */
  async function expectLanguage(page: import('@playwright/test').Page, shown: 'ja' | 'en', title: string) {
    const hidden = shown === 'en' ? 'ja' : 'en';
    await expect(page.locator('html')).toHaveAttribute('lang', shown);
    await expect(page.locator('html')).toHaveAttribute('data-not-found', shown);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(title);
    expect((await page.getByRole('heading', { level: 1 }).innerText()).trim()).toBe(title);
    await expect(page.locator(`main div.not-found-${shown}`)).toBeVisible();
    await expect(page.locator(`main div.not-found-${shown} a[href="${shown === 'en' ? '/en/' : '/'}"]`).first()).toBeVisible();
    const visible = await page.locator(`.not-found-${hidden}`).evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.outerHTML.slice(0, 80)));
    expect(visible, `the ${hidden} block is hidden`).toEqual([]);
    expect(await page.locator(`.not-found-${hidden}`).count()).toBeGreaterThan(0);
    await expect(page).toHaveTitle(new RegExp(title));
  }

  test('/en/nope/ shows the English block (h1 "Page not found") with html lang=en', async ({ page }) => {
    const response = await page.goto('/en/nope/');
    expect(response?.status()).toBe(404);
    await expectLanguage(page, 'en', 'Page not found');
  });

  test('/nope/ shows the Japanese block with html lang=ja', async ({ page }) => {
    const response = await page.goto('/nope/');
    expect(response?.status()).toBe(404);
    await expectLanguage(page, 'ja', 'ページが見つかりません');
  });

  test('a deeper English miss (/en/subsystems/nope/) is English too', async ({ page }) => {
    await page.goto('/en/subsystems/nope/');
    await expectLanguage(page, 'en', 'Page not found');
  });
});
