import { expect, test, type Locator, type Page } from '@playwright/test';
import { REPORT_ORDER, TOP_RESULT_LINKS, localized, openSearch, pathOf, resultPaths, tabTo, type Lang } from './site.ts';

test.describe.configure({ mode: 'parallel' });

interface Case {
  lang: Lang;
  query: string;
  /** Acceptable first results: the report page(s) a reader looking for this lands on. */
  expected: string[];
}

const s = (slug: string) => `/subsystems/${slug}/`;
const en = (path: string) => `/en${path}`;

const CASES: Case[] = [
  { lang: 'ja', query: '仮想化', expected: [s('os-virtualization'), s('hardware-virtualization')] },
  { lang: 'ja', query: '仮想', expected: [s('os-virtualization'), s('hardware-virtualization')] },
  { lang: 'ja', query: 'ネームスペース', expected: [s('os-virtualization')] },
  { lang: 'ja', query: '回帰テスト', expected: ['/process/'] },
  { lang: 'ja', query: 'KVM', expected: [s('hardware-virtualization')] },
  { lang: 'ja', query: 'ext4', expected: [s('filesystems')] },
  { lang: 'ja', query: 'syslets', expected: [s('aio')] },
  { lang: 'ja', query: 'nsproxy', expected: [s('os-virtualization')] },
  { lang: 'ja', query: 'fake NUMA', expected: [s('containerization')] },
  { lang: 'ja', query: '2.6.22', expected: [s('kprobes'), s('hardware-virtualization')] },
  { lang: 'ja', query: 'Morton', expected: ['/roadmap/', '/process/', '/qa/'] },
  { lang: 'ja', query: 'Kolivas', expected: [s('cpu-scheduler'), '/qa/'] },
  { lang: 'ja', query: '工内', expected: ['/keynote/'] },
  { lang: 'ja', query: 'Zemlin', expected: ['/keynote/'] },
  { lang: 'en', query: 'namespaces', expected: [en(s('os-virtualization'))] },
  { lang: 'en', query: 'memory reclaim', expected: [en(s('memory-management'))] },
  { lang: 'en', query: 'asynchronous I/O', expected: [en(s('aio'))] },
  { lang: 'en', query: 'regression testing', expected: [en('/process/')] },
  { lang: 'en', query: 'scheduler', expected: [en(s('cpu-scheduler'))] },
  { lang: 'en', query: 'Zemlin', expected: [en('/keynote/')] },
  { lang: 'en', query: 'KVM', expected: [en(s('hardware-virtualization'))] },
  { lang: 'en', query: 'syslets', expected: [en(s('aio'))] },
  { lang: 'en', query: 'nsproxy', expected: [en(s('os-virtualization'))] },
  { lang: 'en', query: 'fake NUMA', expected: [en(s('containerization'))] },
  { lang: 'en', query: 'ext4', expected: [en(s('filesystems'))] },
  { lang: 'en', query: 'Kunai', expected: [en('/keynote/')] },
];

/** Each language searches only its own index. */
function expectOwnLanguage(lang: Lang, paths: string[]): void {
  const foreign = paths.filter((p) => (lang === 'en' ? !p.startsWith('/en/') : p.startsWith('/en/')));
  expect(foreign, `${lang} results from the other language`).toEqual([]);
}

/** Glossary, people and timeline pages are the site's additions: the report itself must rank above them. */
const ADDITION = /^(\/en)?\/(glossary|people|timeline)\//;

function firstResultMessage(query: string, paths: string[]): string {
  const first = paths[0] ?? '';
  const note = ADDITION.test(first) ? ' — an addition page outranks the report' : '';
  return `first result for "${query}"${note}; results: ${paths.join(', ')}`;
}

