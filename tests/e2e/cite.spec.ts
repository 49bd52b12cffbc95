import { expect, test } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: import('@playwright/test').Page) => page.evaluate(() => navigator.clipboard.readText());

for (const { path, copy, copied } of [
  { path: '/subsystems/aio/', copy: 'コピー', copied: 'コピーしました' },
  { path: '/en/subsystems/aio/', copy: 'Copy', copied: 'Copied' },
]) {
  test(`${path}: the citation’s copy buttons copy the text and the BibTeX, loading their script only on first use`, async ({ page }) => {
    await page.goto(path);
    const block = page.locator('section.cite');
    const buttons = block.getByRole('button', { name: copy, exact: true });
    await expect(buttons).toHaveCount(2);
    expect(await page.locator('script[src*="copy-citation"]').count()).toBe(0);

    await buttons.first().click();
    await expect(block.getByRole('button', { name: copied })).toBeVisible();
    expect(await clipboard(page)).toBe((await block.locator('#cite-text').textContent())?.trim());
    expect(await page.locator('script[src*="copy-citation"]').count()).toBe(1);

    await block.locator('.cite-head').nth(1).getByRole('button').click();
    const bibtex = await clipboard(page);
    expect(bibtex).toMatch(/^@misc\{lfjs2007-subsystems-aio-(ja|en),\n/);
    expect(bibtex).toBe((await block.locator('#cite-bibtex').textContent())?.trim());
  });
}

test('any element can be cited by its id: the page’s citation with that element’s permalink', async ({ page }) => {
  await page.goto('/en/subsystems/aio/');
  const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
  const script = await page.locator('section.cite button.copy-button').first().getAttribute('data-script');
  // A control as a paragraph's permalink button would be: the copy script and the element to cite.
  await page.locator('#syslets').evaluate((heading, src) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Cite';
    button.dataset.script = src ?? '';
    button.dataset.cite = heading.id;
    heading.after(button);
  }, script);
  await page.getByRole('button', { name: 'Cite', exact: true }).click();
  const text = (await page.locator('#cite-text').textContent())?.trim() ?? '';
  await expect.poll(() => clipboard(page)).toBe(text.replace(canonical ?? '', `${canonical}#syslets`));
});
