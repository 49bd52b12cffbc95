import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { assertBuilt } from '../support/dist.ts';
import { SUBPATH_BASE as BASE, subpathDistDir } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';
import { openSearch, resultPaths } from './site.ts';

let server: Server | undefined;
let url = '';

test.beforeAll(async () => {
  // The build under the sub-path is made once (`npm run build:subpath`) and shared with the build-output tests.
  assertBuilt(subpathDistDir, 'npm run build:subpath');
  ({ server, url } = await serveStatic(subpathDistDir, BASE, 0));
});

test.afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

test('under /lfjs-2007/, search finds KVM, its result marks the word, and nothing is requested outside the sub-path', async ({ page, context }) => {
  const origin = new URL(url).origin;
  const outside: string[] = [];
  const failed: string[] = [];
  context.on('request', (request) => {
    const u = new URL(request.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (u.origin !== origin) outside.push(`another origin: ${request.url()}`);
    else if (!u.pathname.startsWith(BASE)) outside.push(`outside ${BASE}: ${u.pathname}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('data-base', BASE);
  const dialog = await openSearch(page, 'click');
  await page.keyboard.type('KVM');
  const paths = await resultPaths(dialog, 'KVM');
  expect(paths[0]).toBe(`${BASE}subsystems/hardware-virtualization/`);
  expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([]);
  // The result opens its page under the sub-path, where the words are marked.
  await dialog.locator('[role="option"]').first().click();
  await expect(page).toHaveURL(new RegExp(`^${url}subsystems/hardware-virtualization/\\?highlight=KVM(#[\\w-]+)?$`));
  await expect(page.locator('mark.search-mark').first()).toBeVisible();
  await expect(page.locator('header.page-header h1')).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
});
