import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { PAGE_PANEL, SEARCH_INPUT } from './site.ts';
import { expectClean, watch } from './watch.ts';

/**
 * Security: hostile or odd search input is shown as text without breaking the search UI. (The
 * pages' CSP is checked in tests/dist/csp.test.ts; that no page meets a CSP violation, console error
 * or foreign request, in every-page.spec.ts.)
 */

// Each test loads search and Pagefind's index in a fresh browser; on a busy 2-core machine that can pass 30 s.
test.describe.configure({ timeout: 90_000 });

const isSearchPage = (path: string) => /^\/(en\/)?search\/$/.test(path);

/** Opens the search a page offers and returns its panel and box: the header dialog's, or the search page's own. */
async function openSearch(page: Page, path: string): Promise<{ root: Locator; input: Locator }> {
  if (isSearchPage(path)) {
    const root = page.locator(PAGE_PANEL);
    const input = root.locator(SEARCH_INPUT);
    await expect(input).toBeVisible();
    return { root, input };
  }
  await page.locator('a.search-button[data-open-search]').first().click();
  const root = page.locator('#search-dialog [data-search-panel]');
  const input = root.locator(SEARCH_INPUT);
  await expect(input).toBeVisible();
  await expect(input).toBeFocused();
  return { root, input };
}

async function expectResults(root: Locator): Promise<void> {
  await expect(root.locator('[role="option"]').first()).toBeVisible({ timeout: 20_000 });
}

// ---------------------------------------------------------------------------------------------
// Hostile and odd input.

const HOSTILE: { name: string; text: string }[] = [
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'attribute breakout + svg onload', text: '"><svg onload=alert(1)>' },
  { name: '2,000 characters', text: 'カーネル kernel '.repeat(134).slice(0, 2000) },
  { name: 'emoji', text: '🐧🔍' },
  { name: 'only punctuation', text: '!!!???...' },
  { name: 'full-width KVM', text: 'ＫＶＭ' },
  { name: 'full-width ext4', text: 'ｅｘｔ４' },
  { name: 'half-width katakana', text: 'ﾈｰﾑｽﾍﾟｰｽ' },
];

/** Elements that could run code or load something, and attributes that run code. */
async function activeContent(page: Page): Promise<{ img: number; svg: number; script: number; iframe: number; handlers: string[] }> {
  return page.evaluate(() => ({
    img: document.querySelectorAll('img').length,
    svg: document.querySelectorAll('svg').length,
    script: document.querySelectorAll('script').length,
    iframe: document.querySelectorAll('iframe, object, embed').length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
    ),
  }));
}

/** Waits until the panel has answered the query in its box: nothing in flight, and its message names the query. */
async function settle(root: Locator): Promise<void> {
  const query = (await root.locator(SEARCH_INPUT).inputValue()).normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (query === '') return;
  await expect(root.locator('[role="listbox"]')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(root.locator('.search-status')).toContainText(query.slice(0, 40), { timeout: 20_000 });
}

async function resultHrefs(root: Locator): Promise<string[]> {
  return root.locator('[role="option"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The page that the full-width and half-width forms should find, per language. */
const EXPECTED_HIT: Record<string, string> = {
  'full-width KVM': 'subsystems/hardware-virtualization/',
  'full-width ext4': 'subsystems/filesystems/',
  'half-width katakana': 'subsystems/os-virtualization/',
};

function note(info: TestInfo, type: string, description: string): void {
  info.annotations.push({ type, description });
  console.log(`[security] ${type}: ${description}`);
}

// One page load per language, each input a step: loading the page, the panel and Pagefind's index
// again for every input cost more than the inputs themselves.
for (const home of ['/', '/en/']) {
  test(`hostile and odd search input on ${home} is shown as text and breaks nothing`, async ({ page, baseURL }, info) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const w = await watch(page, origin);
    await page.goto(home);
    const { root, input } = await openSearch(page, home);
    await settle(root);
    const before = await activeContent(page);
    for (const { name, text } of HOSTILE) {
      await test.step(name, async () => {
        await input.fill('');
        if (text.length > 200) await page.keyboard.insertText(text);
        else await input.pressSequentially(text);
        await settle(root);

        await expect.soft(input, name).toHaveValue(text);
        const after = await activeContent(page);
        expect.soft(after.handlers, `${name}: event-handler attributes in the document`).toEqual(before.handlers);
        expect.soft(after.img, `${name}: new <img> elements`).toBeLessThanOrEqual(before.img);
        expect.soft(after.svg, `${name}: new <svg> elements`).toBeLessThanOrEqual(before.svg);
        expect.soft(after.script, `${name}: new <script> elements`).toBeLessThanOrEqual(before.script);
        expect.soft(after.iframe, `${name}: new <iframe>/<object>/<embed> elements`).toBeLessThanOrEqual(before.iframe);
        const hits = await resultHrefs(root);
        const message = (await root.locator('.search-status').textContent()) ?? '';
        const expected = EXPECTED_HIT[name];
        if (expected) {
          const found = hits.some((h) => h.endsWith(expected));
          note(info, `finds ${expected}`, `${home} ${JSON.stringify(text)}: ${found ? 'yes' : 'no'} (results: ${hits.length ? hits.join(', ') : 'none'}; message: ${message.trim()})`);
          // Search normalizes width (NFKC); the English pages carry the glossary's Japanese names as synonyms.
          expect.soft(found, `${home} ${JSON.stringify(text)} finds ${expected}`).toBe(true);
        }

        // Still usable: a normal query afterwards returns results.
        await input.fill('');
        await input.pressSequentially('KVM');
        await expectResults(root);
      });
    }
    expectClean(w, `${home} hostile input`);
  });
}

for (const searchPage of ['/search/', '/en/search/']) {
  test(`${searchPage}?q=<script>alert(1)</script> is shown as text and breaks nothing`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const w = await watch(page, origin);
    const query = '<script>alert(1)</script>';
    // Baseline: the same page with a harmless query.
    await page.goto(`${searchPage}?q=KVM`);
    const root = page.locator(PAGE_PANEL);
    await expectResults(root);
    await settle(root);
    const before = await activeContent(page);

    await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
    const input = root.locator(SEARCH_INPUT);
    await expect(input).toHaveValue(query);
    await settle(root);
    const after = await activeContent(page);
    expect(after.handlers).toEqual(before.handlers);
    expect(after.img).toBeLessThanOrEqual(before.img);
    expect(after.svg).toBeLessThanOrEqual(before.svg);
    expect(after.script).toBeLessThanOrEqual(before.script);
    expect(after.iframe).toBeLessThanOrEqual(before.iframe);

    await input.fill('');
    await input.pressSequentially('KVM');
    await expectResults(root);
    expect(new URL(page.url()).searchParams.get('q')).toBe('KVM');
    expectClean(w, `${searchPage}?q=${query}`);
  });
}
