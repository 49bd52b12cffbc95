import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-options.ts';
import { REPORT_ROUTES } from '../support/dist.ts';

/** What the browser tests know about the site: its pages, and how to drive its search. */

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** The report in reading order, as the pagination walks it. */
export const REPORT_ORDER = REPORT_ROUTES;

export function localized(route: string, lang: Lang): string {
  return lang === 'en' ? `/en${route}` : route;
}

/** Paths that do not exist, served the 404 page. */
export const NOT_FOUND_PAGES: { lang: Lang; path: string }[] = [
  { lang: 'ja', path: '/nope/' },
  { lang: 'en', path: '/en/nope/' },
];

/** The built site under test (playwright.config.ts serves the same directory). */
export const DIST = resolve(process.env.TEST_DIST ?? 'dist');

/** Paths listed in the built sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(resolve(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

export function pathOf(href: string): string {
  return new URL(href, 'http://x').pathname;
}

// ---------------------------------------------------------------------------------------------
// Search (src/components/SearchPanel.astro, src/scripts/search/).

/** The search box of a panel: the header dialog's or the search page's. */
export const SEARCH_INPUT = 'input[role="combobox"]';

/** The search page's panel. */
export const PAGE_PANEL = 'main [data-search-panel]';

/** Opens the header search the way the reader chose and waits for its box to have focus. */
export async function openSearch(page: Page, how: 'click' | 'slash' | 'ctrl-k'): Promise<Locator> {
  if (how === 'click') await page.locator('header.site-header a.search-button').click();
  else await page.keyboard.press(how === 'slash' ? '/' : 'Control+k');
  const dialog = page.locator('dialog#search-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator(SEARCH_INPUT)).toBeFocused();
  return dialog;
}

/** Waits until no search is in flight in the panel and it has answered `query` (its count or its "no results" names the query). */
async function answered(scope: Locator, query: string): Promise<void> {
  await expect(scope.locator('[role="listbox"]')).toHaveAttribute('aria-busy', 'false');
  await expect(scope.locator('.search-status')).toContainText(query);
}

/** Waits until the panel lists the results of `query` and returns the path of each page listed, best first. */
export async function resultPaths(scope: Locator, query: string): Promise<string[]> {
  await answered(scope, query);
  await expect(scope.locator('[data-search-status]')).toContainText(query);
  return scope.locator('[role="option"].search-page').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Waits until the panel says, assertively, that no page matches `query`; returns what it says. */
export async function noResults(scope: Locator, query: string): Promise<string> {
  await answered(scope, query);
  const alert = scope.locator('[role="alert"]');
  await expect(alert).toContainText(query);
  await expect(scope.locator('[role="status"]')).toHaveText('');
  await expect(scope.locator('[role="option"]')).toHaveCount(0);
  return (await alert.textContent()) ?? '';
}

/**
 * Searches each query with Pagefind's JavaScript API in the page, as the site runs it (its
 * options), and returns the path of every result, best first: ranking checked in one page load.
 * The site's own check against words that occur nowhere is not applied (see noResults).
 */
export async function rankedPaths(page: Page, queries: string[]): Promise<Record<string, string[]>> {
  return page.evaluate(
    async ({ queries, options }) => {
      type Pagefind = { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
      const bundle = `${document.documentElement.dataset.base ?? '/'}pagefind/`;
      const pagefind = (await import(`${bundle}pagefind.js`)) as { createInstance(o: object): Pagefind };
      const instance = pagefind.createInstance({ basePath: bundle, ...options });
      await instance.init();
      const out: Record<string, string[]> = {};
      for (const query of queries) {
        const found = await instance.search(query);
        out[query] = await Promise.all(found.results.map(async (r) => new URL((await r.data()).url, location.href).pathname));
      }
      return out;
    },
    { queries, options: PAGEFIND_OPTIONS },
  );
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`);
}
