import { expect, test as firstVisit, type Locator, type Page, type Route } from '@playwright/test';
import { violations } from './axe.ts';
import { PAGE_PANEL, REPORT_ORDER, SEARCH_INPUT, localized, noResults, openSearch, rankedPaths, resultPaths, type Lang } from './site.ts';
import { test } from './tab.ts';

test.describe.configure({ mode: 'parallel' });
// `firstVisit` tests look at what a first visit fetches, in a context of their own; the others share a tab (./tab.ts).

const s = (slug: string) => `/subsystems/${slug}/`;

interface Case {
  query: string;
  /** Acceptable first results: the report page(s) a reader looking for this lands on. */
  first: string[];
}

/** Queries and the pages they must put first, by language (paths without the /en prefix). */
const CASES: Record<Lang, Case[]> = {
  ja: [
    { query: '仮想化', first: [s('os-virtualization'), s('hardware-virtualization')] },
    { query: '仮想', first: [s('os-virtualization'), s('hardware-virtualization')] },
    { query: 'ネームスペース', first: [s('os-virtualization')] },
    { query: '回帰テスト', first: ['/process/'] },
    { query: 'KVM', first: [s('hardware-virtualization')] },
    { query: 'ext4', first: [s('filesystems')] },
    { query: 'syslets', first: [s('aio')] },
    { query: 'nsproxy', first: [s('os-virtualization')] },
    { query: 'fake NUMA', first: [s('containerization')] },
    { query: '2.6.22', first: [s('kprobes'), s('hardware-virtualization')] },
    { query: 'Morton', first: ['/roadmap/', '/process/', '/qa/'] },
    { query: 'Kolivas', first: [s('cpu-scheduler'), '/qa/'] },
    { query: '工内', first: ['/keynote/'] },
    { query: 'Zemlin', first: ['/keynote/'] },
    // Compounds that Pagefind splits differently from the index (upstream #1237).
    { query: '仮想化対応', first: [s('os-virtualization')] },
    { query: 'メモリ再要求', first: [s('memory-management')] },
    { query: '非同期IO', first: [s('aio')] },
    { query: 'ネームスペースの仮想化', first: [s('os-virtualization')] },
    // English terms on the Japanese site: the glossary's names are index-only synonyms of the pages using the term.
    { query: 'namespace', first: [s('os-virtualization')] },
    { query: 'memory reclaim', first: [s('memory-management')] },
    { query: 'page replacement', first: [s('page-replacement')] },
    { query: 'asynchronous', first: [s('aio')] },
  ],
  en: [
    { query: 'namespaces', first: [s('os-virtualization')] },
    { query: 'memory reclaim', first: [s('memory-management')] },
    { query: 'asynchronous I/O', first: [s('aio')] },
    { query: 'regression testing', first: ['/process/'] },
    { query: 'scheduler', first: [s('cpu-scheduler')] },
    { query: 'Zemlin', first: ['/keynote/'] },
    { query: 'Kunai', first: ['/keynote/'] },
    { query: 'Kolivas', first: [s('cpu-scheduler'), '/qa/'] },
    { query: 'KVM', first: [s('hardware-virtualization')] },
    { query: 'syslets', first: [s('aio')] },
    { query: 'nsproxy', first: [s('os-virtualization')] },
    { query: 'fake NUMA', first: [s('containerization')] },
    { query: 'ext4', first: [s('filesystems')] },
    // Japanese terms on the English site.
    { query: 'ネームスペース', first: [s('os-virtualization')] },
    { query: '非同期', first: [s('aio')] },
    { query: 'メモリ再要求', first: [s('memory-management')] },
  ],
};

/** Glossary, people and timeline pages are the site's additions: the report ranks above them. */
const ADDITION = /^(\/en)?\/(glossary|people|timeline)\//;

