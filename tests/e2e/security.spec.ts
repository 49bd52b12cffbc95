import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { expectClean, watch } from './watch.ts';

/**
 * Security: hostile or odd search input is shown as text without breaking the search UI. (The
 * pages' CSP is checked in tests/dist/csp.test.ts; that no page meets a CSP violation, console error
 * or foreign request, in every-page.spec.ts.)
 */

// Each test loads Pagefind's UI and index in a fresh browser; on a busy 2-core machine that can pass 30 s.
test.describe.configure({ timeout: 90_000 });

const isSearchPage = (path: string) => /^\/(en\/)?search\/$/.test(path);

/** Opens the search UI a page offers and returns its input: the header dialog, the search page's own UI, or the 404 form. */
async function openSearch(page: Page, path: string): Promise<{ root: Locator; input: Locator }> {
  if (isSearchPage(path)) {
    const root = page.locator('#search-page-ui');
    const input = root.locator('.pagefind-ui__search-input');
    await expect(input).toBeVisible();
    return { root, input };
  }
  await page.locator('a.search-button[data-open-search]').first().click();
  const root = page.locator('#search-dialog #search-ui');
  const input = root.locator('.pagefind-ui__search-input');
  await expect(input).toBeVisible();
  await expect(input).toBeFocused();
  return { root, input };
}

async function expectResults(root: Locator): Promise<void> {
  await expect(root.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 20_000 });
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

/** Waits until the UI has searched the current term: its message names the term (or, for an empty input, a moment). */
async function settle(page: Page, root: Locator): Promise<void> {
  const value = await root.locator('.pagefind-ui__search-input').inputValue();
  // Pagefind's UI waits 300 ms after the last keystroke before it searches.
  await page.waitForTimeout(400);
  if (value.trim() !== '') {
    // The message ("N results for …" / "No results for …") names the term once the search has run.
    const probe = value.trim().slice(0, 40);
    await expect(root.locator('.pagefind-ui__message')).toContainText(probe, { timeout: 20_000 });
  }
  await page.waitForLoadState('networkidle');
}

async function resultHrefs(root: Locator): Promise<string[]> {
  return root.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
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

for (const home of ['/', '/en/']) {
  test.describe(`hostile and odd search input on ${home}`, () => {
    for (const { name, text } of HOSTILE) {
      test(`${name} is shown as text and breaks nothing`, async ({ page, baseURL }, info) => {
        const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
        const w = await watch(page, origin);
        await page.goto(home);
        const { root, input } = await openSearch(page, home);
        await settle(page, root);
        const before = await activeContent(page);

        if (text.length > 200) await page.keyboard.insertText(text);
        else await input.pressSequentially(text);
        await settle(page, root);

        await expect(input).toHaveValue(text);
        const after = await activeContent(page);
        expect(after.handlers, 'event-handler attributes in the document').toEqual(before.handlers);
        expect(after.img, 'new <img> elements').toBeLessThanOrEqual(before.img);
        expect(after.svg, 'new <svg> elements').toBeLessThanOrEqual(before.svg);
        expect(after.script, 'new <script> elements').toBeLessThanOrEqual(before.script);
        expect(after.iframe, 'new <iframe>/<object>/<embed> elements').toBeLessThanOrEqual(before.iframe);
        const hits = await resultHrefs(root);
        const message = (await root.locator('.pagefind-ui__message').textContent().catch(() => null)) ?? '';
        const expected = EXPECTED_HIT[name];
        if (expected) {
          const found = hits.some((h) => h.endsWith(expected));
          note(info, `finds ${expected}`, `${home} ${JSON.stringify(text)}: ${found ? 'yes' : 'no'} (results: ${hits.length ? hits.join(', ') : 'none'}; message: ${message.trim()})`);
          // Search normalises width (NFKC); only the English index has no katakana to match.
          if (!(name === 'half-width katakana' && home === '/en/')) expect(found, `${home} ${JSON.stringify(text)} finds ${expected}`).toBe(true);
        }

        // Still usable: a normal query afterwards returns results.
        await input.fill('');
        await input.pressSequentially('KVM');
        await expectResults(root);
        expectClean(w, `${home} ${name}`);
      });
    }
  });
}

for (const searchPage of ['/search/', '/en/search/']) {
  test(`${searchPage}?q=<script>alert(1)</script> is shown as text and breaks nothing`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const w = await watch(page, origin);
    const query = '<script>alert(1)</script>';
    // Baseline: the same page with a harmless query.
    await page.goto(`${searchPage}?q=KVM`);
    const root = page.locator('#search-page-ui');
    await expectResults(root);
    await settle(page, root);
    const before = await activeContent(page);

    await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
    const input = root.locator('.pagefind-ui__search-input');
    await expect(input).toHaveValue(query);
    await settle(page, root);
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
