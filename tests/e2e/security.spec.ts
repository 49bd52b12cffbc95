import { readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { PAGE_PANEL, SEARCH_INPUT } from './site.ts';

/**
 * Security: a strict Content Security Policy on every page, no violation, console error or
 * foreign request when a page is used (search included), and hostile or odd search input shown
 * as text without breaking the search UI.
 */

const DIST = resolve(process.env.TEST_DIST ?? 'dist');

/** Every built page as a URL path (dir/index.html → /dir/), Japanese and English. */
function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `/${relative(DIST, e.parentPath).split(sep).filter(Boolean).map((s) => `${s}/`).join('')}`)
    .sort();
}

// Each test loads search and Pagefind's index in a fresh browser; on a busy 2-core machine that can pass 30 s.
test.describe.configure({ timeout: 90_000 });

const PAGES = builtPages();
/** Paths that do not exist: the host answers 404 with the not-found page. */
const NOT_FOUND = ['/nope/', '/en/nope/'];

const isSearchPage = (path: string) => /^\/(en\/)?search\/$/.test(path);

// ---------------------------------------------------------------------------------------------
// (a) The policy itself.

/** Attributes of every <meta> tag in a document's head. */
function metaTags(html: string): Record<string, string>[] {
  const head = html.slice(0, html.search(/<\/head>/i) + 1 || undefined);
  return [...head.matchAll(/<meta\b([^>]*)>/gi)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[(a[1] ?? '').toLowerCase()] = (a[2] ?? a[3] ?? a[4] ?? '').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    }
    return attrs;
  });
}

/** Keyword and hash sources that keep script-src to this origin and to the listed inline scripts. */
const SAFE_SCRIPT_SOURCE = /^('self'|'none'|'wasm-unsafe-eval'|'strict-dynamic'|'report-sample'|'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;

function scriptSrcProblems(policy: string): string[] {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSrc) return ['no script-src (nor default-src)'];
  return scriptSrc.filter((s) => !SAFE_SCRIPT_SOURCE.test(s)).map((s) => `script-src allows ${s}`);
}

test.describe('Content Security Policy', () => {
  test('every page of both languages has a <meta> CSP whose script-src allows no inline code and no other origin', async ({ request }) => {
    expect(PAGES.length, 'pages found in the build').toBeGreaterThan(40);
    expect(PAGES).toContain('/en/');
    const problems: string[] = [];
    for (const path of [...PAGES, ...NOT_FOUND]) {
      const response = await request.get(path);
      const html = await response.text();
      const policies = metaTags(html).filter((m) => m['http-equiv']?.toLowerCase() === 'content-security-policy');
      if (policies.length !== 1) {
        problems.push(`${path}: ${policies.length} CSP <meta> tags`);
        continue;
      }
      for (const p of scriptSrcProblems(policies[0]?.content ?? '')) problems.push(`${path}: ${p}`);
      // A <meta> policy only covers what comes after it: no script may come first.
      const metaAt = html.search(/<meta[^>]+http-equiv=["']?content-security-policy/i);
      const scriptAt = html.search(/<script\b/i);
      if (scriptAt !== -1 && scriptAt < metaAt) problems.push(`${path}: a <script> comes before the CSP <meta>`);
    }
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Watching a page: CSP violations (from every document, across navigations), console errors,
// uncaught errors, dialogs, and requests that leave the origin.

interface Watch {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  foreign: string[];
}

async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { violations: [], consoleErrors: [], pageErrors: [], dialogs: [], foreign: [] };
  await page.exposeFunction('__reportViolation', (text: string) => w.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.context().on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) w.foreign.push(url);
  });
  return w;
}

/**
 * `notFoundDocument`: the URL of a page that answers 404 on purpose. Chromium logs "Failed to load
 * resource: … 404" for such a document itself; that one message is expected, any other is not.
 */
function expectClean(w: Watch, what: string, notFoundDocument?: string): void {
  const consoleErrors = w.consoleErrors.filter(
    (e) => !(notFoundDocument && e === `Failed to load resource: the server responded with a status of 404 (Not Found) (${notFoundDocument})`),
  );
  expect(w.violations, `${what}: CSP violations`).toEqual([]);
  expect(w.pageErrors, `${what}: uncaught errors`).toEqual([]);
  expect(consoleErrors, `${what}: console errors`).toEqual([]);
  expect(w.foreign, `${what}: requests to other origins`).toEqual([]);
  expect(w.dialogs, `${what}: dialogs`).toEqual([]);
}

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

test.describe('no violation, console error or foreign request while a page is used', () => {
  for (const path of [...PAGES, ...NOT_FOUND]) {
    test(`${path}: load, open search, search`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const w = await watch(page, origin);
      const response = await page.goto(path);
      const notFound = NOT_FOUND.includes(path);
      expect(response?.status()).toBe(notFound ? 404 : 200);
      await page.waitForLoadState('networkidle');
      if (notFound) {
        // The 404 page has no script of its own beyond two inline ones: its search is a plain form to the search page.
        const form = page.locator('form.not-found-search').filter({ visible: true });
        await form.locator('input[name="q"]').fill('KVM');
        await form.locator('input[name="q"]').press('Enter');
        await page.waitForURL(/\/search\/\?q=KVM$/);
        await expectResults(page.locator(PAGE_PANEL));
      } else {
        const { root, input } = await openSearch(page, path);
        await input.pressSequentially('KVM');
        await expectResults(root);
      }
      await page.waitForLoadState('networkidle');
      expectClean(w, path, notFound ? new URL(path, origin).href : undefined);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// (c) Hostile and odd input.

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
async function settle(page: Page, root: Locator): Promise<void> {
  const query = (await root.locator(SEARCH_INPUT).inputValue()).normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (query !== '') {
    await expect(root.locator('[role="listbox"]')).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
    await expect(root.locator('.search-status')).toContainText(query.slice(0, 40), { timeout: 20_000 });
  }
  await page.waitForLoadState('networkidle');
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
        const message = (await root.locator('.search-status').textContent()) ?? '';
        const expected = EXPECTED_HIT[name];
        if (expected) {
          const found = hits.some((h) => h.endsWith(expected));
          note(info, `finds ${expected}`, `${home} ${JSON.stringify(text)}: ${found ? 'yes' : 'no'} (results: ${hits.length ? hits.join(', ') : 'none'}; message: ${message.trim()})`);
          // Search normalises width (NFKC); the English pages carry the glossary's Japanese names as synonyms.
          expect(found, `${home} ${JSON.stringify(text)} finds ${expected}`).toBe(true);
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
    const root = page.locator(PAGE_PANEL);
    await expectResults(root);
    await settle(page, root);
    const before = await activeContent(page);

    await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
    const input = root.locator(SEARCH_INPUT);
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