for (const lang of ['ja', 'en'] as const) {
  const report = new Set(REPORT_ORDER.map((route) => localized(route, lang)));

  test(`${lang}: ranking, compounds and the other language's terms, through Pagefind's API in one page`, async ({ page }) => {
    await page.goto(localized('/', lang));
    const found = await rankedPaths(page, CASES[lang].map((c) => c.query));
    for (const { query, first } of CASES[lang]) {
      const paths = found[query] ?? [];
      const results = `results for "${query}": ${paths.join(', ')}`;
      expect.soft(paths.filter((p) => (lang === 'en') !== p.startsWith('/en/')), `${results} — only ${lang} pages`).toEqual([]);
      expect.soft(first.map((p) => localized(p, lang)), `${results} — the first`).toContain(paths[0]);
      const firstAddition = paths.findIndex((p) => ADDITION.test(p));
      const firstReport = paths.findIndex((p) => report.has(p));
      if (firstAddition >= 0) expect.soft(firstReport, `${results} — the best report page above every glossary, people and timeline page`).toBeLessThan(firstAddition);
    }
  });
}

/** Queries made only of words that occur nowhere on the site; Pagefind alone answers most with pages (a single kanji, a prefix). */
const ABSENT: Record<Lang, { query: string; message: string }[]> = {
  ja: [
    { query: '暗号化', message: '「暗号化」に一致するページはありません' },
    { query: '化学', message: '「化学」に一致するページはありません' },
    { query: '量子コンピュータ', message: '「量子コンピュータ」に一致するページはありません' },
    { query: 'blockchain', message: '「blockchain」に一致するページはありません' },
  ],
  en: [
    { query: 'blockchain', message: 'No page matches “blockchain”' },
    { query: 'quantum computing', message: 'No page matches “quantum computing”' },
    { query: '暗号化', message: 'No page matches “暗号化”' },
  ],
};

for (const lang of ['ja', 'en'] as const) {
  test(`${lang}: a query whose words occur nowhere says so, assertively, in the page's language`, async ({ page }) => {
    await page.goto(localized('/qa/', lang));
    const dialog = await openSearch(page, 'click');
    const input = dialog.locator(SEARCH_INPUT);
    for (const { query, message } of ABSENT[lang]) {
      await input.fill(query);
      expect(await noResults(dialog, query)).toBe(message);
      await expect(input).toHaveAttribute('aria-expanded', 'false');
      await expect(dialog.locator('[role="listbox"]')).toBeHidden();
    }
    // Pagefind alone lists pages for most of them: what the site's check is there for.
    const raw = await rankedPaths(page, ABSENT[lang].map((a) => a.query));
    expect(Object.values(raw).filter((paths) => paths.length > 0).length, JSON.stringify(raw)).toBeGreaterThanOrEqual(2);
  });
}

// ---------------------------------------------------------------------------------------------
// The dialog, by keyboard alone: a reading page, the shortcut, a query, the arrow keys, Enter.

/** The option the arrow keys have made active, and where it links. */
async function activeOption(dialog: Locator): Promise<{ href: string; title: string }> {
  const input = dialog.locator(SEARCH_INPUT);
  await expect(input).toHaveAttribute('aria-activedescendant', /.+/);
  const id = (await input.getAttribute('aria-activedescendant')) ?? '';
  const option = dialog.locator(`[id="${id}"]`);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  return { href: (await option.getAttribute('href')) ?? '', title: (await option.locator('.search-option-title').textContent()) ?? '' };
}

