import { expect } from '@playwright/test';
import { test } from './tab.ts';

// Axe on every page is in every-page.spec.ts; here the states a page reaches when used.

// Two axe runs on a busy 2-core machine can pass 30 s. (Axe with search open is in search.spec.ts.)
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

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
