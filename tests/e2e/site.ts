import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { REPORT_ROUTES } from '../support/dist.ts';

/** What the browser tests know about the site: its pages, and how to drive Pagefind's UI. */

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
const DIST = resolve(process.env.TEST_DIST ?? 'dist');

/** Paths listed in the built sitemap. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(resolve(DIST, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

export function pathOf(href: string): string {
  return new URL(href, 'http://x').pathname;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens the header search the way the reader chose and waits for Pagefind's input to have focus. */
export async function openSearch(page: Page, how: 'click' | 'slash' | 'ctrl-k'): Promise<Locator> {
  if (how === 'click') await page.locator('header.site-header a.search-button').click();
  else await page.keyboard.press(how === 'slash' ? '/' : 'Control+k');
  const dialog = page.locator('dialog#search-dialog');
  await expect(dialog).toBeVisible();
  const input = dialog.locator('#search-ui input.pagefind-ui__search-input');
  await expect(input).toBeFocused();
  return dialog;
}

/** Top-level result links (one per page), not the nested sub-results. */
export const TOP_RESULT_LINKS = '.pagefind-ui__results > li > .pagefind-ui__result-inner > .pagefind-ui__result-title > a.pagefind-ui__result-link';

/**
 * Waits until Pagefind has finished searching `query` and loaded every visible result, then
 * returns the page path of each top-level result, best first.
 */
export async function resultPaths(scope: Locator, query: string): Promise<string[]> {
  const q = escapeRegExp(query);
  // "KVMの7件の検索結果" / "7 results for KVM": the search for this exact query has finished.
  await expect(scope.locator('.pagefind-ui__message')).toHaveText(new RegExp(`^${q}の\\d+件の検索結果$|^\\d+ results? for ${q}$`));
  let paths: string[] = [];
  await expect
    .poll(async () => {
      const hrefs = await scope
        .locator('.pagefind-ui__results > li')
        .evaluateAll((items) => items.map((li) => li.querySelector(':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > a')?.getAttribute('href') ?? null));
      paths = hrefs.filter((h): h is string => h !== null).map(pathOf);
      // Pagefind shows a placeholder without a link until each result's data has loaded.
      return hrefs.length > 0 && hrefs.every((h) => h !== null);
    }, { message: `results for "${query}" did not finish loading` })
    .toBe(true);
  return paths;
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${max} presses of Tab`);
}
