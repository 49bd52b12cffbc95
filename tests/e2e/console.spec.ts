import { expect, test } from '@playwright/test';
import { ALL_PAGES, NOT_FOUND_PAGES, openSearch, resultPaths, type Lang } from './site.ts';

test.describe.configure({ mode: 'parallel' });

const PAGES: { path: string; lang: Lang; missing: boolean }[] = [
  ...ALL_PAGES.map((p) => ({ path: p.path, lang: p.lang, missing: false })),
  ...NOT_FOUND_PAGES.map((p) => ({ ...p, missing: true })),
];

// Pages in chunks: one context per chunk, so Pagefind's files are fetched once per chunk.
const CHUNK = 6;
for (let i = 0; i < PAGES.length; i += CHUNK) {
  const chunk = PAGES.slice(i, i + CHUNK);
  test(`no console error, failed request or foreign request, with search opened: ${chunk.map((p) => p.path).join(' ')}`, async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    const origin = new URL(baseURL ?? '').origin;
    let current = '';
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      // The 404 page's own document is served with status 404, which Chromium logs; that is the point of it.
      const own = PAGES.find((p) => p.path === current)?.missing && msg.location().url === new URL(current, origin).href && /status of 404/.test(msg.text());
      if (!own) problems.push(`${current}: console error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: page error: ${error.message}`));
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) problems.push(`${current}: request to another origin: ${request.url()}`);
    });
    context.on('requestfailed', (request) => problems.push(`${current}: request failed: ${request.url()} ${request.failure()?.errorText}`));
    context.on('response', (response) => {
      const expected404 = response.request().isNavigationRequest() && PAGES.find((p) => p.path === current)?.missing;
      if (response.status() >= 400 && !expected404) problems.push(`${current}: HTTP ${response.status()} for ${response.url()}`);
    });

    for (const { path, lang, missing } of chunk) {
      current = path;
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(missing ? 404 : 200);
      const query = lang === 'en' ? 'namespaces' : 'KVM';
      if (missing) {
        // The 404 page offers a search form in the reader's language.
        const form = page.locator(`.not-found-${lang} form.not-found-search`);
        await form.locator('input[name=q]').fill(query);
        await form.locator('input[name=q]').press('Enter');
        await expect(page).toHaveURL(`${lang === 'en' ? '/en' : ''}/search/?q=${query}`);
        current = new URL(page.url()).pathname;
        await resultPaths(page.locator('#search-page-ui'), query);
      } else {
        const dialog = await openSearch(page, 'slash');
        await page.keyboard.type(query);
        await resultPaths(dialog, query);
        if (path.endsWith('/search/')) await expect(page.locator('#search-page-ui input.pagefind-ui__search-input')).toBeVisible();
      }
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
  });
}
