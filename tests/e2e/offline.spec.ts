import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { assertBuilt } from '../support/dist.ts';
import { SUBPATH_BASE, repoRoot, subpathDistDir } from '../support/paths.ts';
import { copyProject, runBuild } from '../support/project-copy.ts';
import { serveStatic } from '../support/static-server.ts';
import { DIST } from './site.ts';

// This spec is about the service worker, which playwright.config.ts blocks everywhere else.
test.use({ serviceWorkers: 'allow' });

/** What offline.json says "save for offline reading" downloads. */
const offlineInfo = (dist: string) => JSON.parse(readFileSync(join(dist, 'offline.json'), 'utf8')) as { build: string; bytes: number; files: number };

/** Waits until the service worker controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The paths the site's caches hold: the build's cache (lfjs-*) and Workbox's precache. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const held = new Set<string>();
    for (const name of (await caches.keys()).filter((n) => n.startsWith('lfjs-') || n.startsWith('workbox-precache'))) {
      for (const request of await (await caches.open(name)).keys()) held.add(new URL(request.url).pathname);
    }
    return [...held];
  });

/** Waits until the site's cache holds every given path (the worker fills it in the background). */
async function cached(page: Page, paths: string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const held = new Set(await cachedPaths(page));
        return paths.filter((path) => !held.has(path));
      },
      { message: 'paths not yet cached', timeout: 60_000 },
    )
    .toEqual([]);
}

/** The names of the caches this origin has. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/**
 * Searches from the header and waits for a result link to `expected`. Only this helper knows the
 * search UI; what the offline tests rely on is the files under /pagefind/.
 */
async function searchFor(page: Page, query: string, expected: string): Promise<void> {
  await page.locator('header.site-header [data-open-search]').first().click();
  const input = page.locator('#search-dialog input[type=text], #search-dialog input[type=search]').first();
  await input.fill(query);
  await expect(page.locator(`#search-dialog a[href^="${expected}"]`).first()).toBeVisible();
}

/** The Pagefind files of one language (and the shared ones) in a build, as paths. */
function searchFiles(dist: string, lang: string): string[] {
  const dir = join(dist, 'pagefind');
  const own = new RegExp(`(^|/|\\.)${lang}_[0-9a-f]+\\.|^wasm\\.${lang}\\.pagefind$`);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((file) => own.test(file))
    .map((file) => `/pagefind/${file}`);
}

/** Every page of a build (the not-found page aside), as paths. */
function pagePaths(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => `${e.parentPath.slice(dist.length)}/`.replace(/\/+/g, '/'));
}

const h1 = (page: Page) => page.locator('main h1').first();

