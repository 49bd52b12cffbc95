import { expect, type Page } from '@playwright/test';
import { bothSchemes, violations } from './axe.ts';
import { overflow } from './layout.ts';
import { NOT_FOUND_PAGES, PAGE_PANEL, SEARCH_INPUT, openSearch, resultPaths, sitemapPaths, type Lang } from './site.ts';
import { test } from './tab.ts';
import { expectClean, watch } from './watch.ts';

/**
 * Every page of the build, loaded once. While it is used: no CSP violation, console error,
 * uncaught error, failed or foreign request. On it: axe's colour-contrast rule in the dark scheme,
 * or, on one page of each type and language, every WCAG 2.1 A/AA rule in the dark scheme and the
 * colour rules in the light one (a parallel edition other than that one gets neither: it sets its
 * report page's text, already checked, in the same template). Then, narrowed to 320 px, nothing
 * sticks out sideways. Last, on the home, search and 404 pages, a search with the search box each
 * offers.
 */

test.describe.configure({ mode: 'parallel', timeout: 60_000 });
test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });

/** The kind of page a route renders; one page of each kind (per language) gets the full axe run. */
function typeOf(route: string): string {
  if (route === '/') return 'home';
  if (/^\/subsystems\/[^/]+\/$/.test(route)) return 'subsystem';
  if (/^\/people\/[^/]+\/$/.test(route)) return 'person';
  if (route.startsWith('/parallel/')) return 'parallel';
  return route.replaceAll('/', '');
}

/** Of the types with many pages, the one that stands for its type. */
const STANDS_FOR_TYPE: Record<string, string> = { subsystem: '/subsystems/hardware-virtualization/', person: '/people/andrew-morton/', parallel: '/parallel/subsystems/hardware-virtualization/' };

const languageOf = (path: string): Lang => (path === '/en/' || path.startsWith('/en/') ? 'en' : 'ja');

interface PageCase {
  path: string;
  lang: Lang;
  type: string;
  /** Answers 404 with the not-found page. */
  missing: boolean;
  /** Gets every axe rule, in both schemes. */
  full: boolean;
}

const PAGES: PageCase[] = [
  ...sitemapPaths().map((path) => {
    const lang = languageOf(path);
    const route = lang === 'en' ? path.slice(3) : path;
    const type = typeOf(route);
    return { path, lang, type, missing: false, full: (STANDS_FOR_TYPE[type] ?? route) === route };
  }),
  ...NOT_FOUND_PAGES.map(({ path, lang }) => ({ path, lang, type: '404', missing: true, full: true })),
  // The service worker's fallback, kept out of the sitemap.
  ...(['ja', 'en'] as const).map((lang) => ({ path: lang === 'en' ? '/en/offline/' : '/offline/', lang, type: 'offline', missing: false, full: true })),
];

/** The three search boxes: the header dialog (the same on every reading page), the search page's own, and the 404 page's form. */
const SEARCHED = new Set(['home', 'search', '404']);

/** Searches the way the page offers it and waits for the results. */
async function search({ lang, type }: PageCase, page: Page): Promise<void> {
  const query = lang === 'en' ? 'namespaces' : 'KVM';
  if (type === '404') {
    const form = page.locator(`.not-found-${lang} form.not-found-search`);
    await form.locator('input[name=q]').fill(query);
    await form.locator('input[name=q]').press('Enter');
    await page.waitForURL(`${lang === 'en' ? '/en' : ''}/search/?q=${query}`);
    await resultPaths(page.locator(PAGE_PANEL), query);
  } else if (type === 'search') {
    await page.locator(PAGE_PANEL).locator(SEARCH_INPUT).fill(query);
    await resultPaths(page.locator(PAGE_PANEL), query);
  } else {
    const dialog = await openSearch(page, 'slash');
    await page.keyboard.type(query);
    await resultPaths(dialog, query);
  }
}

test('one page of each type in each language gets the full axe run', () => {
  const types = ['home', 'keynote', 'roadmap', 'subsystem', 'process', 'qa', 'about', 'full', 'parallel', 'glossary', 'people', 'person', 'timeline', 'search', 'offline', '404'];
  for (const lang of ['ja', 'en'] as const) {
    expect(PAGES.filter((p) => p.full && p.lang === lang).map((p) => p.type).sort(), lang).toEqual([...types].sort());
  }
});

for (const p of PAGES) {
  const title = [p.path, p.full && `the ${p.type} page: every axe rule`, SEARCHED.has(p.type) && 'a search'].filter(Boolean).join(', ');
  test(title, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const w = await watch(page, origin);
    const response = await page.goto(p.path);
    expect(response?.status()).toBe(p.missing ? 404 : 200);
    // The search page's panel, shown by its script, is part of what axe checks there.
    if (p.type === 'search') await expect(page.locator(PAGE_PANEL).locator(SEARCH_INPUT)).toBeVisible();

    if (p.full) await bothSchemes(page, p.path);
    else if (p.type !== 'parallel') expect.soft(await violations(page, { rules: ['color-contrast'] }), `${p.path} (dark)`).toEqual([]);

    await page.setViewportSize({ width: 320, height: 720 });
    const { scrollWidth, clientWidth, culprits } = await overflow(page);
    expect.soft(scrollWidth, `${p.path} scrolls sideways at 320 px; sticking out: ${culprits.join(', ')}`).toBeLessThanOrEqual(clientWidth);

    if (SEARCHED.has(p.type)) await search(p, page);
    expectClean(w, p.path, p.missing ? new URL(p.path, origin).href : undefined);
  });
}