for (const [i, { lang, query, expected }] of CASES.entries()) {
  const home = lang === 'en' ? '/en/' : '/';
  const shortcut = i % 2 === 0 ? 'slash' : 'ctrl-k';

  test(`${lang} "${query}" lands on ${expected.join(' or ')}, by mouse and by keyboard alone`, async ({ page }) => {
    // By mouse: the header button, type, click the first result.
    await page.goto(home);
    const dialog = await openSearch(page, 'click');
    await dialog.locator('input.pagefind-ui__search-input').fill(query);
    const paths = await resultPaths(dialog, query);
    expectOwnLanguage(lang, paths);
    const first = paths[0] ?? '';
    test.info().annotations.push({ type: 'results', description: paths.join(' ') });
    expect(expected, firstResultMessage(query, paths)).toContain(first);
    await dialog.locator(TOP_RESULT_LINKS).first().click();
    await expect(page).toHaveURL(first);

    // By keyboard alone (the same context, so Pagefind's files are cached): the shortcut, type,
    // Tab past Pagefind's own controls to the first result, Enter.
    await page.goto(home);
    const again = await openSearch(page, shortcut);
    await page.keyboard.type(query);
    expect(await resultPaths(again, query)).toEqual(paths);
    await tabTo(page, `#search-ui ${TOP_RESULT_LINKS}`, 10);
    expect(pathOf((await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '')).toBe(first);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(first);
  });
}

// The report ranks above the site's additions: no glossary, people or timeline page comes before a
// report page in any of the results shown.
for (const lang of ['ja', 'en'] as const) {
  test(`${lang}: the best report page ranks above every glossary, people and timeline page, for every query`, async ({ page }) => {
    test.setTimeout(120_000);
    const report = new Set(REPORT_ORDER.map((route) => localized(route, lang)));
    await page.goto(lang === 'en' ? '/en/' : '/');
    const dialog = await openSearch(page, 'click');
    const input = dialog.locator('input.pagefind-ui__search-input');
    for (const { query } of CASES.filter((c) => c.lang === lang)) {
      await input.fill(query);
      const paths = await resultPaths(dialog, query);
      // Lower down, a report page that has the words only in the site's additions (e.g. the home
      // page's entry points) may follow a person's page; the report page that tells it comes first.
      const firstReport = paths.findIndex((p) => report.has(p));
      const firstAddition = paths.findIndex((p) => ADDITION.test(p));
      expect.soft(firstReport, `"${query}": a report page is found; results: ${paths.join(', ')}`).toBeGreaterThanOrEqual(0);
      if (firstAddition >= 0) expect.soft(firstReport, `"${query}": the best report page ranks above the glossary/people/timeline; results: ${paths.join(', ')}`).toBeLessThan(firstAddition);
    }
  });
}

// Pagefind's UI numbers a search only once its engine has loaded: until then each search waits,
// checking again every 50 ms, and the first to see the engine ready is numbered first. Letters
// typed as the engine loads could so be numbered out of order, and the results of a shorter query
// ("e", "ex") replace those of the whole one. That depends on timing, so each language tries five
// times, each time in a new browser context (nothing cached) and typing as soon as the input has
// focus; before the fix, about two tries in five showed a shorter query's results.
for (const lang of ['ja', 'en'] as const) {
  test(`${lang}: a query typed while the search engine loads shows that query's results`, async ({ browser }) => {
    test.setTimeout(120_000);
    const home = new URL(lang === 'en' ? '/en/' : '/', test.info().project.use.baseURL).href;
    const query = 'ext4';
    // Attempt 0 fills the input in one go (a single search): the results to expect.
    let expected: string[] = [];
    for (let attempt = 0; attempt <= 5; attempt++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(home);
      const dialog = await openSearch(page, 'click');
      if (attempt === 0) await dialog.locator('input.pagefind-ui__search-input').fill(query);
      else await page.keyboard.type(query);
      const paths = await resultPaths(dialog, query);
      if (attempt === 0) expected = paths;
      expect(paths, `attempt ${attempt}: results for "${query}"`).toEqual(expected);
      await context.close();
    }
    expect(expected[0]).toBe(localized('/subsystems/filesystems/', lang));
  });
}

test.describe('the dialog', () => {
  test('"/" opens it, but not while typing in a form control', async ({ page }) => {
    await page.goto('/subsystems/kevent/');
    await page.locator('select[data-theme-switch]').focus();
    await page.keyboard.press('/');
    await expect(page.locator('dialog#search-dialog')).toBeHidden();
    await page.locator('main#main').focus();
    await openSearch(page, 'slash');
  });

  test('Ctrl+K opens it, Escape closes it, and the close button works', async ({ page }) => {
    await page.goto('/en/subsystems/kevent/');
    const dialog = await openSearch(page, 'ctrl-k');
    await expect(dialog.locator('input.pagefind-ui__search-input')).toHaveAttribute('placeholder', /\S/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await openSearch(page, 'click');
    await dialog.locator('[data-close-search]').click();
    await expect(dialog).toBeHidden();
  });

  test('the header search button is a real link to the search page without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/en/qa/', test.info().project.use.baseURL).href);
    await page.locator('header.site-header a.search-button').click();
    await expect(page).toHaveURL(/\/en\/search\/$/);
    await expect(page.locator('noscript')).toHaveCount(1);
    await context.close();
  });

  for (const [lang, query] of [['ja', 'KVM'], ['en', 'KVM']] as const) {
    test(`${lang}: sub-result titles show the heading, not the anchor's hidden label`, async ({ page }) => {
      await page.goto(lang === 'en' ? '/en/' : '/');
      const dialog = await openSearch(page, 'click');
      await dialog.locator('input.pagefind-ui__search-input').fill(query);
      await resultPaths(dialog, query);
      const titles = await dialog.locator('.pagefind-ui__result-nested a.pagefind-ui__result-link').allTextContents();
      expect(titles.length).toBeGreaterThan(0);
      expect(titles.filter((t) => /#|へのリンク|Link to/.test(t))).toEqual([]);
    });
  }
});

test.describe('the search page', () => {
  async function searchPageResults(page: Page, query: string): Promise<string[]> {
    return resultPaths(page.locator('#search-page-ui'), query);
  }

  /** Checks one value of the section filter and waits until every result shown is on `only`. */
  async function filterTo(ui: Locator, value: string, only: string): Promise<Locator> {
    await ui.locator('summary.pagefind-ui__filter-name').click();
    const checkbox = ui.locator(`input.pagefind-ui__filter-checkbox[value="${value}"]`);
    await checkbox.check();
    await expect.poll(async () => {
      const now = await ui.locator(TOP_RESULT_LINKS).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      return now.length > 0 && now.every((p) => p === only);
    }).toBe(true);
    return checkbox;
  }

  test('/search/?q=KVM shows results on load, typing updates ?q=, and the section filter narrows', async ({ page }) => {
    await page.goto('/search/?q=KVM');
    const ui = page.locator('#search-page-ui');
    await expect(ui.locator('input.pagefind-ui__search-input')).toHaveValue('KVM');
    const paths = await searchPageResults(page, 'KVM');
    expect(paths[0]).toBe('/subsystems/hardware-virtualization/');
    expectOwnLanguage('ja', paths);

    // The section filter: only the glossary.
    const glossary = await filterTo(ui, '用語集', '/glossary/');
    await glossary.uncheck();
    await expect.poll(() => ui.locator(TOP_RESULT_LINKS).count()).toBe(paths.length);

    // Typing keeps the query in the URL.
    const input = ui.locator('input.pagefind-ui__search-input');
    await input.fill('');
    await input.pressSequentially('ext4');
    await expect(page).toHaveURL(/\/search\/\?q=ext4$/);
    expect((await searchPageResults(page, 'ext4'))[0]).toBe('/subsystems/filesystems/');
    await page.reload();
    await expect(ui.locator('input.pagefind-ui__search-input')).toHaveValue('ext4');
    expect((await searchPageResults(page, 'ext4'))[0]).toBe('/subsystems/filesystems/');
  });

  test('/en/search/?q=namespace works likewise, in English only', async ({ page }) => {
    await page.goto('/en/search/?q=namespace');
    const ui = page.locator('#search-page-ui');
    await expect(ui.locator('input.pagefind-ui__search-input')).toHaveValue('namespace');
    const paths = await searchPageResults(page, 'namespace');
    expect(paths[0]).toBe('/en/subsystems/os-virtualization/');
    expectOwnLanguage('en', paths);

    await filterTo(ui, 'Glossary', '/en/glossary/');

    const input = ui.locator('input.pagefind-ui__search-input');
    await input.fill('');
    await input.pressSequentially('Zemlin');
    await expect(page).toHaveURL(/\/en\/search\/\?q=Zemlin$/);
    await input.fill('');
    await expect(page).toHaveURL(/\/en\/search\/$/);
  });
});

test('a reading page requests nothing from /pagefind/ until search opens', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/subsystems/filesystems/');
  await page.waitForLoadState('networkidle');
  await page.mouse.move(200, 200);
  await page.locator('section.report').hover();
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  const dialog = await openSearch(page, 'slash');
  await dialog.locator('input.pagefind-ui__search-input').fill('ext4');
  await resultPaths(dialog, 'ext4');
  expect(requests.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(0);
});
