import { expect, type Page } from '@playwright/test';

/**
 * Watching a page while a test uses it, across navigations: CSP violations the browser reports,
 * console errors, uncaught errors, dialogs, requests that fail or answer an error status, and
 * requests that leave the origin.
 */
export interface Watch {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  failed: string[];
  foreign: string[];
}

/** Where each page's CSP violations go: the page's binding is exposed once, and a tab may be watched again for each test. */
const violationSinks = new WeakMap<Page, string[]>();

export async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { violations: [], consoleErrors: [], pageErrors: [], dialogs: [], failed: [], foreign: [] };
  if (!violationSinks.has(page)) {
    await page.exposeFunction('__reportViolation', (text: string) => violationSinks.get(page)?.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation;
        report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${e.sample})`);
      });
    });
  }
  violationSinks.set(page, w.violations);
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) w.foreign.push(url);
  });
  page.on('requestfailed', (r) => w.failed.push(`${r.url()}: ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) w.failed.push(`${r.url()}: HTTP ${r.status()}`);
  });
  return w;
}

/**
 * Expects nothing to have gone wrong. `notFoundDocument`: the URL of a page that answers 404 on
 * purpose; its own 404 status, and the one console message Chromium logs for it ("Failed to load
 * resource: … 404"), are expected; any other is not.
 */
export function expectClean(w: Watch, what: string, notFoundDocument?: string): void {
  const consoleErrors = w.consoleErrors.filter(
    (e) => !(notFoundDocument && e === `Failed to load resource: the server responded with a status of 404 (Not Found) (${notFoundDocument})`),
  );
  const failed = w.failed.filter((f) => !(notFoundDocument && f === `${notFoundDocument}: HTTP 404`));
  expect(w.violations, `${what}: CSP violations`).toEqual([]);
  expect(w.pageErrors, `${what}: uncaught errors`).toEqual([]);
  expect(consoleErrors, `${what}: console errors`).toEqual([]);
  expect(failed, `${what}: failed requests`).toEqual([]);
  expect(w.foreign, `${what}: requests to other origins`).toEqual([]);
  expect(w.dialogs, `${what}: dialogs`).toEqual([]);
}
