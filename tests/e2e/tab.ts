import { test as base, type Page } from '@playwright/test';

/**
 * Playwright's `test` with `page` as one tab per worker, which each test takes over reset: on
 * about:blank, with no routes or listeners left, at the test's viewport, colour scheme and reduced
 * motion. A new context per test (a new renderer, an empty cache, axe compiled afresh) made loading
 * and checking a page take 1.7 s instead of 0.5 s. For tests that need no other context option
 * (JavaScript off, permissions, a phone) and look at nothing a first visit does differently (what
 * is fetched, what is stored). After a test fails Playwright starts a new worker, so a new tab.
 */
export const test = base.extend<object, { tab: Page }>({
  tab: [
    async ({ browser }, use, { project }) => {
      const { baseURL, serviceWorkers, userAgent, deviceScaleFactor } = project.use;
      const context = await browser.newContext({ baseURL, serviceWorkers, userAgent, deviceScaleFactor });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ tab, viewport, colorScheme, reducedMotion }, use) => {
    if (!viewport) throw new Error('tests/e2e/tab.ts: the shared tab needs a viewport');
    await tab.goto('about:blank');
    await tab.setViewportSize(viewport);
    await tab.emulateMedia({ media: null, colorScheme, reducedMotion });
    await use(tab);
    await tab.unrouteAll({ behavior: 'ignoreErrors' });
    tab.removeAllListeners();
  },
});