/** Checks the page a result opened: the heading it names is on screen, the words are marked, and the marks can be cleared. */
async function landed(page: Page, href: string, words: string[]): Promise<void> {
  const target = new URL(href, page.url());
  await expect(page).toHaveURL(target.href);
  expect(target.searchParams.getAll('highlight')).toEqual(words);
  if (target.hash) await expect(page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`)).toBeInViewport();
  const marks = page.locator('mark.search-mark');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents()) expect(words.some((w) => text.toLowerCase().startsWith(w.toLowerCase())), `mark "${text}"`).toBe(true);
  const bar = page.locator('.highlight-bar');
  await expect(bar).toContainText(words.join(' '));
  await bar.getByRole('button').click();
  await expect(marks).toHaveCount(0);
  await expect(bar).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).toBe(target.hash);
}

test('ja, keyboard only: "/" , a compound, ArrowDown, Enter lands on the heading with the words marked', async ({ page }) => {
  await page.goto('/subsystems/kevent/');
  const dialog = await openSearch(page, 'slash');
  await page.keyboard.type('ネームスペースの仮想化');
  expect((await resultPaths(dialog, 'ネームスペースの仮想化'))[0]).toBe(s('os-virtualization'));
  await expect(dialog.locator('[role="status"]')).toHaveText(/^「ネームスペースの仮想化」に一致するページ: \d+件$/);
  await page.keyboard.press('ArrowDown');
  const option = await activeOption(dialog);
  expect(option.title).toBe('OSレベルの仮想化');
  expect(new URL(option.href, page.url()).hash).toBe('#namespaces');
  await page.keyboard.press('Enter');
  await landed(page, option.href, ['ネームスペースの仮想化']);
});

test('en, keyboard only: Ctrl+K, two words, ArrowDown to a heading, Enter lands on it with the words marked', async ({ page }) => {
  await page.goto('/en/subsystems/kevent/');
  const dialog = await openSearch(page, 'ctrl-k');
  await page.keyboard.type('memory reclaim');
  expect((await resultPaths(dialog, 'memory reclaim'))[0]).toBe('/en/subsystems/memory-management/');
  await expect(dialog.locator('[role="status"]')).toHaveText(/^\d+ pages? match “memory reclaim”$/);
  // The page, then its first heading; ArrowUp and ArrowDown again come back to it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  const option = await activeOption(dialog);
  expect(option.href).toMatch(/^\/en\/subsystems\/memory-management\/\?highlight=memory&highlight=reclaim#[\w-]+$/);
  await page.keyboard.press('Enter');
  await landed(page, option.href, ['memory', 'reclaim']);
});

// ---------------------------------------------------------------------------------------------
// Races, made deterministic by holding Pagefind's responses with page.route.

/** Holds the responses to requests matching `pattern` while `holding` is on; release() lets them through. */
async function holdResponses(page: Page, pattern: string): Promise<{ set(on: boolean): void; held(): number; release(): Promise<void> }> {
  let holding = false;
  const held: Route[] = [];
  await page.route(pattern, async (route) => {
    if (holding) held.push(route);
    else await route.continue();
  });
  return {
    set: (on) => (holding = on),
    held: () => held.length,
    release: async () => {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

/** Records every message the panel's status and alert show, from now on. */
async function recordMessages(scope: Locator): Promise<() => Promise<string[]>> {
  await scope.evaluate((panel) => {
    const seen: string[] = [];
    (window as unknown as { __messages: string[] }).__messages = seen;
    new MutationObserver(() => {
      const text = panel.querySelector('.search-status')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(panel.querySelector('.search-status')!, { childList: true, subtree: true, characterData: true });
  });
  return () => scope.page().evaluate(() => (window as unknown as { __messages: string[] }).__messages);
}

for (const [lang, late, current] of [
  ['ja', 'KVM', 'ext4'],
  ['en', 'KVM', 'ext4'],
] as const) {
  test(`${lang}: results that arrive late never replace those of the query in the box`, async ({ page }) => {
    await page.goto(localized('/process/', lang));
    // 1. Typed while Pagefind's engine is still loading: every keystroke searches, only the last is listed.
    const engine = await holdResponses(page, '**/pagefind/wasm.*');
    engine.set(true);
    const dialog = await openSearch(page, 'click');
    const messages = await recordMessages(dialog);
    await expect.poll(engine.held).toBe(1);
    await page.keyboard.type(current);
    await engine.release();
    const expected = await resultPaths(dialog, current);
    expect(expected[0]).toBe(localized(s('filesystems'), lang));
    const loading = JSON.parse((await dialog.locator('[data-search-panel]').getAttribute('data-text')) ?? '{}').loading as string;
    expect(await messages(), 'what the panel said while the engine loaded').toEqual([loading, expect.stringContaining(current)]);

    // 2. The results of an earlier query come in after those of the query now in the box.
    const fragments = await holdResponses(page, '**/pagefind/fragment/**');
    const input = dialog.locator(SEARCH_INPUT);
    const listed = () => dialog.locator('[role="option"].search-page').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await input.fill('');
    fragments.set(true);
    await input.fill(late);
    await expect.poll(fragments.held).toBeGreaterThan(0);
    fragments.set(false);
    await input.fill(current);
    // The late query's search is still waiting, so the list is not marked idle yet.
    await expect(dialog.locator('[data-search-status]')).toContainText(current);
    expect(await listed()).toEqual(expected);
    await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('aria-busy', 'true');
    await fragments.release();
    await expect(dialog.locator('[role="listbox"]')).toHaveAttribute('aria-busy', 'false');
    expect(await listed()).toEqual(expected);
    expect((await messages()).filter((m) => m.includes(late)), `"${late}" was never listed`).toEqual([]);
  });
}

// ---------------------------------------------------------------------------------------------
// The dialog.

test.describe('the dialog', () => {
  test('"/" opens it but not while typing in a form control; Escape closes it and focus goes back', async ({ page }) => {
    await page.goto('/subsystems/kevent/');
    await page.locator('select[data-theme-switch]').focus();
    await page.keyboard.press('/');
    await expect(page.locator('dialog#search-dialog')).toBeHidden();
    const button = page.locator('header.site-header a.search-button');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog#search-dialog');
    await expect(dialog.locator(SEARCH_INPUT)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
    await openSearch(page, 'slash');
    await dialog.locator('[data-close-search]').click();
    await expect(dialog).toBeHidden();
  });

  test('Tab and Shift+Tab stay inside the dialog', async ({ page }) => {
    await page.goto('/en/subsystems/kevent/');
    const dialog = await openSearch(page, 'ctrl-k');
    await page.keyboard.type('KVM');
    await resultPaths(dialog, 'KVM');
    const stops = await dialog.evaluate((d) => [...d.querySelectorAll('input, button, a[href]')].filter((e) => (e as HTMLElement).tabIndex >= 0 && (e as HTMLElement).getClientRects().length > 0).length);
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i <= stops; i++) {
        await page.keyboard.press(key);
        expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `${key} ×${i + 1}`).toBe(true);
      }
    }
    await dialog.locator(SEARCH_INPUT).focus();
    for (let i = 0; i < stops; i++) await page.keyboard.press('Tab');
    await expect(dialog.locator(SEARCH_INPUT), `${stops} presses of Tab go round once`).toBeFocused();
  });

  test('headings under each page show their text, not the anchor link’s label, and the clear button empties the box', async ({ page }) => {
    await page.goto('/');
    const dialog = await openSearch(page, 'click');
    await page.keyboard.type('KVM');
    await resultPaths(dialog, 'KVM');
    const headings = await dialog.locator('.search-section .search-option-title').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((t) => /#|へのリンク|Link to/.test(t))).toEqual([]);
    await dialog.locator('[data-search-clear]').click();
    await expect(dialog.locator(SEARCH_INPUT)).toHaveValue('');
    await expect(dialog.locator(SEARCH_INPUT)).toBeFocused();
    await expect(dialog.locator('[role="option"]')).toHaveCount(0);
  });

  firstVisit('while an input method composes, nothing is searched but the index is fetched ahead; the committed word is', async ({ page }) => {
    await page.goto('/qa/');
    const dialog = await openSearch(page, 'click');
    // Search's code has loaded (a text composed before that is searched as it stands).
    await expect(dialog).toHaveAttribute('data-mounted', '');
    const listbox = dialog.locator('[role="listbox"]');
    const index = page.waitForRequest(/\/pagefind\/index\//);
    const cdp = await page.context().newCDPSession(page);
    for (const text of ['か', 'かそう', 'かそうか', '仮想化']) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await index;
    await expect(dialog.locator(SEARCH_INPUT)).toHaveValue('仮想化');
    await expect(listbox, 'no search was started').not.toHaveAttribute('aria-busy');
    await expect(dialog.locator('.search-status')).toHaveText('');
    await cdp.send('Input.insertText', { text: '仮想化' });
    expect((await resultPaths(dialog, '仮想化'))[0]).toBe(s('os-virtualization'));
  });

  test('"more" lists the next results, and ArrowDown past the last one does too', async ({ page }) => {
    await page.goto('/en/');
    const dialog = await openSearch(page, 'click');
    await page.keyboard.type('kernel');
    const first = await resultPaths(dialog, 'kernel');
    expect(first).toHaveLength(5);
    await dialog.locator('[data-search-more]').click();
    await expect(dialog.locator('[role="listbox"] > [role="group"]')).toHaveCount(10);
    await dialog.locator(SEARCH_INPUT).focus();
    const options = await dialog.locator('[role="option"]').count();
    for (let i = 0; i <= options; i++) await page.keyboard.press('ArrowDown');
    await expect(dialog.locator('[role="listbox"] > [role="group"]')).toHaveCount(15);
    await expect(dialog.locator('[role="option"][aria-selected="true"]')).toBeInViewport();
  });

  test('when search cannot load, it says so', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto('/en/qa/');
    const dialog = await openSearch(page, 'click');
    await page.keyboard.type('KVM');
    await expect(dialog.locator('[role="alert"]')).toHaveText('Search could not be loaded. Please reload the page.');
  });

  test('on a phone, the section filter is one row that does not push the results down', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(new URL('/en/qa/', test.info().project.use.baseURL).href);
    await page.locator('header.site-header a.search-button').click();
    const dialog = page.locator('dialog#search-dialog');
    await dialog.locator(SEARCH_INPUT).fill('virtualization');
    await resultPaths(dialog, 'virtualization');
    const filter = dialog.locator('.search-filter');
    const tops = await filter.locator('button').evaluateAll((bs) => [...new Set(bs.map((b) => b.getBoundingClientRect().top))]);
    expect(tops, 'every toggle on one row').toHaveLength(1);
    const box = await filter.boundingBox();
    expect(box?.height ?? 0).toBeLessThan(48);
    await expect(dialog.locator('[role="option"]').first()).toBeInViewport();
    expect((await dialog.locator('[role="option"]').first().boundingBox())?.y ?? 640).toBeLessThan(640 / 3);
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------
// The search page: the same panel, the query and sections in the address, a list without JavaScript.

test.describe('the search page', () => {
  test('/search/?q=KVM&section=用語集 lists only the glossary; the toggles and typing keep the address', async ({ page }) => {
    await page.goto(`/search/?q=KVM&section=${encodeURIComponent('用語集')}`);
    const panel = page.locator(PAGE_PANEL);
    await expect(panel.locator(SEARCH_INPUT)).toHaveValue('KVM');
    const glossary = panel.getByRole('button', { name: '用語集' });
    await expect(glossary).toHaveAttribute('aria-pressed', 'true');
    expect(await resultPaths(panel, 'KVM')).toEqual(['/glossary/']);
    await glossary.click();
    await expect(glossary).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveURL(/\/search\/\?q=KVM$/);
    expect((await resultPaths(panel, 'KVM'))[0]).toBe(s('hardware-virtualization'));
    await panel.getByRole('button', { name: 'サブシステム' }).click();
    await expect(page).toHaveURL(`/search/?q=KVM&section=${encodeURIComponent('サブシステム')}`);
    await panel.locator(SEARCH_INPUT).fill('ext4');
    await expect(page).toHaveURL(`/search/?q=ext4&section=${encodeURIComponent('サブシステム')}`);
    expect(await resultPaths(panel, 'ext4')).toEqual([s('filesystems')]);
    await page.reload();
    expect(await resultPaths(panel, 'ext4')).toEqual([s('filesystems')]);
  });

  test('/en/search/ speaks English and keeps what is typed in the address; emptying the box empties it', async ({ page }) => {
    await page.goto('/en/search/');
    const panel = page.locator(PAGE_PANEL);
    await panel.locator(SEARCH_INPUT).click();
    await page.keyboard.type('Zemlin');
    await expect(page).toHaveURL('/en/search/?q=Zemlin');
    expect((await resultPaths(panel, 'Zemlin'))[0]).toBe('/en/keynote/');
    await expect(panel.getByRole('group', { name: 'Filter by section' })).toBeVisible();
    await panel.locator(SEARCH_INPUT).fill('');
    await expect(page).toHaveURL('/en/search/');
  });

  test('without JavaScript the header search button leads to the search page, which lists every page instead', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/en/qa/', test.info().project.use.baseURL).href);
    await page.locator('header.site-header a.search-button').click();
    await expect(page).toHaveURL(/\/en\/search\/$/);
    await expect(page.locator(PAGE_PANEL)).toBeHidden();
    await expect(page.locator('main ul a[href="/en/subsystems/aio/"]')).toBeVisible();
    await context.close();
  });
});

firstVisit('a reading page requests nothing from /pagefind/ and no search code until search opens', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/subsystems/filesystems/');
  await page.waitForLoadState('networkidle');
  await page.locator('section.report').hover();
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  const scriptsOnLoad = requests.filter((p) => p.endsWith('.js'));
  const dialog = await openSearch(page, 'slash');
  await page.keyboard.type('ext4');
  await resultPaths(dialog, 'ext4');
  expect(requests.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
  expect(requests.filter((p) => p.endsWith('.js') && !scriptsOnLoad.includes(p) && !p.startsWith('/pagefind/')).length, 'search code loaded on opening').toBeGreaterThan(0);
  expect(requests.filter((p) => p.includes('pagefind-worker') || p.includes('pagefind-ui')), 'no worker, no ready-made UI').toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Accessibility of the open dialog with results: both themes, a phone and a desktop.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe's findings in part of the page, in the light and then the dark scheme. */
async function axeBothSchemes(page: Page, include: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect.soft(await violations(page, { tags: TAGS, include }), `${include}, ${scheme}`).toEqual([]);
  }
}

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 375, height: 667 }],
] as const) {
  for (const lang of ['ja', 'en'] as const) {
    test(`axe: the dialog with results, a heading active and a section chosen, ${lang}, ${device}, light and dark`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, ...(device === 'phone' ? { isMobile: true, hasTouch: true } : {}) });
      const page = await context.newPage();
      await page.goto(new URL(localized('/roadmap/', lang), test.info().project.use.baseURL).href);
      const dialog = await openSearch(page, 'click');
      const query = lang === 'ja' ? '仮想化' : 'virtualization';
      await page.keyboard.type(query);
      await resultPaths(dialog, query);
      await dialog.locator('.search-filter-value').nth(3).click();
      await resultPaths(dialog, query);
      await dialog.locator(SEARCH_INPUT).focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await axeBothSchemes(page, '#search-dialog');
      await context.close();
    });
  }
}

test('axe: the search page with results and a section chosen, light and dark', async ({ page }) => {
  await page.goto('/en/search/?q=KVM&section=Glossary');
  await resultPaths(page.locator(PAGE_PANEL), 'KVM');
  await axeBothSchemes(page, PAGE_PANEL);
});