test.describe('offline reading', () => {
  test('visited pages reload and search works with the network cut', async ({ page, context }) => {
    await page.goto('/');
    await controlled(page);
    await page.goto('/subsystems/aio/');
    await searchFor(page, 'KVM', '/subsystems/hardware-virtualization/');
    // Using search once keeps that language's whole index.
    await cached(page, ['/', '/subsystems/aio/', ...searchFiles(DIST, 'ja')]);

    await context.setOffline(true);
    await page.reload();
    await expect(h1(page)).toHaveText('非同期IO(AIO)');
    await page.goto('/');
    await expect(h1(page)).toHaveText('第4回 The Linux Foundation Japan Symposium');
    // A query not made online, and a page only reached through it.
    await searchFor(page, 'syslets', '/subsystems/aio/');
    await page.locator('#search-dialog a[href^="/subsystems/aio/"]').first().click();
    await expect(h1(page)).toHaveText('非同期IO(AIO)');
  });

  test('a page not saved shows the offline page in the reader’s language', async ({ page, context }) => {
    await page.goto('/keynote/');
    await controlled(page);
    await cached(page, ['/keynote/']);
    await context.setOffline(true);

    await page.goto('/en/process/');
    await expect(h1(page)).toHaveText('You’re offline');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Styled as the site (its stylesheet is kept with the offline page), with links to go on reading.
    await expect(page.locator('.site-header')).toHaveCSS('position', 'sticky');
    await expect(page.locator('main a[href="/en/keynote/"]').first()).toBeVisible();

    await page.goto('/qa/');
    await expect(h1(page)).toHaveText('オフラインです');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.goto('/keynote/');
    await expect(h1(page)).toHaveText('開会の挨拶');
  });

  test('saving the whole site says how much it downloads, then an unvisited page and search work offline', async ({ page, context }) => {
    test.setTimeout(120_000);
    const { bytes, files } = offlineInfo(DIST);
    await page.goto('/en/');
    await controlled(page);
    const control = page.locator('.offline-save');
    await control.getByRole('button', { name: 'Save for offline reading' }).click();
    await expect(control.locator('[data-size]')).toHaveText(`${(bytes / 1024 / 1024).toFixed(1)} MB`);
    await control.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(control.locator('[data-state="saved"]')).toBeVisible({ timeout: 90_000 });
    // Every page of both languages and both search indexes.
    await cached(page, [...pagePaths(DIST), ...searchFiles(DIST, 'ja'), ...searchFiles(DIST, 'en')]);
    expect(files).toBeGreaterThan(pagePaths(DIST).length);

    await context.setOffline(true);
    await page.goto('/en/subsystems/kprobes/');
    await expect(h1(page)).toHaveText('kprobe (kernel tracing infrastructure)');
    await page.goto('/timeline/');
    await expect(h1(page)).toHaveText('年表');
    await page.goto('/en/');
    await searchFor(page, 'nsproxy', '/en/subsystems/os-virtualization/');
    await page.goto('/en/full/');
    await expect(page.locator('section.full-section')).toHaveCount(16);

    await page.locator('.offline-save').getByRole('button', { name: 'Save for offline reading' }).click();
    await expect(page.locator('.offline-save [data-state="already"]')).toBeVisible();
  });

  test('the reading pages work offline under a sub-path', async ({ page, context }) => {
    test.setTimeout(180_000);
    assertBuilt(subpathDistDir, 'npm run build:subpath');
    const { server, url } = await serveStatic(subpathDistDir, SUBPATH_BASE, 0);
    try {
      await page.goto(`${url}qa/`);
      await controlled(page);
      await cached(page, [`${SUBPATH_BASE}qa/`]);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(url);
      await context.setOffline(true);
      await page.reload();
      await expect(h1(page)).toHaveText('質疑応答');
      await page.goto(`${url}en/roadmap/`);
      await expect(h1(page)).toHaveText('You’re offline');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

test.describe('a new deploy', () => {
  /** The second build's folder, one per worker that runs this group (with --repeat-each, two may at once). */
  let distB = '';
  /** The visible difference of the second build: the keynote page's title, in its heading and in every page's navigation. */
  const TITLE_B = '開会の挨拶(新しい版)';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const copy = copyProject(repoRoot, 'lfjs-sw-next-');
    try {
      const keynote = join(copy, 'content/ja/keynote.mdx');
      writeFileSync(keynote, readFileSync(keynote, 'utf8').replace('title: "開会の挨拶"', `title: "${TITLE_B}"`).replace('navTitle: "開会の挨拶"', `navTitle: "${TITLE_B}"`));
      // The link-preview cards of the unchanged pages need not be drawn again.
      const cards = join(repoRoot, '.astro/cache/og-cards.bin');
      if (existsSync(cards)) {
        mkdirSync(join(copy, '.astro/cache'), { recursive: true });
        cpSync(cards, join(copy, '.astro/cache/og-cards.bin'));
      }
      distB = mkdtempSync(join(tmpdir(), 'lfjs-sw-next-dist-'));
      const { code, output } = await runBuild(copy, { OUT_DIR: distB });
      if (code !== 0) throw new Error(`second build exited with ${code}:\n${output.slice(-4000)}`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test.afterAll(() => {
    if (distB) rmSync(distB, { recursive: true, force: true });
  });

  test('its service worker takes over and replaces the cache whole: no page of the old build is served', async ({ page, context }) => {
    test.setTimeout(120_000);
    const a = offlineInfo(DIST).build;
    const b = offlineInfo(distB).build;
    expect(b).not.toBe(a);

    let server: Server;
    ({ server } = await serveStatic(DIST, '/', 0));
    const port = (server.address() as { port: number }).port;
    const origin = `http://127.0.0.1:${port}`;
    try {
      await page.goto(`${origin}/keynote/`);
      await controlled(page);
      await page.goto(`${origin}/qa/`);
      await cached(page, ['/keynote/', '/qa/']);
      expect(await cacheNames(page)).toContain(`lfjs-${a}`);

      // The same origin now serves the second build.
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      ({ server } = await serveStatic(distB, '/', port));
      await page.goto(`${origin}/qa/`);
      // The browser looks for a new worker when it navigates; the new one installs, takes over and clears the old cache.
      await expect.poll(async () => (await cacheNames(page)).filter((name) => name.startsWith('lfjs-')), { timeout: 60_000 }).toEqual([`lfjs-${b}`]);
      await cached(page, ['/keynote/', '/qa/']);

      await context.setOffline(true);
      await page.goto(`${origin}/keynote/`);
      await expect(h1(page)).toHaveText(TITLE_B);
      await page.goto(`${origin}/qa/`);
      await expect(h1(page)).toHaveText('質疑応答');
      await expect(page.locator(`nav.site-nav a[href="/keynote/"]`)).toHaveText(TITLE_B);
      // Every kept page links only files that the second build has and the cache holds.
      const mixed = await page.evaluate(async () => {
        const cache = await caches.open((await caches.keys()).find((n) => n.startsWith('lfjs-'))!);
        const problems: string[] = [];
        // Any cache: the stylesheet may be in Workbox's precache (the offline pages load it too).
        for (const request of await cache.keys()) {
          const path = new URL(request.url).pathname;
          if (!path.endsWith('/')) continue;
          const html = await (await cache.match(request))!.text();
          for (const [, file] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"|<script type="module" src="([^"]+)"/g)) {
            if (file && !(await caches.match(file, { ignoreSearch: true }))) problems.push(`${path} links ${file}, which is not kept`);
          }
        }
        return problems;
      });
      expect(mixed).toEqual([]);
      const linked = await page.locator('link[rel=stylesheet]').getAttribute('href');
      expect(existsSync(join(distB, linked ?? 'none'))).toBe(true);
    } finally {
      server!.closeAllConnections();
      server!.close();
    }
  });
});
